// API keys: random secrets shown once; only their SHA-256 is stored (a 256-bit random key needs no
// slow hash). A HOLDER key is bound to one holder.
import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ROLES, type RoleValue } from '../../domain/access/roles.js';
import { Holder } from '../holder/holder.entity.js';

@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property()
  name!: string;

  @Enum({ items: () => ROLES.filter((r) => r !== 'PUBLIC'), nativeEnumName: 'api_role' })
  role!: Exclude<RoleValue, 'PUBLIC'>;

  @ManyToOne(() => Holder, { nullable: true, deleteRule: 'cascade' })
  holder?: Rel<Holder> | null;

  @Property({ length: 64, unique: true })
  keyHash!: string;

  /** Demo keys are created (and rotated) by `npm start` on the embedded database only. */
  @Property({ default: false })
  isDemo!: boolean;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}
