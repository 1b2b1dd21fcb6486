// The inspections list: who may list which inspections follows `inspection(id)`: the Agency every
// one, a HOLDER key its own only; anyone else is refused (the public sees inspectionSummaries).
// A page is three statements whatever its size: the inspections, their findings, their holders.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, InputType, Int } from 'type-graphql';
import { isAgency, type Viewer } from '../../domain/access/roles.js';
import { INSPECTION_STATUSES } from '../../domain/inspections/workflow.js';
import { AppError } from '../../errors.js';
import type { ReadScope } from '../../loaders/read-scope.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { bounded, holderScope, keysetPage, type Condition, type KeysetQuery } from '../../graphql/keyset.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { InspectionTrack } from '../holder/holder.enums.js';
import { keyOf } from '../holder/holder.lookup.js';
import { Inspection } from './inspection.entity.js';
import { InspectionFinding } from './inspection-finding.entity.js';
import { InspectionStatus, type InspectionType } from './inspection.types.js';
import { approvedPlan, shapeInspection } from './inspection.views.js';
import { InspectionPlan } from './inspection-plan.entity.js';
import { assertAgency } from '../auth/agency-only.js';

@InputType({ description: 'Filter for `inspections` and `inspectionBreakdown`; all given conditions must hold.' })
export class InspectionFilter {
  @Field(() => [InspectionStatus], { nullable: true, description: 'Any of these statuses.' })
  statuses?: (typeof INSPECTION_STATUSES)[number][] | null;

  @Field(() => [InspectionTrack], { nullable: true, description: 'Any of these tracks.' })
  tracks?: ('STATE' | 'BUSINESS')[] | null;

  @Field(() => Int, { nullable: true, description: 'Assigned to this inspector (API key id of an INSPECTOR key).' })
  inspectorId?: number | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of one holder.' })
  holderId?: string | null;

  @Field(() => Int, { nullable: true, description: 'From this approved plan.' })
  planId?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Planned (true) or unplanned (false) only.' })
  planned?: boolean | null;

  @Field(() => DateScalar, { nullable: true, description: 'Starting on or after (planned or actual start).' })
  startFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Starting on or before.' })
  startTo?: string | null;
}

export const INSPECTIONS_FROM = 'from inspection i join holder h on h.id = i.holder_id';

export function inspectionConditions(viewer: Viewer, f: InspectionFilter, field = 'filter'): Condition[] {
  const c = holderScope(viewer, isAgency(viewer), 'i.holder_id', 'inspections', 'inspections are listed for the Agency and the holder itself; see inspectionSummaries');
  const statuses = bounded(f.statuses, `${field}.statuses`);
  if (statuses.length) c.push(['i.status in (?)', [statuses]]);
  const tracks = bounded(f.tracks, `${field}.tracks`);
  if (tracks.length) c.push(['i.track in (?)', [tracks]]);
  if (f.inspectorId != null) c.push(['i.inspector_ids @> array[?::text]', [String(f.inspectorId)]]); // stored as text[] (Migration20261124204858_inspections)
  if (f.holderId) c.push(['i.holder_id = ?', [keyOf(f.holderId, 'Holder', `${field}.holderId`)]]);
  if (f.planId != null) c.push(['i.plan_id = ?', [f.planId]]);
  if (f.planned != null) c.push(['i.planned = ?', [f.planned]]);
  if (f.startFrom) c.push(['i.start_date >= ?', [f.startFrom]]);
  if (f.startTo) c.push(['i.start_date <= ?', [f.startTo]]);
  if (f.startFrom && f.startTo && f.startTo < f.startFrom) throw AppError.badInput(`${field}.startTo`, 'must not be before startFrom');
  return c;
}

export function inspectionQuery(viewer: Viewer, f: InspectionFilter | null | undefined): KeysetQuery {
  return { select: `select i.* ${INSPECTIONS_FROM}`, idColumn: 'i.id', conditions: inspectionConditions(viewer, f ?? {}) };
}

/** Inspections as the GraphQL type, findings of all of them read in one statement. */
async function asInspectionTypes(ctx: ReadScope, em: EntityManager, rows: Record<string, unknown>[]): Promise<InspectionType[]> {
  const inspections = rows.map((r) => em.map(Inspection, r) as Inspection);
  const findings = inspections.length ? await em.find(InspectionFinding, { inspectionId: { $in: inspections.map((i) => i.id) } }) : [];
  const result = new Map(findings.map((f) => [`${f.inspectionId}|${f.itemKey}`, f.result]));
  const holders = await Promise.all(inspections.map((i) => ctx.loaders.holderById.load(i.holder.id)));
  return inspections.map((i, n) => shapeInspection(i, holders[n]!, (key) => result.get(`${i.id}|${key}`) ?? null));
}

/** `inspections`: newest first, keyset-paged. */
export function listInspections(ctx: ReadScope, f: InspectionFilter | null | undefined, args: PageArgs) {
  const em = ctx.em;
  return keysetPage(em, inspectionQuery(ctx.viewer, f), INSPECTIONS_FROM, args, (rows: Record<string, unknown>[]) => asInspectionTypes(ctx, em, rows));
}

@InputType({ description: 'Filter for `approvedInspectionPlans`.' })
export class ApprovedPlanFilter {
  @Field(() => Int, { nullable: true, description: 'Plan year.' })
  year?: number | null;

  @Field(() => [InspectionTrack], { nullable: true, description: 'Any of these tracks.' })
  tracks?: ('STATE' | 'BUSINESS')[] | null;
}

/** Approved plans `p` matching `f`: for the Agency only (the list and its export). */
export function approvedPlanConditions(viewer: Viewer, f: ApprovedPlanFilter | null | undefined): Condition[] {
  assertAgency(viewer, 'run inspections');
  const c: Condition[] = [];
  if (f?.year != null) c.push(['p.year = ?', [f.year]]);
  const tracks = bounded(f?.tracks, 'filter.tracks');
  if (tracks.length) c.push(['p.track in (?)', [tracks]]);
  return c;
}

/** `approvedInspectionPlans`: newest approval first, each as frozen (ADMIN, INSPECTOR). */
export function listApprovedPlans(ctx: ReadScope, f: ApprovedPlanFilter | null | undefined, args: PageArgs) {
  const c = approvedPlanConditions(ctx.viewer, f);
  const em = ctx.em;
  return keysetPage(em, { select: 'select p.* from inspection_plan p', idColumn: 'p.id', conditions: c }, 'from inspection_plan p', args, async (rows: Record<string, unknown>[]) =>
    (await Promise.all(rows.map((r) => approvedPlan(ctx, em.map(InspectionPlan, r) as InspectionPlan)))).map((p) => ({ ...p!, id: p!.id! })),
  );
}
