// Aggregating obligation results into a status, a score and a coverage (documented, CISO-style).
// The status never claims more than was assessed:
//   - NOT_APPLICABLE obligations are left out; if nothing else is left → NOT_APPLICABLE;
//   - any NON_COMPLIANT → NON_COMPLIANT (a breach found stands, whatever the coverage);
//   - nothing assessed → NOT_ASSESSED;
//   - some applicable obligations still NOT_ASSESSED → PARTIALLY_ASSESSED (whatever the assessed
//     ones say: 1 of 30 assessed and compliant is not "compliant");
//   - every applicable obligation assessed: all COMPLIANT → COMPLIANT, else PARTIALLY_COMPLIANT.
// Score and coverage are reported side by side, each with its reason:
//   - score = 100 × Σ weight·value / Σ weight over the ASSESSED obligations (COMPLIANT 1,
//     PARTIALLY_COMPLIANT 0.5, NON_COMPLIANT 0), null when none is assessed;
//   - coverage = assessed weight / applicable weight (0–1), null when nothing applies.
// The stored per-holder status (holder_compliance) and the dashboards' complianceDistribution are
// computed by this same function (holder-compliance.service.ts).
import { RESULTS, type ComplianceResult } from './results.js';

/** Aggregate statuses: the obligation results plus PARTIALLY_ASSESSED, which only an aggregate can have. */
export const AGGREGATE_STATUSES = ['COMPLIANT', 'PARTIALLY_COMPLIANT', 'NON_COMPLIANT', 'PARTIALLY_ASSESSED', 'NOT_ASSESSED', 'NOT_APPLICABLE'] as const;
export type AggregateStatus = (typeof AGGREGATE_STATUSES)[number];

export interface WeightedResult {
  result: ComplianceResult;
  weight: number;
}

export interface Aggregate {
  status: AggregateStatus;
  score: number | null;
  coverage: number | null;
  /** How the score was computed (over which obligations and weights). */
  scoreReason: string;
  /** How the coverage was computed. */
  coverageReason: string;
  counts: Record<ComplianceResult, number>;
  reasons: string[];
}

const VALUE: Partial<Record<ComplianceResult, number>> = { COMPLIANT: 1, PARTIALLY_COMPLIANT: 0.5, NON_COMPLIANT: 0 };
const round = (n: number) => Math.round(n * 10) / 10;

export function aggregateResults(items: readonly WeightedResult[]): Aggregate {
  const counts = Object.fromEntries(RESULTS.map((r) => [r, 0])) as Record<ComplianceResult, number>;
  for (const i of items) counts[i.result]++;
  const applicable = items.filter((i) => i.result !== 'NOT_APPLICABLE');
  const assessed = applicable.filter((i) => i.result !== 'NOT_ASSESSED');
  const weight = (list: readonly WeightedResult[]) => list.reduce((s, i) => s + i.weight, 0);
  const score = assessed.length ? round((100 * assessed.reduce((s, i) => s + i.weight * VALUE[i.result]!, 0)) / weight(assessed)) : null;
  const coverage = applicable.length ? Math.round((1000 * weight(assessed)) / weight(applicable)) / 1000 : null;
  const scoreReason = assessed.length
    ? `score ${score} over the ${assessed.length} assessed of ${applicable.length} applicable obligation(s) (weight ${weight(assessed)}); NOT_ASSESSED ones are not in it`
    : 'no score: no applicable obligation is assessed';
  const coverageReason = applicable.length
    ? `coverage ${coverage}: assessed weight ${weight(assessed)} of applicable weight ${weight(applicable)} (${assessed.length} of ${applicable.length} obligation(s))`
    : 'no coverage: no obligation applies';
  let status: AggregateStatus;
  let why: string;
  if (!applicable.length) [status, why] = ['NOT_APPLICABLE', 'no obligation applies'];
  else if (counts.NON_COMPLIANT) [status, why] = ['NON_COMPLIANT', `${counts.NON_COMPLIANT} obligation(s) NON_COMPLIANT`];
  else if (!assessed.length) [status, why] = ['NOT_ASSESSED', `none of the ${applicable.length} applicable obligation(s) is assessed`];
  else if (counts.NOT_ASSESSED) {
    [status, why] = ['PARTIALLY_ASSESSED', `${assessed.length} of ${applicable.length} applicable obligation(s) assessed; ${counts.NOT_ASSESSED} NOT_ASSESSED, so the status cannot be COMPLIANT`];
  } else if (assessed.every((i) => i.result === 'COMPLIANT')) [status, why] = ['COMPLIANT', `all ${assessed.length} applicable obligation(s) assessed and COMPLIANT`];
  else [status, why] = ['PARTIALLY_COMPLIANT', `all ${assessed.length} applicable obligation(s) assessed; ${counts.PARTIALLY_COMPLIANT} PARTIALLY_COMPLIANT`];
  return { status, score, coverage, scoreReason, coverageReason, counts, reasons: [why, scoreReason, coverageReason] };
}

/**
 * The same rule over stored counts (holder_compliance.counts), for data computed before the rule
 * changed: used by the migration's SQL twin and by tests to prove they agree.
 */
export function statusFromCounts(counts: Partial<Record<ComplianceResult, number>>): AggregateStatus {
  const n = (r: ComplianceResult) => counts[r] ?? 0;
  if (!n('COMPLIANT') && !n('PARTIALLY_COMPLIANT') && !n('NON_COMPLIANT') && !n('NOT_ASSESSED')) return 'NOT_APPLICABLE';
  if (n('NON_COMPLIANT')) return 'NON_COMPLIANT';
  if (!n('COMPLIANT') && !n('PARTIALLY_COMPLIANT')) return 'NOT_ASSESSED';
  if (n('NOT_ASSESSED')) return 'PARTIALLY_ASSESSED';
  return n('PARTIALLY_COMPLIANT') ? 'PARTIALLY_COMPLIANT' : 'COMPLIANT';
}
