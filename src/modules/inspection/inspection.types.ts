// GraphQL shapes of risk, plans and inspections.
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { RISK_DEGREES } from '../../domain/risk/risk-degree.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { enumObject, registerDescribedEnum } from '../../graphql/enum.js';
import { Holder } from '../holder/holder.entity.js';
import { InspectionTrack } from '../holder/holder.enums.js';
import { ComplianceResult, TargetType } from '../compliance/compliance.enums.js';
import { EvidenceInput } from '../compliance/assessment.types.js';
import { GROUNDS } from './inspection.service.js';
import { INSPECTION_STATUSES } from '../../domain/inspections/workflow.js';

export const RiskDegree = enumObject(RISK_DEGREES);
export type RiskDegree = (typeof RiskDegree)[keyof typeof RiskDegree];
registerDescribedEnum(RiskDegree, 'RiskDegree', 'Risk degree (Res. 108 ch. 25 / Law No. 72).', { HIGH: 'High.', MEDIUM: 'Medium.', LOW: 'Low.' });
export const InspectionGround = enumObject(GROUNDS);
registerDescribedEnum(InspectionGround, 'InspectionGround', 'Ground of an unplanned inspection.', {
  COMPLAINT: "A subject's complaint.",
  RECORDED_VIOLATION: 'A recorded violation.',
  SUBJECT_REQUEST: 'A request of a data subject.',
  INSTRUCTION: 'An instruction of a competent body.',
});
export const InspectionStatus = enumObject(INSPECTION_STATUSES);
registerDescribedEnum(InspectionStatus, 'InspectionStatus', 'Status of an inspection.', {
  PLANNED: 'Scheduled.',
  NOTIFIED: 'The holder was notified.',
  IN_PROGRESS: 'Started; its checklist is frozen.',
  COMPLETED: 'Completed, with its report.',
  CANCELLED: 'Cancelled with a reason.',
});
@ObjectType({ description: 'One risk factor that holds, and its points.' })
export class RiskFactorType {
  @Field({ description: 'Factor id in the points table.' }) id!: string;
  @Field(() => Float, { description: 'Points.' }) points!: number;
  @Field(() => [String], { description: 'The tests with the actual facts.' }) reasons!: string[];
}

@ObjectType({ description: 'Risk degree of a holder on a date, with every factor and its points.' })
export class RiskAssessment {
  @Field(() => RiskDegree, { description: 'Degree.' }) degree!: RiskDegree;
  @Field(() => Float, { description: 'Sum of points.' }) points!: number;
  @Field(() => [RiskFactorType], { description: 'Factors that hold.' }) factors!: RiskFactorType[];
  @Field(() => [String], { description: 'How the degree was reached.' }) reasons!: string[];
  @Field({ description: 'Code of the points table.' }) table!: string;
  @Field({ description: 'False while the points and thresholds are a proposal, not law.' }) verified!: boolean;
}

@InputType({ description: 'What plan to build.' })
export class InspectionPlanInput {
  @Field(() => Int, { description: 'Plan year.' }) year!: number;
  @Field(() => InspectionTrack, { description: 'BUSINESS (Law No. 72) or STATE.' }) track!: 'BUSINESS' | 'STATE';
  @Field(() => Int, { description: 'How many inspections the Agency can carry out.' }) capacity!: number;
  @Field(() => String, { nullable: true, description: 'Only this region (ISO 3166-2:KG).' }) region?: string | null;
}

@ObjectType({ description: 'A ranked entry of a plan, with why it is where it is.' })
export class PlanEntryType {
  @Field(() => Int, { description: 'Rank (1 = first).' }) rank!: number;
  @Field(() => ID, { description: 'Global ID of the holder.' }) holderId!: string;
  @Field(() => Holder, { nullable: true, description: 'The holder.' }) holder!: Holder | null;
  @Field(() => Int, { description: '1 = recorded violations (the Agency’s first-priority group), else 2.' }) priorityGroup!: number;
  @Field(() => RiskDegree, { description: 'Risk degree.' }) riskDegree!: RiskDegree;
  @Field(() => Float, { description: 'Risk points.' }) riskPoints!: number;
  @Field(() => Int, { description: 'Recorded violations.' }) recordedViolations!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Last completed inspection.' }) lastInspectionOn!: string | null;
  @Field(() => [String], { description: 'Why this rank.' }) reasons!: string[];
}

@ObjectType({ description: 'A holder left out of a plan, and why (moratorium, frequency limit).' })
export class ExcludedEntryType {
  @Field(() => ID, { description: 'Global ID of the holder.' }) holderId!: string;
  @Field(() => [String], { description: 'Why.' }) reasons!: string[];
}

@ObjectType({ description: 'An inspection plan: ranked entries within capacity, the rest waiting, exclusions with reasons.' })
export class InspectionPlanType {
  @Field(() => ID, { nullable: true, description: 'Id once approved.' }) id!: number | null;
  @Field(() => Int, { description: 'Plan year.' }) year!: number;
  @Field(() => InspectionTrack, { description: 'Track.' }) track!: string;
  @Field(() => Int, { description: 'Capacity.' }) capacity!: number;
  @Field(() => [PlanEntryType], { description: 'Entries within capacity, ranked.' }) entries!: PlanEntryType[];
  @Field(() => Int, { description: 'Eligible holders beyond capacity.' }) waitingCount!: number;
  @Field(() => Int, { description: 'Holders left out.' }) excludedCount!: number;
  @Field(() => [ExcludedEntryType], { description: 'The first 100 holders left out, with reasons.' }) excluded!: ExcludedEntryType[];
  @Field(() => String, { nullable: true, description: 'The act the plan rests on (in force on 1 January of the plan year; never a draft). Null for plans frozen before this was recorded.' }) legalBasis!: string | null;
  @Field(() => String, { nullable: true, description: 'Which version of that act was in force, and from when.' }) legalBasisReason!: string | null;
  @Field(() => String, { nullable: true, description: 'Approved plans: SHA-256 of `canonicalJson`; recompute it to check the plan.' }) sha256!: string | null;
  @Field(() => String, { nullable: true, description: 'Approved plans: the frozen inputs, entries and exclusions as canonical JSON (sorted keys).' }) canonicalJson!: string | null;
}

@ObjectType({ description: 'A checklist item frozen when the inspection started.' })
export class ChecklistItemType {
  @Field({ description: 'Item key `<requirement>@<TYPE>:<id>`.' }) key!: string;
  @Field({ description: 'Requirement code.' }) requirementCode!: string;
  @Field(() => TargetType, { description: 'Target type.' }) targetType!: string;
  @Field(() => String, { nullable: true, description: 'Requirement title.' }) title!: string | null;
  @Field(() => [String], { description: 'Why it applied on the start date.' }) reasons!: string[];
  @Field(() => ComplianceResult, { nullable: true, description: 'Finding recorded, if any.' }) finding!: string | null;
}

@InputType({ description: 'A finding on a checklist item.' })
export class RecordFindingInput {
  @Field(() => Int, { description: 'Inspection id.' }) inspectionId!: number;
  @Field({ description: 'Checklist item key.' }) itemKey!: string;
  @Field(() => ComplianceResult, { description: 'Result.' }) result!: ComplianceResult;
  @Field(() => String, { nullable: true, description: 'Note.' }) note?: string | null;
  @Field(() => [EvidenceInput], { nullable: true, description: 'Evidence.' }) evidence?: EvidenceInput[] | null;
  @Field(() => String, { nullable: true, description: 'For NON_COMPLIANT: the offence article of the violation to record on completion.' }) offenceArticleCode?: string | null;
}

@ObjectType({ description: 'Public summary of a completed inspection (readable by anyone).' })
export class InspectionSummary {
  @Field(() => Int, { description: 'Inspection id.' }) id!: number;
  @Field(() => String, { nullable: true, description: 'Holder name.' }) holderName!: string | null;
  @Field(() => String, { nullable: true, description: 'Registry number.' }) registryNumber!: string | null;
  @Field({ description: 'Planned or unplanned.' }) planned!: boolean;
  @Field({ description: 'Legal basis (act code).' }) legalBasis!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Start.' }) startDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'End.' }) endDate!: string | null;
  @Field(() => GraphQLJSON, { description: 'Number of violations per offence article.' }) violationsByArticle!: Record<string, number>;
}


@ObjectType({ description: 'An inspection (Agency and the holder itself only).' })
export class InspectionType {
  @Field(() => Int, { description: 'Id.' }) id!: number;
  @Field(() => Int, { description: 'Row version for optimistic concurrency.' }) version!: number;
  @Field(() => Holder, { description: 'The holder inspected.' }) holder!: Holder;
  @Field({ description: 'From an approved plan?' }) planned!: boolean;
  @Field(() => Int, { nullable: true, description: 'Approved plan id.' }) planId!: number | null;
  @Field(() => InspectionGround, { nullable: true, description: 'Ground of an unplanned inspection.' }) ground!: string | null;
  @Field(() => InspectionTrack, { description: 'Track.' }) track!: string;
  @Field({ description: 'Legal basis (act code).' }) legalBasis!: string;
  @Field(() => [Int], { description: 'API key ids of the inspectors.' }) inspectorIds!: number[];
  @Field(() => DateScalar, { nullable: true, description: 'Notice date.' }) noticeDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Start.' }) startDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'End.' }) endDate!: string | null;
  @Field(() => InspectionStatus, { description: 'Status.' }) status!: string;
  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' }) cancelReason!: string | null;
  @Field(() => [ChecklistItemType], { description: 'Checklist frozen at the start, with findings.' }) checklist!: ChecklistItemType[];
  @Field(() => GraphQLJSON, { nullable: true, description: 'Report written on completion.' }) report!: unknown;
}
