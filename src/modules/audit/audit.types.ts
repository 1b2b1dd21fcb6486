import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Role } from '../auth/role.enum.js';
import { ConnectionType } from '../../graphql/pagination.js';

@ObjectType({ description: 'One append-only audit-log entry: who, what, why and when.' })
export class AuditLogEntryType {
  @Field(() => ID, { description: 'Sequence number (monotonic).' })
  id!: string;

  @Field({ description: 'When the change was committed.' })
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'API key that made the change (null: system, e.g. an import run by an operator).' })
  actorKeyId!: number | null;

  @Field(() => Role, { description: 'Role of that key.' })
  actorRole!: string;

  @Field({ description: 'Action, e.g. `REGISTER_HOLDER`, `UPDATE_ARRAY`, `IMPORT_REGISTRY`.' })
  action!: string;

  @Field({ description: 'Entity type changed, e.g. `Holder`.' })
  entityType!: string;

  @Field(() => String, { nullable: true, description: 'Database id of the entity changed.' })
  entityId!: string | null;

  @Field(() => GraphQLJSON, { description: 'Changed fields: `{ field: { before, after } }`.' })
  changes!: unknown;

  @Field(() => String, { nullable: true, description: 'Why (required for deregistration).' })
  reason!: string | null;
}

@InputType({ description: 'Filter for the audit log; all given conditions must hold.' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Entity type, e.g. `Holder`.' })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: 'Database id of the entity.' })
  entityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Action name.' })
  action?: string | null;

  @Field(() => ID, { nullable: true, description: 'API key id of the actor.' })
  actorKeyId?: number | null;

  @Field(() => Date, { nullable: true, description: 'At or after this instant.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this instant.' })
  to?: Date | null;
}

export const AuditLogConnection = ConnectionType(AuditLogEntryType, 'AuditLogEntry', 'audit-log entries, newest first');
