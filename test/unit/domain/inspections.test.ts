import { describe, expect, it } from 'vitest';
import { rankForPlan, canonicalJson, type PlanCandidate } from '../../../src/domain/inspections/plan.js';
import { conflictOfInterest, durationProblem, noticeProblem, transitionInspection } from '../../../src/domain/inspections/workflow.js';
import { scoreRisk, type RiskTable } from '../../../src/domain/risk/risk-degree.js';
import { addYears, computeSanction, type OffenceArticleSpec } from '../../../src/domain/sanctions/sanction.js';
import { violationTransitionProblem } from '../../../src/domain/sanctions/violation-status.js';
import { legalBasisOn, limitsRowOn } from '../../../src/domain/inspections/legal-basis.js';

describe(computeSanction.name, () => {
  const part1: OffenceArticleSpec = {
    code: '413-2.1',
    decidedBy: 'AGENCY',
    repeatCode: '413-2.2',
    sanctions: [
      { validFrom: '2025-11-23', validTo: '2027-01-01', fines: { INDIVIDUAL: 75, OFFICIAL: 100, LEGAL_ENTITY: 650 }, verified: true },
      { validFrom: '2027-01-01', fines: { INDIVIDUAL: 80, OFFICIAL: 110, LEGAL_ENTITY: 700 }, verified: false },
    ],
  };
  const part2: OffenceArticleSpec = { code: '413-2.2', decidedBy: 'AGENCY', sanctions: [{ validFrom: '2025-11-23', fines: { INDIVIDUAL: 250, OFFICIAL: 300, LEGAL_ENTITY: 1200 }, verified: true }] };
  const registry: OffenceArticleSpec = { code: '413-2.3', decidedBy: 'AGENCY', sanctions: [{ validFrom: '2025-11-23', fines: { LEGAL_ENTITY: 450 }, verified: true }] };
  const articles = new Map([part1, part2, registry].map((a) => [a.code, a]));
  const rates = [{ validFrom: '2025-11-23', soms: 100, verified: false }];
  const rule = { periodYears: 1, startsDayAfterDecision: true, anniversaryIncluded: true, verified: true };
  const codeVersions = [{ versionDate: '2025-05-19', inForceFrom: '2025-01-01', inForceTo: null }];
  const run = (article: OffenceArticleSpec, type: 'INDIVIDUAL' | 'OFFICIAL' | 'LEGAL_ENTITY', committedOn: string, decisions = [] as { articleCode: string; decidedOn: string }[]) =>
    computeSanction({
      article,
      articles,
      offender: { role: type === 'INDIVIDUAL' ? 'INDIVIDUAL_ENTREPRENEUR' : type, type, key: 'holder:1', assumed: false, label: 'the holder' },
      committedOn,
      decisions: decisions.map((d, i) => ({ id: i + 1, violationId: 90 + i, offenderKey: 'holder:1', decidedBy: 'AGENCY' as const, ...d })),
      rule,
      caps: [],
      rates,
      codeVersions,
      codeAct: 'kg/code/2021/128',
    });

  it.each([
    ['a legal entity, first offence', 'LEGAL_ENTITY', [], '2026-03-01', '413-2.1', 650, false],
    ['an official, first offence', 'OFFICIAL', [], '2026-03-01', '413-2.1', 100, false],
    ['a legal entity, repeat within a year after a penalty decision', 'LEGAL_ENTITY', [{ articleCode: '413-2.1', decidedOn: '2025-12-01' }], '2026-03-01', '413-2.2', 1200, true],
    ['a decision after the offence does not count', 'LEGAL_ENTITY', [{ articleCode: '413-2.1', decidedOn: '2026-03-02' }], '2026-03-01', '413-2.1', 650, false],
    ['a decision more than a year before does not count', 'LEGAL_ENTITY', [{ articleCode: '413-2.1', decidedOn: '2025-02-28' }], '2026-03-01', '413-2.1', 650, false],
    ['a decision under another article does not count', 'LEGAL_ENTITY', [{ articleCode: '413-3.1', decidedOn: '2026-01-01' }], '2026-03-01', '413-2.1', 650, false],
    ['the table in force on the commission date, across a change', 'LEGAL_ENTITY', [], '2027-02-01', '413-2.1', 700, false],
  ] as const)('%s', (_what, type, decisions, date, code, fine, repeat) => {
    const s = run(part1, type, date, [...decisions]);
    expect(s).toMatchObject({ articleCode: code, fineIndicators: fine, fineSoms: fine * 100, repeat });
    expect(s.reasons.length).toBeGreaterThanOrEqual(3);
  });

  it('sets no fine where the article has none for the offender type', () => {
    expect(run(registry, 'INDIVIDUAL', '2026-03-01')).toMatchObject({ fineIndicators: null, fineSoms: null });
  });

  it('has no table before the articles were in force', () => {
    const s = run(part1, 'LEGAL_ENTITY', '2025-01-01');
    expect(s.fineIndicators).toBeNull();
    expect(s.reasons.join(' ')).toContain('no sanction table');
  });

  it('counts a year forward correctly over a leap day', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
  });
});

describe(violationTransitionProblem.name, () => {
  it.each([
    ['RECORDED', 'UPHELD', null],
    ['UNDER_APPEAL', 'CANCELLED', null],
    ['UPHELD', 'REMEDIED', null],
    ['CANCELLED', 'UPHELD', /final/],
    ['UPHELD', 'CANCELLED', /only to REMEDIED/],
  ] as const)('%s → %s', (from, to, problem) => {
    const p = violationTransitionProblem(from, to);
    if (problem) expect(p).toMatch(problem);
    else expect(p).toBeNull();
  });
});

describe(scoreRisk.name, () => {
  const table: RiskTable = {
    code: 'risk',
    thresholds: { HIGH: 60, MEDIUM: 30 },
    rows: [
      { id: 'level-1', result: 30, when: { fact: 'risk.highestProtectionLevel', op: 'eq', value: 1 } },
      { id: 'special', result: 15, when: { fact: 'data.classes', op: 'contains', value: 'special' } },
      { id: 'violations', result: 20, when: { fact: 'violations.lastThreeYears', op: 'gte', value: 1 } },
    ],
  };
  it.each([
    ['no factor', {}, 'LOW', 0],
    ['special data only', { 'data.classes': ['special'] }, 'LOW', 15],
    ['level 1 and special', { 'risk.highestProtectionLevel': 1, 'data.classes': ['special'] }, 'MEDIUM', 45],
    ['all three', { 'risk.highestProtectionLevel': 1, 'data.classes': ['special'], 'violations.lastThreeYears': 2 }, 'HIGH', 65],
  ] as const)('%s → $2 ($3 points)', (_what, facts, degree, points) => {
    const r = scoreRisk(table, facts as never);
    expect(r).toMatchObject({ degree, points });
    expect(r.factors.map((f) => f.points).reduce((a, b) => a + b, 0)).toBe(points);
  });
});

describe(rankForPlan.name, () => {
  const c = (holderId: number, over: Partial<PlanCandidate> = {}): PlanCandidate => ({
    holderId, track: 'BUSINESS', riskDegree: 'LOW', riskPoints: 10, recordedViolations: 0, lastInspectionOn: null, ...over,
  });
  const limits = { planned: { HIGH: 12, MEDIUM: 24, LOW: 36 } };

  it('puts recorded violations first, then risk degree, then time since the last inspection', () => {
    const plan = rankForPlan({
      year: 2027,
      capacity: 10,
      moratoria: [],
      limits,
      candidates: [c(1, { riskDegree: 'HIGH', riskPoints: 90 }), c(2, { recordedViolations: 1 }), c(3, { riskDegree: 'HIGH', lastInspectionOn: '2020-05-01' }), c(4, { riskDegree: 'MEDIUM' })],
    });
    expect(plan.entries.map((e) => e.holderId)).toEqual([2, 1, 3, 4]);
    expect(plan.entries[0]).toMatchObject({ rank: 1, priorityGroup: 1 });
    expect(plan.entries[0]!.reasons[0]).toContain('priority group 1');
  });

  it('leaves business holders out during a moratorium unless a recorded violation is an exception', () => {
    const moratoria = [{ code: 'm2024', from: '2024-01-01', until: '2025-01-01', track: 'BUSINESS' as const, exceptRecordedViolations: true }];
    const plan = rankForPlan({ year: 2024, capacity: 10, moratoria, limits, candidates: [c(1), c(2, { recordedViolations: 2 }), c(3, { track: 'STATE' })] });
    expect(plan.entries.map((e) => e.holderId)).toEqual([2, 3]);
    expect(plan.excluded).toEqual([expect.objectContaining({ holderId: 1, reasons: [expect.stringContaining('moratorium m2024')] })]);
  });

  it('respects the planned-inspection frequency of each risk degree, and the capacity', () => {
    const plan = rankForPlan({
      year: 2027,
      capacity: 1,
      moratoria: [],
      limits,
      candidates: [c(1, { riskDegree: 'HIGH', lastInspectionOn: '2026-06-01' }), c(2, { riskDegree: 'LOW', lastInspectionOn: '2025-01-01' }), c(3), c(4)],
    });
    expect(plan.excluded.map((e) => e.holderId)).toEqual([1, 2]);
    expect(plan.entries.map((e) => e.holderId)).toEqual([3]);
    expect(plan.waiting.map((e) => e.holderId)).toEqual([4]);
  });

  it('hashes a canonical form that does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: null }] })).toBe(canonicalJson({ a: [{ c: null, d: 2 }], b: 1 }));
  });
});

describe('inspection guards', () => {
  it('refuses a start before the notice period, naming the rule', () => {
    expect(noticeProblem({ planned: true, noticeDate: '2027-03-01', startDate: '2027-03-05', noticeDays: 10 })).toMatchObject({ rule: 'advance-notice' });
    expect(noticeProblem({ planned: true, noticeDate: '2027-03-01', startDate: '2027-03-11', noticeDays: 10 })).toBeNull();
    expect(noticeProblem({ planned: false, noticeDate: null, startDate: '2027-03-01', noticeDays: 10 })).toBeNull();
  });

  it('refuses an inspection longer than the maximum duration', () => {
    expect(durationProblem('2027-03-01', '2027-03-20', 20)).toBeNull();
    expect(durationProblem('2027-03-01', '2027-03-21', 20)).toMatchObject({ rule: 'maximum-duration' });
  });

  it.each([
    ['an inspector who inspected the holder last year', [{ holderId: 1, inspectorIds: [7], endDate: '2026-05-01', startDate: '2026-04-20' }], [], 'conflict-of-interest'],
    ['an inspector who declared a conflict', [], [{ inspectorId: 7, holderId: 1 }], 'conflict-of-interest'],
    ['an inspector who inspected it long ago', [{ holderId: 1, inspectorIds: [7], endDate: '2022-05-01', startDate: '2022-04-20' }], [], null],
    ['an inspector who inspected another holder', [{ holderId: 2, inspectorIds: [7], endDate: '2026-05-01', startDate: '2026-04-20' }], [], null],
  ])('for %s answers $3', (_what, pastInspections, declaredConflicts, rule) => {
    const r = conflictOfInterest({ inspectorId: 7, holderId: 1, startDate: '2027-03-01', lookbackMonths: 36, pastInspections, declaredConflicts });
    expect(r?.rule ?? null).toBe(rule);
  });

  it('allows only the workflow transitions', () => {
    expect(transitionInspection('PLANNED', 'NOTIFY')).toEqual({ to: 'NOTIFIED' });
    expect(transitionInspection('COMPLETED', 'CANCEL')).toMatchObject({ rule: 'inspection-status' });
  });
});

describe('in-force legal bases only', () => {
  const res158 = { code: 'kg/cabinet-resolution/2023/158', type: 'CABINET_RESOLUTION', versions: [{ versionDate: '2023-03-22', inForceFrom: '2023-03-22', inForceTo: null }] };
  const draft = { code: 'kg/draft/2022/state-bodies-control', type: 'DRAFT', versions: [{ versionDate: '2022-01-01', inForceFrom: null, inForceTo: null }] };

  it('cites Res. 158 from the day it is in force, not the day before', () => {
    expect(legalBasisOn(res158, res158.code, '2023-03-22')).toMatchObject({ act: res158.code, versionDate: '2023-03-22' });
    expect(legalBasisOn(res158, res158.code, '2023-03-21')).toMatchObject({ rule: 'legal-basis-in-force' });
  });

  it('never cites a draft, nor an act that is not loaded', () => {
    expect(legalBasisOn(draft, draft.code, '2026-06-01')).toMatchObject({ rule: 'legal-basis-in-force', reason: expect.stringMatching(/draft/) });
    expect(legalBasisOn(null, 'kg/law/2099/1', '2026-06-01')).toMatchObject({ rule: 'legal-basis-in-force' });
  });

  it('picks the limits row in force on the date and refuses before the first one', () => {
    const rows = [
      { track: 'STATE', validFrom: '2023-03-22', sourceAct: res158.code },
      { track: 'BUSINESS', validFrom: '2007-05-25', sourceAct: 'kg/law/2007/72' },
    ];
    expect(limitsRowOn(rows, 'STATE', '2023-03-22')).toMatchObject({ sourceAct: res158.code });
    expect(limitsRowOn(rows, 'STATE', '2023-03-21')).toMatchObject({ rule: 'legal-basis-in-force' });
  });

  it('the seeded state-track limits rest on Res. 158, never on the draft', async () => {
    const { parse } = await import('yaml');
    const { readFileSync } = await import('node:fs');
    const rules = parse(readFileSync('seeds/inspection-rules/inspection-rules.yaml', 'utf8')) as { limits: { track: string; sourceAct: string }[] };
    expect(rules.limits.filter((l) => l.track === 'STATE').map((l) => l.sourceAct)).toEqual(['kg/cabinet-resolution/2023/158']);
    expect(rules.limits.some((l) => l.sourceAct.startsWith('kg/draft/'))).toBe(false);
  });
});
