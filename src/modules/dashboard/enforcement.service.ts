// Dashboards beyond the Registry: violations with their fines, and inspections, grouped by one
// dimension, over the same filters (and the same role scope) as the `violations` and
// `inspections` lists. One GROUP BY each.
// Fines are the penalty decisions (Code of Offences: fines in calculation indicators, ЭК, and in
// soms at the rate in force on the day of the offence, as decided: src/domain/sanctions/sanction.ts).
// A decision without a soms figure (no rate in force) is counted apart, never as zero soms.
// Undecided offenders' proposed fines are summed separately: a proposal is not a fine.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../domain/access/roles.js';
import { inspectionConditions, INSPECTIONS_FROM, type InspectionFilter } from '../inspection/inspection.list.js';
import { violationConditions, VIOLATIONS_FROM, type ViolationFilter } from '../violation/violation.list.js';
import { params, where } from '../../graphql/keyset.js';

export const VIOLATION_DIMENSIONS = {
  ARTICLE: "coalesce(v.offence_article_code, 'unspecified')",
  REGION: 'h.region_code',
  SECTOR: "split_part(h.sector_key, '.', 1)",
  KIND: 'h.kind::text',
  STATUS: 'v.status::text',
  MONTH: "to_char(v.detected_on, 'YYYY-MM')",
} as const;
export type ViolationDimension = keyof typeof VIOLATION_DIMENSIONS;

export const INSPECTION_DIMENSIONS = {
  STATUS: 'i.status::text',
  TRACK: 'i.track',
  // Completed inspections only have a result: whether they recorded violations.
  RESULT: `case when i.status <> 'COMPLETED' then null when jsonb_array_length(coalesce(i.report->'violationIds', '[]')) > 0 then 'VIOLATIONS_FOUND' else 'NO_VIOLATIONS' end`,
  MONTH: "to_char(i.start_date, 'YYYY-MM')",
} as const;
export type InspectionDimension = keyof typeof INSPECTION_DIMENSIONS;

export interface ViolationGroup {
  key: string | null;
  violations: number;
  decisions: number;
  fineIndicators: number;
  fineSoms: number;
  decisionsWithoutSoms: number;
  proposedFineIndicators: number;
}

export async function violationBreakdown(em: EntityManager, viewer: Viewer, by: ViolationDimension, filter: ViolationFilter | null | undefined): Promise<ViolationGroup[]> {
  const c = violationConditions(viewer, filter ?? {});
  // Per violation, in one pass over its offenders and their decisions (every decision is an
  // offender's), then hash-joined; the holder is joined only when the key or a filter reads it.
  const needsHolder = VIOLATION_DIMENSIONS[by].includes('h.') || c.some(([sql]) => sql.includes('h.'));
  const rows = await em.execute<Record<string, string | null>[]>(
    `with f as (select o.violation_id, count(x.id) as n, sum(x.fine_indicators) as indicators, sum(x.fine_soms) as soms,
                       count(x.id) filter (where x.fine_soms is null) as without_soms,
                       sum((o.sanction->>'fineIndicators')::numeric) filter (where x.id is null) as proposed
                from violation_offender o left join penalty_decision x on x.offender_id = o.id group by 1)
     select ${VIOLATION_DIMENSIONS[by]} as key, count(*) as violations,
            coalesce(sum(f.n), 0) as decisions, coalesce(sum(f.indicators), 0) as "fineIndicators",
            coalesce(sum(f.soms), 0) as "fineSoms", coalesce(sum(f.without_soms), 0) as "decisionsWithoutSoms",
            coalesce(sum(f.proposed), 0) as "proposedFineIndicators"
     ${needsHolder ? VIOLATIONS_FROM : 'from violation v'}
     left join f on f.violation_id = v.id
     ${where(c)} group by 1 order by 2 desc, 1`,
    params(c),
  );
  return rows.map((r) => ({
    key: r.key,
    violations: Number(r.violations),
    decisions: Number(r.decisions),
    fineIndicators: Number(r.fineIndicators),
    fineSoms: Number(r.fineSoms),
    decisionsWithoutSoms: Number(r.decisionsWithoutSoms),
    proposedFineIndicators: Number(r.proposedFineIndicators),
  }));
}

export async function inspectionBreakdown(em: EntityManager, viewer: Viewer, by: InspectionDimension, filter: InspectionFilter | null | undefined): Promise<{ key: string | null; inspections: number }[]> {
  const c = inspectionConditions(viewer, filter ?? {});
  const rows = await em.execute<{ key: string | null; inspections: string }[]>(
    `select ${INSPECTION_DIMENSIONS[by]} as key, count(*) as inspections ${INSPECTIONS_FROM} ${where(c)} group by 1 order by 2 desc, 1`,
    params(c),
  );
  return rows.map((r) => ({ key: r.key, inspections: Number(r.inspections) }));
}
