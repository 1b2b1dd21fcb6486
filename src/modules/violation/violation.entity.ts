// A recorded violation of personal-data law by a holder (and array or system where known): the
// provisions and requirements violated, the Code of Offences article, its status and the sanction
// computed when it was recorded, with reasons.
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { VIOLATION_STATUSES } from '../../domain/sanctions/violation-status.js';
import type { Sanction } from '../../domain/sanctions/sanction.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { Node } from '../../graphql/node.js';
import { Holder } from '../holder/holder.entity.js';
import { VIOLATION_SOURCES, ViolationSource, ViolationStatus } from './violation.enums.js';

@Entity({ tableName: 'violation' })
@Index({ properties: ['holder', 'detectedOn'] })
@ObjectType({ implements: Node, description: 'A recorded violation, with its offence article and computed sanction.' })
export class Violation {
  [OptionalProps]?: 'version' | 'createdAt';

  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Holder, { deleteRule: 'cascade' })
  holder!: Rel<Holder>;

  @Property({ type: 'integer', nullable: true })
  arrayId?: number | null;

  @Property({ type: 'integer', nullable: true })
  systemId?: number | null;

  @Field(() => [String], { description: 'Provisions violated (`<act>#<eId>`).' })
  @Property({ type: 'text[]' })
  provisionCodes!: string[];

  @Field(() => [String], { description: 'Requirements violated; each is NON_COMPLIANT while the violation is open.' })
  @Property({ type: 'text[]' })
  requirementCodes!: string[];

  @Field(() => String, { nullable: true, description: 'Code of Offences article part, e.g. `kg/code/2021/128#art_413-2__part_1`.' })
  @Property({ nullable: true })
  offenceArticleCode?: string | null;

  @Field(() => DateScalar, { description: 'Day the violation was detected.' })
  @Property({ type: 'date' })
  detectedOn!: string;

  /** Day the offence was committed, when known (else the detection day counts); read through the `committedOn` field resolver. */
  @Property({ type: 'date', nullable: true })
  committedOn?: string | null;

  @Field(() => ViolationSource, { description: 'How it was found.' })
  @Enum({ items: () => [...VIOLATION_SOURCES], nativeEnumName: 'violation_source' })
  source!: ViolationSource;

  @Field(() => ViolationStatus, { description: 'Status.' })
  @Enum({ items: () => [...VIOLATION_STATUSES], nativeEnumName: 'violation_status' })
  status!: ViolationStatus;

  @Field(() => DateScalar, { nullable: true, description: 'Day it stopped counting as open (remedied or cancelled).' })
  @Property({ type: 'date', nullable: true })
  closedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What was found.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Property({ type: 'integer', nullable: true })
  inspectionId?: number | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Sanction of the first offender (see `offenders` for each): article part applied, repeat and the decision that made it one, fine in indicators and soms, Art. 31 cap, who decides, reasons. Proposed until a penalty is decided, then as decided.' })
  @Property({ type: 'json', nullable: true })
  sanction?: Sanction | null;

  @Field(() => Int, { description: 'Row version for optimistic concurrency.' })
  @Property({ version: true })
  version!: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
