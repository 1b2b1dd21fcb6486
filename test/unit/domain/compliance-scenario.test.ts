// Drafts that remove: a scenario act repeals, replaces or takes over baseline requirements, only
// when it is in the scenario, and obligationsDiff reports added, removed and changed with reasons.
import { describe, expect, it } from 'vitest';
import { determineObligations, diffObligations, type RequirementSpec, type Target } from '../../../src/domain/compliance/applicability.js';
import type { DatedVersion } from '../../../src/domain/legal/versions.js';

const LAW = 'kg/law/2008/58';
const DRAFT = 'kg/draft/2023/law';
const versionsByAct = new Map<string, DatedVersion[]>([
  [LAW, [{ versionDate: '2021-11-29', inForceFrom: '2021-11-29', inForceTo: null }]],
  ['kg/government-resolution/2017/759', [{ versionDate: '2017-11-21', inForceFrom: '2017-11-21', inForceTo: null }]],
  [DRAFT, [{ versionDate: '2023-10-23', inForceFrom: null, inForceTo: null }]],
  ['kg/draft/2022/other', [{ versionDate: '2022-01-01', inForceFrom: null, inForceTo: null }]],
]);
const effect = { act: DRAFT, cites: `${DRAFT}#art_60`, verified: false, note: 'a reading of the aims' };
const requirements: RequirementSpec[] = [
  { code: 'registration', appliesTo: 'HOLDER', sourceAct: LAW, rule: null, scenarioEffects: [{ ...effect, kind: 'REPEALS' }] },
  { code: 'policy', appliesTo: 'HOLDER', sourceAct: LAW, rule: null, scenarioEffects: [{ ...effect, kind: 'REPLACES', replacement: 'draft.policy' }] },
  { code: 'special', appliesTo: 'HOLDER', sourceAct: LAW, rule: null, scenarioEffects: [{ ...effect, kind: 'REPLACES', replacement: 'draft.special' }] },
  {
    code: 'consent', appliesTo: 'HOLDER', sourceAct: LAW, rule: null,
    citations: [{ ref: `${LAW}#art_9` }, { ref: 'kg/government-resolution/2017/759' }],
    scenarioEffects: [{ ...effect, kind: 'TAKES_OVER', cites: `${DRAFT}#art_1` }],
  },
  { code: 'untouched', appliesTo: 'HOLDER', sourceAct: LAW, rule: null },
  { code: 'draft.policy', appliesTo: 'HOLDER', sourceAct: DRAFT, rule: null },
  { code: 'draft.special', appliesTo: 'HOLDER', sourceAct: DRAFT, rule: { fact: 'holder.track', op: 'eq', value: 'STATE' } },
  { code: 'draft.dpo', appliesTo: 'HOLDER', sourceAct: DRAFT, rule: null },
];
const holder: Target = { type: 'HOLDER', id: 1, facts: { 'holder.track': 'BUSINESS' } };
const run = (scenario: string[]) => determineObligations({ requirements, versionsByAct, targets: [holder], asOf: '2024-06-01', scenario: new Set(scenario) });
const codes = (list: { obligation: { requirementCode: string } }[]) => list.map((e) => e.obligation.requirementCode);

describe('scenario effects', () => {
  it('apply only when their act is in the scenario', () => {
    const other = run(['kg/draft/2022/other']);
    expect(other.filter((o) => o.applies).map((o) => o.requirementCode)).toEqual(['registration', 'policy', 'special', 'consent', 'untouched']);
    expect(other.every((o) => o.effect === null)).toBe(true);
    expect(diffObligations(run([]), other)).toEqual({ added: [], removed: [], changed: [] });
  });

  it('a repeal ends the obligation under the scenario, with the draft’s provision as the reason', () => {
    const repealed = run([DRAFT]).find((o) => o.requirementCode === 'registration')!;
    expect(repealed.applies).toBe(false);
    expect(repealed.reasons[0]).toBe(`under the scenario ${DRAFT}#art_60 repeals registration (verified: false: a reading of the aims)`);
  });

  const diff = diffObligations(run([]), run([DRAFT]));

  it('reports the repealed one as removed, and a replacement that does not apply to the target as removed', () => {
    expect(codes(diff.removed)).toEqual(['registration', 'special']);
    expect(diff.removed[0]!.reasons[0]).toContain(`${DRAFT}#art_60 repeals registration`);
    expect(diff.removed[1]!.reasons.slice(0, 2)).toEqual([
      `under the scenario ${DRAFT}#art_60 replaces special with draft.special (verified: false: a reading of the aims)`,
      'draft.special does not apply to this target',
    ]);
  });

  it('reports a replacement that applies as changed (same target), not as added', () => {
    const replaced = diff.changed.find((c) => c.baseline.requirementCode === 'policy')!;
    expect(replaced.scenario.requirementCode).toBe('draft.policy');
    expect(replaced.reasons[0]).toContain('replaces policy with draft.policy');
    expect(replaced.reasons).toContain(`basis: ${LAW} (version of 2021-11-29) → ${DRAFT} via the scenario`);
    expect(codes(diff.added)).toEqual(['draft.dpo']);
  });

  it('reports a take-over as changed: same obligation, basis and citations moved to the draft', () => {
    const taken = diff.changed.find((c) => c.baseline.requirementCode === 'consent')!;
    expect(taken.scenario.requirementCode).toBe('consent');
    expect(taken.scenario.applies).toBe(true);
    expect(taken.reasons).toEqual([
      `under the scenario ${DRAFT}#art_1 takes over consent: its basis moves to ${DRAFT} (verified: false: a reading of the aims)`,
      `basis: ${LAW} (version of 2021-11-29) → ${DRAFT} via the scenario`,
      `citations: no longer ${LAW}#art_9; now ${DRAFT}#art_1`,
    ]);
    expect(taken.scenario.citations.map((c) => c.ref)).toEqual([`${DRAFT}#art_1`, 'kg/government-resolution/2017/759']);
  });

  it('leaves an untouched obligation out of the diff, unless its effective result differs', () => {
    expect(diff.changed.map((c) => c.baseline.requirementCode)).toEqual(['policy', 'consent']);
    const base = run([]).map((o) => ({ ...o, result: 'COMPLIANT' as const }));
    const next = run([DRAFT]).map((o) => ({ ...o, result: o.requirementCode === 'untouched' ? ('NON_COMPLIANT' as const) : ('COMPLIANT' as const) }));
    const withResults = diffObligations(base, next);
    const untouched = withResults.changed.find((c) => c.baseline.requirementCode === 'untouched')!;
    expect(untouched.reasons).toEqual(['result: COMPLIANT → NON_COMPLIANT']);
  });
});
