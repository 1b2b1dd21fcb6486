// GraphQL shapes of the rule tables (seeds/rule-tables) and their dated versions, and the enums an
// answer computed from a table carries (how far the facts determined it).
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DETERMINATIONS, WHEN_FACTS_MISSING, tableLabel, type Determination as DeterminationValue, type WhenFactsMissing as WhenFactsMissingValue } from '../../domain/rules/rule-table.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { enumObject, registerDescribedEnum } from '../../graphql/enum.js';
import { LocalizedText } from '../../graphql/localized-text.js';

export const Determination = enumObject(DETERMINATIONS);
registerDescribedEnum(Determination, 'Determination', 'How far the recorded facts determined an answer computed from a rule table.', {
  DETERMINED: 'Every fact the table needed was known.',
  STRICTEST_ALLOWED: 'Some facts were missing; the table says to answer the strictest result the known facts allow.',
  UNDETERMINED: 'Some facts were missing and the table does not allow a result without them; see `missingFacts`.',
});

export const WhenFactsMissing = enumObject(WHEN_FACTS_MISSING);
registerDescribedEnum(WhenFactsMissing, 'WhenFactsMissing', 'What a rule-table version answers when a fact it needs is missing (set in its seed file).', {
  UNDETERMINED: 'UNDETERMINED, naming the missing facts.',
  STRICTEST: 'The strictest result the known facts allow.',
});

@ObjectType({ description: 'One dated version of a rule table: it answers every date from `validFrom` until the next version. Never edited once loaded.' })
export class RuleTableVersionType {
  @Field({ description: 'Code of the table.' }) code!: string;
  @Field(() => Int, { description: 'Version number (1, 2, …).' }) version!: number;
  @Field(() => DateScalar, { description: 'First day this version answers.' }) validFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: 'First day the next version answers (null: still current).' }) validTo!: string | null;
  @Field({ description: 'False while the version is a proposal or an inference, not the verified legal text.' }) verified!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the version is or is not verified, and its source.' }) note!: string | null;
  @Field(() => WhenFactsMissing, { description: 'What it answers when a fact it needs is missing.' }) whenFactsMissing!: WhenFactsMissingValue;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The default result (protection level), or the thresholds (risk points).' }) default!: unknown;
  @Field(() => GraphQLJSON, { description: 'The rows: id, result, when (rule), note.' }) rows!: unknown;
  @Field({ description: 'Seed file it was loaded from.' }) file!: string;
  @Field({ description: 'SHA-256 of that file when loaded.' }) fileSha256!: string;
  @Field({ description: 'Who loaded it (the seeding operator and database role).' }) loadedBy!: string;
  @Field({ description: 'When it was loaded (UTC, ISO 8601).' }) loadedAt!: string;
  @Field({ description: 'How answers name it: `<code> v<version> (valid from <date>)`.' }) label!: string;
}

@ObjectType({ description: 'A rule table an analyst maintains as data (seeds/rule-tables), with all its dated versions.' })
export class RuleTableType {
  @Field({ description: 'Stable code.' }) code!: string;
  @Field({ description: 'What it computes: PROTECTION_LEVEL or RISK_POINTS.' }) kind!: string;
  @Field({ description: 'Code of the act it implements.' }) sourceAct!: string;
  @Field(() => LocalizedText, { description: 'Title.' }) title!: LocalizedText;
  @Field(() => [RuleTableVersionType], { description: 'Every version, oldest first.' }) versions!: RuleTableVersionType[];
  @Field(() => RuleTableVersionType, { nullable: true, description: 'The version in force on the `asOf` date of the query (null before the first).' }) inForce!: RuleTableVersionType | null;
}

export type { DeterminationValue };

/** The API view of a stored version; `validTo` is the next version's validFrom. */
export function versionView(
  versions: readonly { code: string; version: number; validFrom: string; verified: boolean; note: string | null; whenFactsMissing: WhenFactsMissingValue; default?: unknown; rows: unknown; file: string; fileSha256: string; loadedBy: string; loadedAt: string }[],
  v: (typeof versions)[number],
): RuleTableVersionType {
  const next = versions.find((x) => x.version === v.version + 1);
  return { ...v, default: v.default ?? null, validTo: next?.validFrom ?? null, label: tableLabel(v) };
}
