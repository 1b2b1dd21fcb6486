// Shapes plans and inspections for GraphQL, with who-may-see checks.
import { canSeePersonalData } from '../../domain/access/roles.js';
import type { Plan, PlanEntry } from '../../domain/inspections/plan.js';
import { canonicalJson } from '../../domain/inspections/plan.js';
import type { ReadScope } from '../../loaders/read-scope.js';
import { toGlobalId } from '../../graphql/node.js';
import { Inspection } from './inspection.entity.js';
import { InspectionFinding } from './inspection-finding.entity.js';
import { InspectionPlan } from './inspection-plan.entity.js';
import type { InspectionPlanType, InspectionSummary, InspectionType, PlanEntryType } from './inspection.types.js';

async function entryView(ctx: ReadScope, e: PlanEntry): Promise<PlanEntryType> {
  return { ...e, holderId: toGlobalId('Holder', e.holderId), holder: await ctx.loaders.holderById.load(e.holderId) };
}

type PlanInputs = { limits?: { basis?: { act: string; reason: string } } } | undefined;

export async function planView(ctx: ReadScope, req: { year: number; track: string; capacity: number }, plan: Plan, approved: InspectionPlan | null, inputs?: PlanInputs): Promise<InspectionPlanType> {
  const basis = (inputs ?? ((approved?.frozen as { inputs?: PlanInputs } | undefined)?.inputs))?.limits?.basis;
  return {
    legalBasis: basis?.act ?? null,
    legalBasisReason: basis?.reason ?? null,
    id: approved?.id ?? null,
    year: req.year,
    track: req.track,
    capacity: req.capacity,
    entries: await Promise.all(plan.entries.map((e) => entryView(ctx, e))),
    waitingCount: plan.waiting.length,
    excludedCount: plan.excluded.length,
    excluded: plan.excluded.slice(0, 100).map((x) => ({ holderId: toGlobalId('Holder', x.holderId), reasons: x.reasons })),
    sha256: approved?.inputsHash ?? null,
    canonicalJson: approved ? canonicalJson(approved.frozen) : null,
  };
}

export async function approvedPlan(ctx: ReadScope, planOrId: InspectionPlan | number): Promise<InspectionPlanType | null> {
  const plan = typeof planOrId === 'number' ? await ctx.em.findOne(InspectionPlan, planOrId) : planOrId;
  if (!plan) return null;
  const frozen = plan.frozen as { entries: PlanEntry[]; waiting: number[]; excluded: Plan['excluded'] };
  return planView(ctx, plan, { entries: frozen.entries, waiting: frozen.waiting.map((holderId) => ({ holderId }) as PlanEntry), excluded: frozen.excluded }, plan);
}

export async function toInspectionType(ctx: ReadScope, i: Inspection): Promise<InspectionType> {
  const findings = await ctx.em.find(InspectionFinding, { inspectionId: i.id });
  const result = new Map(findings.map((f) => [f.itemKey, f.result]));
  return shapeInspection(i, (await ctx.loaders.holderById.load(i.holder.id))!, (key) => result.get(key) ?? null);
}

/** An inspection as the GraphQL type, each checklist item with its finding (`findingOf`). */
export function shapeInspection(i: Inspection, holder: InspectionType['holder'], findingOf: (itemKey: string) => string | null): InspectionType {
  return {
    ...i,
    inspectorIds: i.inspectorIds.map(Number),
    planId: i.planId ?? null,
    ground: i.ground ?? null,
    noticeDate: i.noticeDate ?? null,
    startDate: i.startDate ?? null,
    endDate: i.endDate ?? null,
    cancelReason: i.cancelReason ?? null,
    holder,
    checklist: (i.checklist ?? []).map((c) => ({ ...c, finding: findingOf(c.key) })),
    report: i.report ?? null,
  } as InspectionType;
}

/**
 * Findings in detail: the Agency, or the holder itself. To anyone else an inspection is exactly as
 * unknown as an id nobody has (null), so no answer confirms that a holder is being inspected.
 */
export async function inspectionById(ctx: ReadScope, id: number): Promise<InspectionType | null> {
  const i = await ctx.em.findOne(Inspection, id);
  if (!i || !canSeePersonalData(ctx.viewer, i.holder.id)) return null;
  return toInspectionType(ctx, i);
}

export async function inspectionSummaries(ctx: ReadScope, year: number | null): Promise<InspectionSummary[]> {
  const rows = await ctx.em.execute<(Omit<InspectionSummary, 'violationsByArticle'> & { articles: (string | null)[] | null })[]>(
    `select i.id, coalesce(h.name_ru, h.name_ky) as "holderName", h.registry_number as "registryNumber", i.planned,
            i.legal_basis as "legalBasis", i.start_date::text as "startDate", i.end_date::text as "endDate",
            array_agg(v.offence_article_code) filter (where v.id is not null) as articles
     from inspection i join holder h on h.id = i.holder_id left join violation v on v.inspection_id = i.id
     where i.status = 'COMPLETED' ${year ? 'and extract(year from i.end_date) = ?' : ''}
     group by i.id, h.id order by i.end_date desc, i.id desc limit 500`,
    year ? [year] : [],
  );
  return rows.map(({ articles, ...r }) => {
    const violationsByArticle: Record<string, number> = {};
    for (const a of articles ?? []) violationsByArticle[a ?? 'unspecified'] = (violationsByArticle[a ?? 'unspecified'] ?? 0) + 1;
    return { ...r, violationsByArticle };
  });
}
