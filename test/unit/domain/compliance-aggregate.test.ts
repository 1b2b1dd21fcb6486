// Honest aggregates: each rule of src/domain/compliance/aggregate.ts, and the stored-counts twin.
import { describe, expect, it } from 'vitest';
import { aggregateResults, statusFromCounts, type WeightedResult } from '../../../src/domain/compliance/aggregate.js';
import { RESULTS, type ComplianceResult } from '../../../src/domain/compliance/results.js';

const items = (spec: Partial<Record<ComplianceResult, number>>): WeightedResult[] =>
  Object.entries(spec).flatMap(([result, n]) => Array.from({ length: n! }, () => ({ result: result as ComplianceResult, weight: 1 })));

describe(aggregateResults.name, () => {
  it('1 of 30 applicable obligations assessed and compliant is PARTIALLY_ASSESSED, not COMPLIANT', () => {
    const agg = aggregateResults(items({ COMPLIANT: 1, NOT_ASSESSED: 29, NOT_APPLICABLE: 4 }));
    expect(agg.status).toBe('PARTIALLY_ASSESSED');
    expect(agg.score).toBe(100);
    expect(agg.coverage).toBe(0.033);
    expect(agg.reasons[0]).toBe('1 of 30 applicable obligation(s) assessed; 29 NOT_ASSESSED, so the status cannot be COMPLIANT');
    expect(agg.scoreReason).toContain('over the 1 assessed of 30 applicable');
    expect(agg.coverageReason).toBe('coverage 0.033: assessed weight 1 of applicable weight 30 (1 of 30 obligation(s))');
  });

  it.each([
    ['every applicable one assessed and compliant', { COMPLIANT: 3, NOT_APPLICABLE: 2 }, 'COMPLIANT', 100, 1],
    ['the last one not assessed', { COMPLIANT: 2, NOT_ASSESSED: 1 }, 'PARTIALLY_ASSESSED', 100, 0.667],
    ['all assessed, one partly compliant', { COMPLIANT: 1, PARTIALLY_COMPLIANT: 1 }, 'PARTIALLY_COMPLIANT', 75, 1],
    ['partly compliant and not assessed', { PARTIALLY_COMPLIANT: 1, NOT_ASSESSED: 1 }, 'PARTIALLY_ASSESSED', 50, 0.5],
    ['a non-compliant one, whatever the coverage', { NON_COMPLIANT: 1, NOT_ASSESSED: 9 }, 'NON_COMPLIANT', 0, 0.1],
    ['nothing assessed', { NOT_ASSESSED: 2, NOT_APPLICABLE: 1 }, 'NOT_ASSESSED', null, 0],
    ['nothing applies', { NOT_APPLICABLE: 3 }, 'NOT_APPLICABLE', null, null],
    ['no obligation at all', {}, 'NOT_APPLICABLE', null, null],
  ] as const)('%s → $2 (score $3, coverage $4)', (_what, spec, status, score, coverage) => {
    const agg = aggregateResults(items(spec));
    expect(agg).toMatchObject({ status, score, coverage });
    expect(agg.reasons).toEqual([expect.any(String), agg.scoreReason, agg.coverageReason]);
  });

  it('weights the score over assessed obligations and the coverage over applicable ones', () => {
    const agg = aggregateResults([
      { result: 'COMPLIANT', weight: 3 },
      { result: 'PARTIALLY_COMPLIANT', weight: 1 },
      { result: 'NOT_ASSESSED', weight: 4 },
    ]);
    expect(agg).toMatchObject({ status: 'PARTIALLY_ASSESSED', score: 87.5, coverage: 0.5 });
  });
});

describe(statusFromCounts.name, () => {
  it('gives the same status as aggregateResults for every mix of up to two of each result', () => {
    const mixes: Partial<Record<ComplianceResult, number>>[] = [{}];
    for (const r of RESULTS) for (const m of [...mixes]) for (const n of [1, 2]) mixes.push({ ...m, [r]: n });
    expect(mixes.length).toBe(243);
    for (const m of mixes) expect([m, statusFromCounts(m)]).toEqual([m, aggregateResults(items(m)).status]);
  });
});
