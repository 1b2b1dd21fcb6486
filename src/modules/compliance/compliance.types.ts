// GraphQL shapes of the compliance engine: obligations with their legal basis and reasons, the
// compliance status with its breakdowns, protection levels and the what-if diff.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DateScalar } from '../../graphql/date.scalar.js';
import { LegalAct } from '../legal-act/legal-act.entity.js';
import { Provision } from '../legal-act/provision.entity.js';
import { InformationSystem } from '../holder/information-system.entity.js';
import { AggregateStatus, ComplianceResult, ScenarioEffectKind, TargetType } from './compliance.enums.js';
import { Requirement } from './requirement.entity.js';
import { Determination, RuleTableVersionType, type DeterminationValue } from './rule-table.types.js';

@ObjectType({ description: 'An act or one of its provisions, by address.' })
export class LegalReference {
  @Field({ description: 'Act code or `<act code>#<eId>`.' })
  code!: string;

  @Field(() => LegalAct, { nullable: true, description: 'The act.' })
  act!: LegalAct | null;

  @Field(() => Provision, { nullable: true, description: 'The provision, when the address names one.' })
  provision!: Provision | null;
}

@ObjectType({ description: 'A reference of a requirement in the catalogue, with the window it is cited in (besides its act being in force).' })
export class RequirementCitation {
  @Field(() => LegalReference, { description: 'The act or provision.' })
  reference!: LegalReference;

  @Field(() => DateScalar, { nullable: true, description: 'First day it is cited, when narrower than its act’s force (the wording moved between acts).' })
  validFrom!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day it is no longer cited, when narrower than its act’s force.' })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'What is unverified or unknown about it.' })
  note!: string | null;
}

@ObjectType({ description: 'What a scenario act would do to a baseline requirement, from that act’s seed; applied only when the act is in the scenario.' })
export class ScenarioEffectType {
  @Field({ description: 'The scenario act.' })
  act!: string;

  @Field(() => ScenarioEffectKind, { description: 'Repeal, replacement or take-over.' })
  kind!: ScenarioEffectKind;

  @Field(() => String, { nullable: true, description: 'REPLACES: code of the replacing requirement.' })
  replacement!: string | null;

  @Field({ description: 'The provision of the scenario act that says so.' })
  cites!: string;

  @Field({ description: 'False when the effect is a reading of the act’s stated aims, not its text.' })
  verified!: boolean;

  @Field(() => String, { nullable: true, description: 'Source note.' })
  note!: string | null;
}

@ObjectType({ description: 'What an obligation is evaluated for.' })
export class ObligationTarget {
  @Field(() => TargetType, { description: 'Holder, array or system.' })
  type!: TargetType;

  @Field(() => ID, { description: 'Global ID of the holder, array or system.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Its name.' })
  name!: string | null;
}

@ObjectType({ description: 'Why an obligation exists on the date: the act version in force, or the what-if scenario.' })
export class LegalBasisType {
  @Field({ description: 'Code of the act it comes from.' })
  actCode!: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the act version in force that day (null: only through the scenario).' })
  versionDate!: string | null;

  @Field({ description: 'True when the act is not in force and the scenario treats it as in force.' })
  viaScenario!: boolean;
}

@ObjectType({ description: 'A reference an obligation cites on its date: a provision of an act version in force that day, or of an act the scenario treats as in force.' })
export class Citation {
  @Field(() => LegalReference, { description: 'The act or provision cited.' })
  reference!: LegalReference;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the cited act’s version in force that day (null: cited only through the scenario).' })
  versionDate!: string | null;

  @Field({ description: 'True when the cited act is not in force and the scenario treats it as in force.' })
  viaScenario!: boolean;

  @Field(() => String, { nullable: true, description: 'What is unverified or unknown about this reference.' })
  note!: string | null;
}

@ObjectType({ description: 'An obligation of a requirement for a target on a date: whether it applies, and why.' })
export class Obligation {
  @Field(() => Requirement, { description: 'The requirement (code, title, rule). Its `provisions` here are only those cited on the obligation’s date (see `citations`).' })
  requirement!: Requirement;

  @Field(() => ObligationTarget, { description: 'The holder, array or system it is evaluated for.' })
  target!: ObligationTarget;

  @Field({ description: 'Whether the requirement’s rule holds for the target’s facts.' })
  applies!: boolean;

  @Field(() => LegalBasisType, { description: 'The legal basis on the date.' })
  basis!: LegalBasisType;

  @Field(() => [String], { description: 'Reasons: the act version in force, any scenario effect, each citation counted or left out on the date, then each rule test with its actual fact value. In `obligationsDiff.added`/`removed` they explain the difference.' })
  reasons!: string[];

  @Field(() => [Citation], { description: 'What it cites on the date: only provisions of act versions in force then (or of scenario acts); never an act not yet in force.' })
  citations!: Citation[];

  @Field(() => GraphQLJSON, { nullable: true, description: 'The full evaluation trace of the rule (null: unconditional).' })
  trace!: unknown;
}

@ObjectType({ description: 'Number of obligations per result.' })
export class ResultCounts {
  @Field(() => Int, { description: 'COMPLIANT.' })
  compliant!: number;
  @Field(() => Int, { description: 'PARTIALLY_COMPLIANT.' })
  partiallyCompliant!: number;
  @Field(() => Int, { description: 'NON_COMPLIANT.' })
  nonCompliant!: number;
  @Field(() => Int, { description: 'NOT_APPLICABLE.' })
  notApplicable!: number;
  @Field(() => Int, { description: 'NOT_ASSESSED (counted apart from the status).' })
  notAssessed!: number;
}

@ObjectType({ description: 'An obligation with its effective result on the date.' })
export class ObligationCompliance {
  @Field(() => Obligation, { description: 'The obligation.' })
  obligation!: Obligation;

  @Field(() => ComplianceResult, { description: 'Effective result (violations and expired evidence taken into account).' })
  result!: ComplianceResult;

  @Field(() => [String], { description: 'Why: the finding used, expired evidence, an open violation.' })
  reasons!: string[];

  @Field(() => ComplianceResult, { nullable: true, description: 'The holder’s own latest self-assessment, shown apart; never the Agency’s finding.' })
  selfAssessment!: ComplianceResult | null;
}

@ObjectType({ description: 'Aggregate of obligation results (base type).' })
export class AggregateFields {
  @Field(() => AggregateStatus, { description: 'Aggregate status (rules in src/domain/compliance/aggregate.ts): COMPLIANT only when every applicable obligation is assessed and compliant; PARTIALLY_ASSESSED while some are not assessed.' })
  status!: AggregateStatus;

  @Field(() => Float, { nullable: true, description: 'Weighted score 0–100 over assessed obligations; null when none is assessed.' })
  score!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0–1) of the applicable weight that is assessed; read it with the score.' })
  coverage!: number | null;

  @Field({ description: 'How the score was computed: over how many assessed obligations and what weight.' })
  scoreReason!: string;

  @Field({ description: 'How the coverage was computed: assessed weight of applicable weight.' })
  coverageReason!: string;

  @Field(() => ResultCounts, { description: 'Obligations per result.' })
  counts!: ResultCounts;

  @Field(() => [String], { description: 'How the status was reached.' })
  reasons!: string[];
}

@ObjectType({ description: 'Compliance of one information system.' })
export class SystemCompliance extends AggregateFields {
  @Field(() => InformationSystem, { description: 'The system.' })
  system!: InformationSystem;
}

@ObjectType({ description: 'Compliance of a holder on a date, with per-requirement and per-system breakdowns.' })
export class ComplianceStatus extends AggregateFields {
  @Field(() => DateScalar, { description: 'The date evaluated.' })
  asOf!: string;

  @Field(() => [String], { description: 'Draft act codes treated as in force.' })
  scenario!: string[];

  @Field(() => [ObligationCompliance], { description: 'Every obligation that exists on the date, with its effective result.' })
  requirements!: ObligationCompliance[];

  @Field(() => [SystemCompliance], { description: 'Per information system.' })
  systems!: SystemCompliance[];
}

@ObjectType({ description: 'Res. 760 protection level of a system, computed from its facts by a rule table stored as data.' })
export class ProtectionLevel {
  @Field(() => Int, { nullable: true, description: 'Level, 1 = highest protection; null when UNDETERMINED (a needed fact is missing, no table version is in force, or the system is not in the Registry).' })
  level!: number | null;

  @Field({ description: 'Code of the rule table used (its version: `tableVersion`, and the first reason).' })
  table!: string;

  @Field(() => String, { nullable: true, description: 'Row of the table that gave the level (null: the default, or UNDETERMINED).' })
  rowId!: string | null;

  @Field({ description: 'False while the table is an inference, not the verified annex of Res. 760.' })
  verified!: boolean;

  @Field(() => [String], { description: 'Why: the table version, the row and each of its tests with the actual facts, and every fact read.' })
  reasons!: string[];

  @Field(() => Determination, { description: 'Whether the recorded facts determined the level (UNDETERMINED: `level` is null, see `missingFacts`).' })
  determination!: DeterminationValue;

  @Field(() => [String], { description: 'Facts the table needed that the Registry does not record (empty when DETERMINED).' })
  missingFacts!: string[];

  @Field(() => RuleTableVersionType, { nullable: true, description: 'The table version in force on the date, which gave the answer.' })
  tableVersion!: RuleTableVersionType | null;
}

@ObjectType({ description: 'An obligation of the same target that differs between baseline and scenario: replaced by another requirement, or a different result, basis or citations.' })
export class ObligationChange {
  @Field(() => Obligation, { description: 'In the baseline (acts in force on the date).' })
  baseline!: Obligation;
  @Field(() => Obligation, { description: 'Under the scenario (for a replacement, the replacing requirement’s obligation).' })
  scenario!: Obligation;
  @Field(() => [String], { description: 'What changed and why, citing the scenario act’s provision.' })
  reasons!: string[];
  @Field(() => ComplianceResult, { nullable: true, description: 'Effective result in the baseline.' })
  baselineResult!: ComplianceResult | null;
  @Field(() => ComplianceResult, { nullable: true, description: 'Effective result under the scenario.' })
  scenarioResult!: ComplianceResult | null;
}

@ObjectType({ description: 'What draft acts would change for a holder, against the in-force baseline (OpenFisca "reform").' })
export class ObligationsDiff {
  @Field(() => DateScalar, { description: 'The date evaluated.' })
  asOf!: string;
  @Field(() => [String], { description: 'Draft act codes treated as in force.' })
  scenario!: string[];
  @Field(() => [Obligation], { description: 'Obligations that apply only under the scenario; their reasons say why.' })
  added!: Obligation[];
  @Field(() => [Obligation], { description: 'Obligations that apply only in the baseline (repealed, or replaced by a requirement that does not apply to the target); their reasons say why, citing the scenario act’s provision.' })
  removed!: Obligation[];
  @Field(() => [ObligationChange], { description: 'Obligations of the same target that differ: replaced, or a different result, basis or citations.' })
  changed!: ObligationChange[];
}

@ObjectType({ description: 'Number of holders per stored compliance status (dashboards).' })
export class ComplianceDistributionEntry {
  @Field(() => AggregateStatus, { description: 'Status (the same rule as complianceStatus).' })
  status!: AggregateStatus;
  @Field(() => Int, { description: 'Holders with that status.' })
  holders!: number;
}
