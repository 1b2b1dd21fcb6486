import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { ComplianceResult } from './compliance.enums.js';

@InputType({ description: 'An evidence item of an assessment.' })
export class EvidenceInput {
  @Field({ description: 'DOCUMENT, POLICY, SCREENSHOT, LOG, CERTIFICATE, CONTRACT or OTHER.' })
  kind!: 'DOCUMENT' | 'POLICY' | 'SCREENSHOT' | 'LOG' | 'CERTIFICATE' | 'CONTRACT' | 'OTHER';
  @Field({ description: 'Title.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Where it is kept.' })
  uri?: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the file (64 hex digits).' })
  sha256?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day it is valid; after it the finding counts as NOT_ASSESSED.' })
  validUntil?: string | null;
}

@InputType({ description: 'An assessment of one requirement for a holder, array or system.' })
export class RecordAssessmentInput {
  @Field({ description: 'Requirement code.' })
  requirementCode!: string;
  @Field(() => ID, { description: 'Global ID of the holder, array or system assessed (must match the requirement’s target).' })
  targetId!: string;
  @Field(() => ComplianceResult, { description: 'Result.' })
  result!: ComplianceResult;
  @Field(() => DateScalar, { description: 'Day of the assessment (not in the future).' })
  assessedOn!: string;
  @Field(() => String, { nullable: true, description: 'Note.' })
  note?: string | null;
  @Field(() => [EvidenceInput], { nullable: true, description: 'Evidence items.' })
  evidence?: EvidenceInput[] | null;
}

@ObjectType({ description: 'An evidence item.' })
export class Evidence {
  @Field({ description: 'Kind.' })
  kind!: string;
  @Field({ description: 'Title.' })
  title!: string;
  @Field(() => String, { nullable: true, description: 'Where it is kept.' })
  uri!: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the file.' })
  sha256!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last day it is valid.' })
  validUntil!: string | null;
}

@ObjectType({ description: 'A recorded assessment (history is kept; nothing is overwritten).' })
export class Assessment {
  @Field(() => ID, { description: 'Id of the assessment.' })
  id!: number;
  @Field(() => ID, { description: 'Global ID of the holder assessed.' })
  holderId!: string;
  @Field({ description: 'Requirement code.' })
  requirementCode!: string;
  @Field(() => ComplianceResult, { description: 'Result.' })
  result!: ComplianceResult;
  @Field(() => DateScalar, { description: 'Day of the assessment.' })
  assessedOn!: string;
  @Field({ description: 'True for the holder’s own self-assessment (never the Agency’s finding).' })
  isSelfAssessment!: boolean;
  @Field(() => [Evidence], { description: 'Evidence items.' })
  evidence!: Evidence[];
}

@ObjectType({ description: 'Result of recording an assessment.' })
export class RecordAssessmentPayload {
  @Field(() => Assessment, { description: 'The assessment recorded.' })
  assessment!: Assessment;
}
