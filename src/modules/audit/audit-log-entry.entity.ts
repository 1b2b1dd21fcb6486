// Append-only audit log: who (key and role), what (entity, id, fields before and after), why (a
// reason) and when, written in the same transaction as the change. A database trigger refuses
// UPDATE, DELETE and TRUNCATE on the table (see the migration).
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ROLES, type RoleValue } from '../../domain/access/roles.js';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

@Entity({ tableName: 'audit_log_entry' })
@Index({ properties: ['entityType', 'entityId', 'id'] })
export class AuditLogEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Index()
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  @Property({ type: 'integer', nullable: true })
  actorKeyId?: number | null;

  @Enum({ items: () => [...ROLES], nativeEnumName: 'actor_role' })
  actorRole!: RoleValue;

  @Index()
  @Property()
  action!: string;

  @Property()
  entityType!: string;

  @Property({ nullable: true })
  entityId?: string | null;

  @Property({ type: 'json' })
  changes!: FieldChanges;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;
}
