// The impact tally over a hand-built Registry of four holders, every figure worked out here: a
// draft act brings r.state (state bodies) and takes nothing away; a law in force brings r.all.
import { describe, expect, it } from 'vitest';
import type { Catalog, HolderInputs } from '../../../src/domain/compliance/assess-holder.js';
import { ImpactTally } from '../../../src/domain/impact/registry-impact.js';
import type { HolderKindValue } from '../../../src/domain/registry/holder-kind.js';

const DRAFT = 'kg/draft/2030/test';
const LAW = 'kg/law/2000/1';
const catalog: Catalog = {
  requirements: [
    { code: 'r.all', appliesTo: 'HOLDER', sourceAct: LAW, rule: null, weight: 1 },
    { code: 'r.state', appliesTo: 'HOLDER', sourceAct: DRAFT, rule: { fact: 'holder.kind', op: 'eq', value: 'STATE_BODY' }, weight: 1 },
  ],
  versionsByAct: new Map([
    [LAW, [{ versionDate: '2000-01-01', inForceFrom: '2000-01-01', inForceTo: null }]],
    [DRAFT, [{ versionDate: '2030-01-01', inForceFrom: null, inForceTo: null }]],
  ]),
  protectionLevels: { code: 'none', default: null, rows: [] },
};

const holder = (id: number, kind: HolderKindValue, compliantWithLaw: boolean): HolderInputs => ({
  holder: { id, kind, registrationStatus: 'REGISTERED', sectorKey: 'public' },
  arrays: [],
  systems: [],
  assessments: compliantWithLaw
    ? [{ id, requirementCode: 'r.all', targetType: 'HOLDER', targetId: id, result: 'COMPLIANT', assessedOn: '2026-01-01', isSelfAssessment: false, evidence: [] }]
    : [],
  violations: [],
});

describe('ImpactTally', () => {
  it('counts each added requirement per holder, its breakdowns, and who leaves COMPLIANT', () => {
    const tally = new ImpactTally(catalog, '2026-06-01', new Set([DRAFT]));
    tally.add(1, holder(1, 'STATE_BODY', true), { kind: 'STATE_BODY', sectorKey: 'public', regionCode: 'KG-GB' });
    tally.add(2, holder(2, 'STATE_BODY', false), { kind: 'STATE_BODY', sectorKey: 'public', regionCode: 'KG-C' });
    tally.add(3, holder(3, 'COMMERCIAL_ORGANISATION', true), { kind: 'COMMERCIAL_ORGANISATION', sectorKey: null, regionCode: 'KG-GB' });
    tally.add(4, holder(4, 'LOCAL_SELF_GOVERNMENT', true), { kind: 'LOCAL_SELF_GOVERNMENT', sectorKey: 'public', regionCode: null });
    const { cells, totals } = tally.result();
    // r.state newly applies to the two state bodies only.
    expect(cells).toEqual([
      {
        requirementCode: 'r.state',
        change: 'ADDED',
        holders: 2,
        targets: { HOLDER: 2, ARRAY: 0, SYSTEM: 0 },
        by: { kind: { STATE_BODY: 2 }, sector: { public: 2 }, region: { 'KG-C': 1, 'KG-GB': 1 }, track: { STATE: 2 } },
        sample: [1, 2],
      },
    ]);
    // Holder 1 was COMPLIANT (r.all assessed) and has r.state not assessed under the draft: 1 of 2 obligations.
    expect(totals).toEqual({ holders: 4, holdersAffected: 2, leaveCompliant: 1, leaveCompliantNotAssessedShare: 0.5, leaveCompliantSample: [1] });
  });
});
