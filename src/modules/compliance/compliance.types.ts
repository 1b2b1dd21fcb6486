// GraphQL shapes of the compliance engine: obligations with their legal basis and reasons, the
// compliance status with its breakdowns, protection levels and the what-if diff.
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DateScalar } from '../../graphql/date.scalar.js';
import { LegalAct } from '../legal-act/legal-act.entity.js';
import { Provision } from '../legal-act/provision.entity.js';
import { InformationSystem } from '../holder/information-system.entity.js';
import { ComplianceResult, TargetType } from './compliance.enums.js';
import { Requirement } from './requirement.entity.js';

@ObjectType({ description: 'An act or one of its provisions, by address.' })
export class LegalReference {
  @Field({ description: 'Act code or `<act code>#<eId>`.' })
  code!: string;

  @Field(() => LegalAct, { nullable: true, description: 'The act.' })
  act!: LegalAct | null;

  @Field(() => Provision, { nullable: true, description: 'The provision, when the address names one.' })
  provision!: Provision | null;
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

@ObjectType({ description: 'An obligation of a requirement for a target on a date: whether it applies, and why.' })
export class Obligation {
  @Field(() => Requirement, { description: 'The requirement (code, title, provisions, rule).' })
  requirement!: Requirement;

  @Field(() => ObligationTarget, { description: 'The holder, array or system it is evaluated for.' })
  target!: ObligationTarget;

  @Field({ description: 'Whether the requirement’s rule holds for the target’s facts.' })
  applies!: boolean;

  @Field(() => LegalBasisType, { description: 'The legal basis on the date.' })
  basis!: LegalBasisType;

  @Field(() => [String], { description: 'Reasons: the act version in force, then each rule test with its actual fact value.' })
  reasons!: string[];

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
  @Field(() => ComplianceResult, { description: 'Aggregate status (rules in src/domain/compliance/aggregate.ts).' })
  status!: ComplianceResult;

  @Field(() => Float, { nullable: true, description: 'Weighted score 0–100 over assessed obligations; null when none is assessed.' })
  score!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share (0–1) of the applicable weight that is assessed.' })
  coverage!: number | null;

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
  @Field(() => Int, { nullable: true, description: 'Level, 1 = highest protection; null when no table is loaded.' })
  level!: number | null;

  @Field({ description: 'Code of the rule table used.' })
  table!: string;

  @Field(() => String, { nullable: true, description: 'Row of the table that matched (null: the default).' })
  rowId!: string | null;

  @Field({ description: 'False while the table is an inference, not the verified annex of Res. 760.' })
  verified!: boolean;

  @Field(() => [String], { description: 'Why: the row and each of its tests with the actual facts.' })
  reasons!: string[];
}

@ObjectType({ description: 'An obligation whose basis or applicability differs between baseline and scenario.' })
export class ObligationChange {
  @Field(() => Obligation, { description: 'In force today.' })
  baseline!: Obligation;
  @Field(() => Obligation, { description: 'Under the scenario.' })
  scenario!: Obligation;
}

@ObjectType({ description: 'What draft acts would change for a holder, against the in-force baseline (OpenFisca "reform").' })
export class ObligationsDiff {
  @Field(() => DateScalar, { description: 'The date evaluated.' })
  asOf!: string;
  @Field(() => [String], { description: 'Draft act codes treated as in force.' })
  scenario!: string[];
  @Field(() => [Obligation], { description: 'Obligations that apply only under the scenario.' })
  added!: Obligation[];
  @Field(() => [Obligation], { description: 'Obligations that apply only in the baseline.' })
  removed!: Obligation[];
  @Field(() => [ObligationChange], { description: 'Obligations in both whose basis changed.' })
  changed!: ObligationChange[];
}

@ObjectType({ description: 'Number of holders per stored compliance status (dashboards).' })
export class ComplianceDistributionEntry {
  @Field(() => ComplianceResult, { description: 'Status.' })
  status!: ComplianceResult;
  @Field(() => Int, { description: 'Holders with that status.' })
  holders!: number;
}
