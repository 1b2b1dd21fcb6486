// LegalActVersion: an expression of an act (AKN FRBRExpression / ELI LegalExpression): the text as
// of `versionDate`, with its in-force interval [inForceFrom, inForceTo) and status.
import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { LocalizedText, type LocalizedTextData } from '../../graphql/localized-text.js';
import { Node } from '../../graphql/node.js';
import { SourceRef, type SourceRefData } from './source-ref.type.js';
import { VersionStatus } from './legal-act.enums.js';
import { LegalAct } from './legal-act.entity.js';

@Entity({ tableName: 'legal_act_version' })
@Unique({ properties: ['act', 'versionDate'] })
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A version (expression) of a legal act, with its in-force interval.' })
export class LegalActVersion {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne(() => LegalAct, { deleteRule: 'cascade' })
  act!: Rel<LegalAct>;

  @Field(() => DateScalar, { description: 'Date of the text this version reflects (adoption or amendment).' })
  @Property({ type: 'date' })
  versionDate!: string;

  @Field(() => VersionStatus, { description: 'Lifecycle status recorded in the source.' })
  @Enum({ items: () => VersionStatus, nativeEnumName: 'version_status' })
  status!: VersionStatus;

  @Field(() => DateScalar, { nullable: true, description: 'First day in force; null for drafts or when unknown.' })
  @Property({ type: 'date', nullable: true })
  inForceFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day no longer in force (exclusive); null = open.' })
  @Property({ type: 'date', nullable: true })
  inForceTo?: string | null;

  @Field(() => LocalizedText, { description: 'Title in each language the sources give.' })
  @Property({ type: 'json' })
  titles!: LocalizedTextData;

  @Field(() => [SourceRef], { description: 'Where the text and facts of this version come from.' })
  @Property({ type: 'json' })
  sources!: SourceRefData[];

  @Field({ description: 'False where a fact of this version (e.g. an entry-into-force date) could not be checked.' })
  @Property({ default: true })
  verified!: boolean;

  @Field(() => String, { nullable: true, description: 'Editorial note: what is unverified and why.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
