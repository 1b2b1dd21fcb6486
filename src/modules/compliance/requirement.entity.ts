// A requirement (obligation as data), loaded from seeds/requirements/: where it comes from (act and
// provisions), what it applies to and when (a rule over facts), how much it weighs.
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Float, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DateScalar } from '../../graphql/date.scalar.js';
import { LocalizedText, type LocalizedTextData } from '../../graphql/localized-text.js';
import type { Rule } from '../../domain/rules/rule.js';
import type { CitationSpec } from '../../domain/legal/citations.js';
import type { ScenarioEffect } from '../../domain/compliance/applicability.js';
import { IMPORTANCES, Importance, TARGET_TYPES, TargetType } from './compliance.enums.js';

@Entity({ tableName: 'requirement' })
@Directive('@key(fields: "code")')
@ObjectType({ description: 'An obligation as data: its legal source, its applicability rule and its weight. Federation entity keyed by `code`.' })
export class Requirement {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field({ description: 'Stable code, e.g. `kg.law58.art30.registration`.' })
  @Property({ unique: true })
  code!: string;

  @Field(() => LocalizedText, { description: 'Title per language.' })
  @Property({ type: 'json' })
  titles!: LocalizedTextData;

  @Field(() => LocalizedText, { nullable: true, description: 'What the holder must do, per language.' })
  @Property({ type: 'json', nullable: true })
  description?: LocalizedTextData | null;

  @Field(() => TargetType, { description: 'What it is evaluated for.' })
  @Enum({ items: () => [...TARGET_TYPES], nativeEnumName: 'target_type' })
  appliesTo!: TargetType;

  @Field({ description: 'Code of the act whose version in force brings the obligation.' })
  @Property()
  sourceActCode!: string;

  /** Act codes or `<act>#<eId>` provision addresses it derives from (every one, undated). */
  @Property({ type: 'text[]' })
  provisionCodes!: string[];

  /** The same references, dated: each counts on D only while its act has a version in force (and within its own window). */
  @Property({ type: 'json' })
  citations!: CitationSpec[];

  /** What scenario acts would do to it (repeal, replace, take over), from the scenario act's seed. */
  @Property({ type: 'json' })
  scenarioEffects!: ScenarioEffect[];

  @Field(() => Importance, { description: 'Mandatory or recommended.' })
  @Enum({ items: () => [...IMPORTANCES], nativeEnumName: 'importance' })
  importance!: Importance;

  @Field(() => Float, { description: 'Weight in the compliance score.' })
  @Property({ type: 'double' })
  weight!: number;

  @Field(() => [LocalizedText], { description: 'Evidence that typically proves it.' })
  @Property({ type: 'json' })
  evidence!: LocalizedTextData[];

  @Field(() => GraphQLJSON, { nullable: true, description: 'Applicability rule (`all`/`any`/`not` over `{ fact, op, value }`); null: always applies.' })
  @Property({ type: 'json', nullable: true })
  rule?: Rule | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day, when narrower than the act’s force.' })
  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day no longer valid, when narrower than the act’s force.' })
  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  @Field({ description: 'False when the legal text behind it was not available.' })
  @Property()
  verified!: boolean;

  @Field(() => String, { nullable: true, description: 'Source note: what is unverified and why.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ nullable: true, hidden: true })
  seedHash?: string | null;
}
