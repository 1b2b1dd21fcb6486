// Dated citations: a reference counts on D only while its act has a version in force on D.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { citationsOn, citationWindowProblem } from '../../../src/domain/legal/citations.js';
import { determineObligations, type RequirementSpec, type Target } from '../../../src/domain/compliance/applicability.js';
import type { DatedVersion } from '../../../src/domain/legal/versions.js';
import { SEEDS_DIR } from '../../../src/paths.js';
import { readLegalActs } from '../../../src/seeding/read-legal-acts.js';
import { readRequirements } from '../../../src/seeding/requirements.js';

// As in seeds/legal-acts: Res. 638 is in force from its adoption; Law 95 (amending the Code of
// Offences) was adopted on 19 May 2025 and entered into force on 23 Nov 2025; a draft never is.
const versionsByAct = new Map<string, DatedVersion[]>([
  ['kg/law/2008/58', [{ versionDate: '2008-04-14', inForceFrom: '2008-04-18', inForceTo: null }]],
  ['kg/cabinet-resolution/2022/638', [{ versionDate: '2022-11-18', inForceFrom: '2022-11-18', inForceTo: null }]],
  ['kg/law/2025/95', [{ versionDate: '2025-05-19', inForceFrom: '2025-11-23', inForceTo: null }]],
  ['kg/law/2017/old', [{ versionDate: '2017-01-01', inForceFrom: '2017-01-01', inForceTo: '2020-01-01' }]],
  ['kg/draft/2023/law', [{ versionDate: '2023-10-23', inForceFrom: null, inForceTo: null }]],
]);
const refs = (asOf: string, specs: { ref: string; validFrom?: string; validTo?: string }[], scenario?: Set<string>) =>
  citationsOn(specs, versionsByAct, asOf, scenario).cited.map((c) => c.ref);

describe(citationsOn.name, () => {
  const registration = [{ ref: 'kg/law/2008/58#art_30' }, { ref: 'kg/cabinet-resolution/2022/638' }];

  it('cites Res. 638 only from the day it is in force', () => {
    expect(refs('2022-11-17', registration)).toEqual(['kg/law/2008/58#art_30']);
    expect(refs('2022-11-18', registration)).toEqual(['kg/law/2008/58#art_30', 'kg/cabinet-resolution/2022/638']);
    const before = citationsOn(registration, versionsByAct, '2016-06-01');
    expect(before.omitted).toEqual([{ ref: 'kg/cabinet-resolution/2022/638', reason: expect.stringContaining('not yet in force on 2016-06-01 (in force from 2022-11-18)') }]);
  });

  it('does not cite an act adopted but not yet in force (adoption ≠ entry into force)', () => {
    const law95 = [{ ref: 'kg/law/2025/95' }];
    expect(refs('2025-05-18', law95)).toEqual([]);
    expect(refs('2025-05-19', law95)).toEqual([]);
    expect(refs('2025-11-22', law95)).toEqual([]);
    expect(refs('2025-11-23', law95)).toEqual(['kg/law/2025/95']);
  });

  it('stops citing an act on the day it is no longer in force', () => {
    const old = [{ ref: 'kg/law/2017/old' }];
    expect(refs('2019-12-31', old)).toEqual(['kg/law/2017/old']);
    expect(refs('2020-01-01', old)).toEqual([]);
    expect(citationsOn(old, versionsByAct, '2020-01-01').omitted[0]!.reason).toContain('no longer in force on 2020-01-01 (ended 2020-01-01)');
  });

  it('keeps an explicit window (wording moved between acts): first day in, first day out', () => {
    const moved = [{ ref: 'kg/law/2008/58#art_30', validFrom: '2010-01-01', validTo: '2021-11-29' }];
    expect(refs('2009-12-31', moved)).toEqual([]);
    expect(refs('2010-01-01', moved)).toEqual(['kg/law/2008/58#art_30']);
    expect(refs('2021-11-28', moved)).toEqual(['kg/law/2008/58#art_30']);
    expect(refs('2021-11-29', moved)).toEqual([]);
  });

  it('cites a draft only when the scenario treats it as in force', () => {
    expect(refs('2024-01-01', [{ ref: 'kg/draft/2023/law' }])).toEqual([]);
    const [c] = citationsOn([{ ref: 'kg/draft/2023/law' }], versionsByAct, '2024-01-01', new Set(['kg/draft/2023/law'])).cited;
    expect(c).toMatchObject({ ref: 'kg/draft/2023/law', viaScenario: true, version: null });
  });
});

describe(citationWindowProblem.name, () => {
  const v = versionsByAct.get('kg/cabinet-resolution/2022/638')!;
  it('accepts no window, or one that meets an in-force version', () => {
    expect(citationWindowProblem({ ref: 'x' }, v)).toBeNull();
    expect(citationWindowProblem({ ref: 'x', validFrom: '2023-01-01' }, v)).toBeNull();
  });
  it('refuses a window before the act is in force, or a reversed one', () => {
    expect(citationWindowProblem({ ref: 'kg/cabinet-resolution/2022/638', validTo: '2022-11-18' }, v)).toContain('would never be cited');
    expect(citationWindowProblem({ ref: 'x', validFrom: '2024-01-01', validTo: '2023-01-01' }, v)).toContain('validTo must be after validFrom');
  });
});

describe('a requirement whose every source is not yet in force', () => {
  const req: RequirementSpec = {
    code: 'r', appliesTo: 'HOLDER', sourceAct: 'kg/law/2008/58', rule: null,
    citations: [{ ref: 'kg/cabinet-resolution/2022/638' }],
  };
  const holder: Target = { type: 'HOLDER', id: 1, facts: {} };
  const run = (asOf: string) => determineObligations({ requirements: [req], versionsByAct, targets: [holder], asOf })[0]!;
  it('does not apply before its source is in force, saying so, and applies from that day', () => {
    const before = run('2022-11-17');
    expect(before.applies).toBe(false);
    expect(before.citations).toEqual([]);
    expect(before.reasons[0]).toBe('none of its cited sources is in force on 2022-11-17, so it does not apply yet');
    const after = run('2022-11-18');
    expect(after.applies).toBe(true);
    expect(after.citations.map((c) => c.ref)).toEqual(['kg/cabinet-resolution/2022/638']);
  });
});

describe('the seeded requirements', () => {
  const acts = readLegalActs(join(SEEDS_DIR, 'legal-acts'));
  const requirements: RequirementSpec[] = readRequirements(SEEDS_DIR, acts).requirements.map((r) => ({ ...r, rule: (r.rule ?? null) as RequirementSpec['rule'] }));
  const seededVersions = new Map(acts.map((a) => [a.act.code, a.act.versions as DatedVersion[]]));
  const adopted = new Map(acts.map((a) => [a.act.code, a.act.adoptedOn ?? null]));
  const targets: Target[] = [
    { type: 'HOLDER', id: 1, facts: {} },
    { type: 'ARRAY', id: 2, facts: {} },
    { type: 'SYSTEM', id: 3, facts: {} },
  ];
  const obligationsOn = (asOf: string) => determineObligations({ requirements, versionsByAct: seededVersions, targets, asOf });

  it('on 2016-06-01 cite no act adopted in 2017 or later (Res. 759, 760, 638 among them)', () => {
    const cited = obligationsOn('2016-06-01').flatMap((o) => o.citations.map((c) => c.actCode));
    expect(cited.length).toBeGreaterThan(0);
    const late = cited.filter((code) => (adopted.get(code) ?? '9999') >= '2017-01-01');
    expect(late).toEqual([]);
  });

  it('cite Res. 638 for the Registry only from 18 Nov 2022, and say what governed before is not recorded', () => {
    const registration = (asOf: string) => obligationsOn(asOf).find((o) => o.requirementCode === 'kg.law58.art30.holder-registration')!;
    const before = registration('2022-11-17');
    expect(before.citations.map((c) => c.ref)).toEqual(['kg/law/2008/58#art_30', 'kg/law/2008/58#art_18']);
    expect(before.omittedCitations[0]!.reason).toContain('not recorded in seeds/legal-acts');
    expect(registration('2022-11-18').citations.map((c) => c.ref)).toContain('kg/cabinet-resolution/2022/638');
  });

  it('cite Res. 760 from its entry into force on 21 Nov 2017, not the day before', () => {
    const security = (asOf: string) => obligationsOn(asOf).find((o) => o.requirementCode === 'kg.law58.art21.security')!.citations.map((c) => c.ref);
    expect(security('2017-11-20')).not.toContain('kg/government-resolution/2017/760');
    expect(security('2017-11-21')).toContain('kg/government-resolution/2017/760');
  });
});

describe('requirement seeds are validated against the legal-act seeds', () => {
  it('refuse a dated reference that could never be cited, naming file and path', async () => {
    const { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'citations-'));
    try {
      cpSync(SEEDS_DIR, dir, { recursive: true });
      const file = join(dir, 'requirements', 'law-58.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('      - ref: kg/cabinet-resolution/2022/638\n', '      - ref: kg/cabinet-resolution/2022/638\n        validTo: 2020-01-01\n'));
      const acts = readLegalActs(join(dir, 'legal-acts'), dir);
      expect(() => readRequirements(dir, acts, dir)).toThrowError(/would never be cited/);
      try {
        readRequirements(dir, acts, dir);
      } catch (e) {
        expect(e).toMatchObject({ path: 'requirements[0].provisions[2]' });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a reference whose wording moved between acts (Res. 108 chapter 25, inserted by Res. 668)', () => {
  const acts = readLegalActs(join(SEEDS_DIR, 'legal-acts'));
  const req = readRequirements(SEEDS_DIR, acts).requirements.find((r) => r.code === 'kg.res108.ch25.para89.threat-list')!;
  const versions = new Map(acts.map((a) => [a.act.code, a.act.versions as DatedVersion[]]));
  it('is not cited before 7 Dec 2022 although Res. 108 is in force, and is from that day', () => {
    expect(citationsOn(req.citations, versions, '2022-12-06').cited.map((c) => c.ref)).toEqual([]);
    expect(citationsOn(req.citations, versions, '2022-12-07').cited.map((c) => c.ref)).toEqual([
      'kg/government-resolution/2012/108#para_89',
      'kg/government-resolution/2012/108#chp_25',
      'kg/cabinet-resolution/2022/668',
    ]);
  });
});
