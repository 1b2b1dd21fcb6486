// Aggregating obligation results into a status and a score (documented, CISO-style):
//   - NOT_APPLICABLE obligations are left out; NOT_ASSESSED ones are counted apart;
//   - any NON_COMPLIANT → NON_COMPLIANT;
//   - nothing assessed → NOT_ASSESSED;
//   - every assessed one COMPLIANT → COMPLIANT; otherwise (a mix) → PARTIALLY_COMPLIANT;
//   - score = 100 × Σ weight·value / Σ weight over assessed obligations (COMPLIANT 1,
//     PARTIALLY_COMPLIANT 0.5, NON_COMPLIANT 0); coverage = assessed weight / applicable weight.
import type { ComplianceResult } from './results.js';

export interface WeightedResult {
  result: ComplianceResult;
  weight: number;
}

export interface Aggregate {
  status: ComplianceResult;
  score: number | null;
  coverage: number | null;
  counts: Record<ComplianceResult, number>;
  reasons: string[];
}

const VALUE: Partial<Record<ComplianceResult, number>> = { COMPLIANT: 1, PARTIALLY_COMPLIANT: 0.5, NON_COMPLIANT: 0 };
const round = (n: number) => Math.round(n * 10) / 10;

export function aggregateResults(items: readonly WeightedResult[]): Aggregate {
  const counts: Record<ComplianceResult, number> = { COMPLIANT: 0, PARTIALLY_COMPLIANT: 0, NON_COMPLIANT: 0, NOT_APPLICABLE: 0, NOT_ASSESSED: 0 };
  for (const i of items) counts[i.result]++;
  const applicable = items.filter((i) => i.result !== 'NOT_APPLICABLE');
  const assessed = applicable.filter((i) => i.result !== 'NOT_ASSESSED');
  const weight = (list: readonly WeightedResult[]) => list.reduce((s, i) => s + i.weight, 0);
  const score = assessed.length ? round((100 * assessed.reduce((s, i) => s + i.weight * VALUE[i.result]!, 0)) / weight(assessed)) : null;
  const coverage = applicable.length ? round((100 * weight(assessed)) / weight(applicable)) / 100 : null;
  let status: ComplianceResult;
  let why: string;
  if (counts.NON_COMPLIANT) [status, why] = ['NON_COMPLIANT', `${counts.NON_COMPLIANT} obligation(s) NON_COMPLIANT`];
  else if (!assessed.length) [status, why] = ['NOT_ASSESSED', applicable.length ? 'no applicable obligation is assessed' : 'no obligation applies'];
  else if (assessed.every((i) => i.result === 'COMPLIANT')) [status, why] = ['COMPLIANT', `all ${assessed.length} assessed obligation(s) COMPLIANT`];
  else [status, why] = ['PARTIALLY_COMPLIANT', `${counts.PARTIALLY_COMPLIANT} PARTIALLY_COMPLIANT among ${assessed.length} assessed`];
  const reasons = [why, ...(counts.NOT_ASSESSED ? [`${counts.NOT_ASSESSED} applicable obligation(s) NOT_ASSESSED, counted apart`] : [])];
  return { status, score, coverage, counts, reasons };
}
