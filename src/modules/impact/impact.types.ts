// GraphQL shapes of regulatory-impact runs (impact-run.service.ts): the run and its inputs, what it
// rests on, its totals, and one cell per requirement the scenario adds, removes or changes.
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { registerDescribedEnum } from '../../graphql/enum.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { HolderKind } from '../holder/holder.enums.js';

export enum ImpactChange {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}
registerDescribedEnum(ImpactChange, 'ImpactChange', 'What the scenario does to an obligation, as obligationsDiff says it for one holder.', {
  ADDED: 'It would newly apply.',
  REMOVED: 'It would no longer apply.',
  CHANGED: 'It still applies, with another basis, citations, result or a replacing requirement.',
});

export enum ImpactRunStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerDescribedEnum(ImpactRunStatus, 'ImpactRunStatus', 'Where an impact run is.', {
  RUNNING: 'Being computed; its figures are not there yet.',
  SUCCEEDED: 'Computed and stored.',
  FAILED: 'Stopped; `error` says why, and it has no figures.',
});

@InputType({ description: 'Which holders an impact run covers, by their Registry facts on the run’s date; all given conditions must hold.' })
export class ImpactFilter {
  @Field(() => [HolderKind], { nullable: true, description: 'Any of these kinds.' }) kinds?: HolderKind[] | null;
  @Field(() => [String], { nullable: true, description: 'Any of these regions (ISO 3166-2:KG).' }) regionCodes?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Any of these sectors, sub-sectors included.' }) sectorKeys?: string[] | null;
}

@InputType({ description: 'Parametric what-if: for this run only, every leaf on `fact` in one rule takes `value` (the seeds are not touched).' })
export class ParameterOverrideInput {
  @Field({ description: '`table:<rule-table code>#<row id>` (e.g. `table:kg.res760.protection-level#l1-special-type2-large`) or `requirement:<code>`.' }) target!: string;
  @Field({ description: 'The fact whose tested value is replaced, e.g. `subjects.count`.' }) fact!: string;
  @Field({ description: 'The new value as JSON, e.g. `1000` or `["special"]`.' }) value!: string;
}

@InputType({ description: 'A regulatory-impact run to start.' })
export class StartImpactRunInput {
  @Field(() => [String], { description: 'Codes of the acts treated as in force (drafts, or adopted acts not yet in force).' }) scenario!: string[];
  @Field(() => DateScalar, { nullable: true, description: 'The day of the Registry and of the law (default today in Bishkek).' }) asOf?: string | null;
  @Field(() => ImpactFilter, { nullable: true, description: 'Only these holders (default: the whole Registry).' }) filter?: ImpactFilter | null;
  @Field(() => [ParameterOverrideInput], { nullable: true, description: 'Rule values replaced for this run (at most 20).' }) overrides?: ParameterOverrideInput[] | null;
}

@ObjectType({ simpleResolvers: true, description: 'A rule value a run replaced.' })
export class AppliedOverrideType {
  @Field({ description: 'The rule: a table row or a requirement.' }) target!: string;
  @Field({ description: 'The fact.' }) fact!: string;
  @Field({ description: 'The value the run used, as JSON.' }) valueJson!: string;
  @Field({ description: 'The values the seeds have there, as JSON (one per leaf).' }) replacedJson!: string;
}

@ObjectType({ simpleResolvers: true, description: 'Holders counted under one value of a dimension.' })
export class ImpactCount {
  @Field({ description: 'The value (a kind, sector key, region code or inspection track; UNKNOWN when not recorded).' }) key!: string;
  @Field(() => Int, { description: 'Holders.' }) holders!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Obligations counted per target type.' })
export class ImpactTargets {
  @Field(() => Int, { description: 'Holder-level obligations.' }) holder!: number;
  @Field(() => Int, { description: 'Array-level obligations.' }) array!: number;
  @Field(() => Int, { description: 'System-level obligations.' }) system!: number;
}

@ObjectType({ description: 'One requirement the scenario adds, removes or changes, counted across the Registry.' })
export class ImpactCellType {
  @Field({ description: 'The requirement (its code; `requirement` for the whole of it).' }) requirementCode!: string;
  @Field(() => ImpactChange, { description: 'What happens to it.' }) change!: ImpactChange;
  @Field(() => Int, { description: 'Holders it happens to (each counted once).' }) holders!: number;
  @Field(() => ImpactTargets, { description: 'Obligations it happens to, per target type.' }) targets!: ImpactTargets;
  @Field(() => [ImpactCount], { description: 'Holders by kind.' }) byKind!: ImpactCount[];
  @Field(() => [ImpactCount], { description: 'Holders by sector.' }) bySector!: ImpactCount[];
  @Field(() => [ImpactCount], { description: 'Holders by region.' }) byRegion!: ImpactCount[];
  @Field(() => [ImpactCount], { description: 'Holders by inspection track.' }) byTrack!: ImpactCount[];
  sample!: number[];
  runAsOf!: string;
  scenario!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'Totals of a run.' })
export class ImpactTotalsType {
  @Field(() => Int, { description: 'Holders in the Registry on the date (after the filter).' }) holders!: number;
  @Field(() => Int, { description: 'Holders with at least one obligation added, removed or changed.' }) holdersAffected!: number;
  @Field(() => Int, { description: 'Holders COMPLIANT without the scenario and not with it.' }) leaveCompliant!: number;
  @Field(() => Float, { nullable: true, description: 'Of those, the mean share of their applicable obligations not yet assessed under the scenario (0–1); null when none.' }) leaveCompliantNotAssessedShare!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'An act version the figures rest on.' })
export class ImpactActVersion {
  @Field({ description: 'Act code.' }) act!: string;
  @Field(() => DateScalar, { nullable: true, description: 'The version used (for a scenario act its newest text; otherwise the one in force on the date); null when none.' }) versionDate!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Its first day in force, if any.' }) inForceFrom!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The rule-table version a run used.' })
export class ImpactTableVersion {
  @Field({ description: 'Table code.' }) code!: string;
  @Field(() => Int, { description: 'Version number.' }) version!: number;
  @Field(() => DateScalar, { nullable: true, description: 'First day of validity.' }) validFrom!: string | null;
  @Field({ description: 'False where the table version is not verified.' }) verified!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'What a run’s figures rest on: the acts and table versions of its date.' })
export class ImpactBasis {
  @Field(() => [ImpactActVersion], { description: 'The scenario’s acts.' }) scenarioActs!: ImpactActVersion[];
  @Field(() => [ImpactActVersion], { description: 'The other acts requirements come from, as in force on the date.' }) actsInForce!: ImpactActVersion[];
  @Field(() => ImpactTableVersion, { nullable: true, description: 'The protection-level table version of the date; null when none.' }) protectionLevelTable!: ImpactTableVersion | null;
  @Field(() => Int, { description: 'Requirements in the catalogue.' }) requirements!: number;
  @Field({ description: 'Fines exposure: what was computed, or why not.' }) sanctions!: string;
  @Field(() => [AppliedOverrideType], { description: 'Rule values replaced for the run (parametric what-if), with the values they replaced.' }) overrides!: AppliedOverrideType[];
}

@ObjectType({ description: 'A regulatory-impact run: a scenario evaluated for every holder of the Registry as of a date, stored with what it rests on so it can be recomputed and compared.' })
export class ImpactRun {
  @Field(() => Int, { description: 'Run number.' }) id!: number;
  @Field(() => [String], { description: 'Acts treated as in force.' }) scenario!: string[];
  @Field(() => DateScalar, { description: 'Day of the Registry and of the law.' }) asOf!: string;
  @Field({ description: 'The holder filter, as JSON ("{}" for the whole Registry).' }) filterJson!: string;
  @Field(() => ImpactRunStatus, { description: 'Where it is.' }) status!: ImpactRunStatus;
  @Field({ description: 'Who started it (the key’s name, or the operator).' }) startedBy!: string;
  @Field({ description: 'When it started (ISO timestamp).' }) startedAt!: string;
  @Field(() => String, { nullable: true, description: 'When it finished.' }) finishedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of everything it read (scenario, date, filter, catalogue, table, each holder as of the date): equal hashes mean equal inputs.' }) inputsHash!: string | null;
  @Field(() => ImpactBasis, { nullable: true, description: 'What the figures rest on.' }) basis!: ImpactBasis | null;
  @Field(() => ImpactTotalsType, { nullable: true, description: 'Totals.' }) totals!: ImpactTotalsType | null;
  @Field(() => [ImpactCellType], { description: 'One entry per requirement and change, most holders first (empty until it succeeded).' }) cells!: ImpactCellType[];
  @Field(() => String, { nullable: true, description: 'Why it failed.' }) error!: string | null;
  leaveCompliantSample!: number[];
}

export const ImpactRunConnection = ConnectionType(ImpactRun, 'ImpactRun', 'impact runs');
