import { describe, expect, it } from 'vitest';
import { aggregateResults, type WeightedResult } from '../../../src/domain/compliance/aggregate.js';
import { determineObligations, diffObligations, type RequirementSpec, type Target } from '../../../src/domain/compliance/applicability.js';
import { effectiveResult, type AssessmentRecord, type ComplianceResult } from '../../../src/domain/compliance/results.js';

describe(aggregateResults.name, () => {
  const r = (...results: ComplianceResult[]): WeightedResult[] => results.map((result) => ({ result, weight: 1 }));
  it.each([
    ['nothing applies', r('NOT_APPLICABLE'), 'NOT_APPLICABLE', null],
    ['nothing assessed', r('NOT_ASSESSED', 'NOT_ASSESSED'), 'NOT_ASSESSED', null],
    ['all compliant', r('COMPLIANT', 'COMPLIANT', 'NOT_APPLICABLE'), 'COMPLIANT', 100],
    ['compliant with some not assessed: only partly assessed', r('COMPLIANT', 'NOT_ASSESSED'), 'PARTIALLY_ASSESSED', 100],
    ['a mix', r('COMPLIANT', 'PARTIALLY_COMPLIANT'), 'PARTIALLY_COMPLIANT', 75],
    ['any non-compliant wins', r('COMPLIANT', 'PARTIALLY_COMPLIANT', 'NON_COMPLIANT', 'NOT_ASSESSED'), 'NON_COMPLIANT', 50],
  ] as const)('%s → $2, score $3', (_what, items, status, score) => {
    const agg = aggregateResults(items);
    expect(agg.status).toBe(status);
    expect(agg.score).toBe(score);
  });

  it('weights the score and reports coverage', () => {
    const agg = aggregateResults([
      { result: 'COMPLIANT', weight: 3 },
      { result: 'NON_COMPLIANT', weight: 1 },
      { result: 'NOT_ASSESSED', weight: 4 },
    ]);
    expect(agg).toMatchObject({ status: 'NON_COMPLIANT', score: 75, coverage: 0.5 });
    expect(agg.counts).toMatchObject({ COMPLIANT: 1, NON_COMPLIANT: 1, NOT_ASSESSED: 1 });
  });
});

describe(effectiveResult.name, () => {
  const finding = (over: Partial<AssessmentRecord> = {}): AssessmentRecord => ({
    id: 1,
    requirementCode: 'r',
    targetType: 'HOLDER',
    targetId: 1,
    result: 'COMPLIANT',
    assessedOn: '2025-01-10',
    isSelfAssessment: false,
    evidence: [{ title: 'policy', validUntil: '2025-12-31' }],
    ...over,
  });
  const base = { requirementCode: 'r', applies: true, violations: [], asOf: '2025-06-01' };

  it('uses the latest Agency finding on or before the date', () => {
    const later = finding({ id: 2, assessedOn: '2025-03-01', result: 'PARTIALLY_COMPLIANT' });
    const future = finding({ id: 3, assessedOn: '2025-09-01', result: 'NON_COMPLIANT' });
    expect(effectiveResult({ ...base, assessments: [finding(), later, future] })).toMatchObject({ result: 'PARTIALLY_COMPLIANT', assessmentId: 2 });
  });

  it('turns a finding with expired evidence into NOT_ASSESSED', () => {
    const r = effectiveResult({ ...base, asOf: '2026-01-01', assessments: [finding()] });
    expect(r.result).toBe('NOT_ASSESSED');
    expect(r.reasons[0]).toContain('expired on 2025-12-31');
  });

  it('never counts a self-assessment as the Agency finding', () => {
    const r = effectiveResult({ ...base, assessments: [finding({ isSelfAssessment: true })] });
    expect(r).toMatchObject({ result: 'NOT_ASSESSED', selfAssessment: 'COMPLIANT' });
  });

  it('makes an obligation NON_COMPLIANT while a linked violation is open, and not after it is closed', () => {
    const violations = [{ id: 9, requirementCodes: ['r'], detectedOn: '2025-05-01', closedOn: '2025-07-01' }];
    expect(effectiveResult({ ...base, violations, assessments: [finding()] }).result).toBe('NON_COMPLIANT');
    expect(effectiveResult({ ...base, asOf: '2025-07-01', violations, assessments: [finding()] }).result).toBe('COMPLIANT');
  });

  it('answers NOT_APPLICABLE when the obligation does not apply', () => {
    expect(effectiveResult({ ...base, applies: false, assessments: [finding()] }).result).toBe('NOT_APPLICABLE');
  });
});

describe(determineObligations.name, () => {
  const versionsByAct = new Map([
    ['kg/law/2008/58', [{ versionDate: '2008-04-14', inForceFrom: '2008-04-18', inForceTo: null }]],
    ['kg/cabinet-resolution/2022/668', [{ versionDate: '2022-12-07', inForceFrom: '2022-12-20', inForceTo: null }]],
    ['kg/draft/2023/law', [{ versionDate: '2023-10-23', inForceFrom: null, inForceTo: null }]],
  ]);
  const requirements: RequirementSpec[] = [
    { code: 'register', appliesTo: 'HOLDER', sourceAct: 'kg/law/2008/58', rule: null },
    { code: 'threat-list', appliesTo: 'HOLDER', sourceAct: 'kg/cabinet-resolution/2022/668', rule: { fact: 'holder.track', op: 'eq', value: 'BUSINESS' } },
    { code: 'dpo', appliesTo: 'HOLDER', sourceAct: 'kg/draft/2023/law', rule: null },
    { code: 'array-listed', appliesTo: 'ARRAY', sourceAct: 'kg/law/2008/58', rule: null },
  ];
  const business: Target = { type: 'HOLDER', id: 1, facts: { 'holder.track': 'BUSINESS' } };
  const state: Target = { type: 'HOLDER', id: 2, facts: { 'holder.track': 'STATE' } };
  const run = (asOf: string, targets: Target[], scenario?: Set<string>) => determineObligations({ requirements, versionsByAct, targets, asOf, scenario });

  it('brings the chapter 25 threat list in only from its entry into force, and only for business', () => {
    expect(run('2022-12-19', [business]).map((o) => o.requirementCode)).toEqual(['register']);
    const after = run('2023-01-01', [business, state]).filter((o) => o.requirementCode === 'threat-list');
    expect(after.map((o) => [o.target.id, o.applies])).toEqual([[1, true], [2, false]]);
    expect(after[0]!.reasons).toEqual([
      'kg/cabinet-resolution/2022/668 version of 2022-12-07 is in force on 2023-01-01',
      'cites kg/cabinet-resolution/2022/668 (version of 2022-12-07, in force on 2023-01-01)',
      'holder.track eq "BUSINESS" (actual "BUSINESS") → true',
    ]);
  });

  it('evaluates each requirement only for its kind of target', () => {
    const arrayTarget: Target = { type: 'ARRAY', id: 7, facts: {} };
    expect(run('2024-01-01', [arrayTarget]).map((o) => o.requirementCode)).toEqual(['array-listed']);
  });

  it('adds a draft’s obligations only in a scenario, and the diff shows them as added', () => {
    const baseline = run('2024-01-01', [business]);
    const scenario = run('2024-01-01', [business], new Set(['kg/draft/2023/law']));
    expect(baseline.map((o) => o.requirementCode)).not.toContain('dpo');
    const dpo = scenario.find((o) => o.requirementCode === 'dpo')!;
    expect(dpo.basis).toMatchObject({ viaScenario: true, version: null });
    const diff = diffObligations(baseline, scenario);
    expect(diff.added.map((e) => e.obligation.requirementCode)).toEqual(['dpo']);
    expect(diff.removed).toEqual([]);
  });
});
