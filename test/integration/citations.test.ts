// Dated citations and drafts that remove, through GraphQL on the real seeded database.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { seedReferenceData } from '../../src/seeding/seed.js';
import { DatedObligationsDocument, DraftDiffDocument } from '../__generated__/graphql.js';
import { makeArray, makeHolder, makeSystem } from '../factories/registry.js';
import { registrySince } from '../support/registry-history.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const DRAFT_LAW = 'kg/draft/2023/law-on-personal-data-protection';
const DIGITAL_CODE = 'kg/code/2025/178';
let hub: TestHub;
let inspector: Viewer;
let withSystem: string;
let withoutSystem: string;

beforeAll(async () => {
  hub = await startTestHub();
  inspector = await hub.viewerFor('INSPECTOR');
  const h = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Цитаты»' });
  const staff = await makeArray(hub.orm.em, h.id, { dataCategories: ['ordinary.identity.full_name', 'special.health'], crossBorderCountries: ['KZ'] });
  await makeSystem(hub.orm.em, h.id, [staff.id], { threatType: 'TYPE_3' });
  withSystem = h.tin;
  withoutSystem = (await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Без систем»' })).tin;
  await registrySince(hub, '2010-01-01'); // the days asked about are before the fixtures were written
});
afterAll(() => hub.close());

const obligations = async (asOf: string, scenario?: string[]) => {
  const { data, errors } = await hub.execute(DatedObligationsDocument, { holderTin: withSystem, asOf, scenario }, inspector);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.obligations;
};

describe('obligations on a date cite only acts in force then', () => {
  it('a 2016 question cites no act of 2017 or later, neither in citations nor in the requirement’s provisions', async () => {
    const list = await obligations('2016-06-01');
    expect(list.length).toBeGreaterThan(5);
    const cited = list.flatMap((o) => o.citations.map((c) => c.reference));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((r) => !r.act?.adoptedOn || r.act.adoptedOn >= '2017-01-01')).toEqual([]);
    const provisions = list.flatMap((o) => o.requirement.provisions.map((p) => p.code));
    for (const late of ['kg/government-resolution/2017/759', 'kg/government-resolution/2017/760', 'kg/cabinet-resolution/2022/638']) {
      expect(provisions).not.toContain(late);
      expect(list.some((o) => o.reasons.some((r) => r.startsWith(`${late} not cited: ${late} is not yet in force on 2016-06-01`)))).toBe(true);
    }
    expect(list.every((o) => o.citations.every((c) => c.versionDate! <= '2016-06-01' && !c.viaScenario))).toBe(true);
  });

  it('the Registry obligations cite Res. 638 from 18 Nov 2022, not the day before, and mark what governed before as unknown', async () => {
    const registration = async (asOf: string) => (await obligations(asOf)).find((o) => o.requirement.code === 'kg.law58.art30.holder-registration')!;
    const before = await registration('2022-11-17');
    expect(before.citations.map((c) => c.reference.code)).toEqual(['kg/law/2008/58#art_30', 'kg/law/2008/58#art_18']);
    expect(before.reasons.join('\n')).toContain('not recorded in seeds/legal-acts');
    const after = await registration('2022-11-18');
    expect(after.citations.map((c) => c.reference.code)).toContain('kg/cabinet-resolution/2022/638');
    expect(after.citations.find((c) => c.reference.code === 'kg/cabinet-resolution/2022/638')).toMatchObject({ versionDate: '2022-11-18', viaScenario: false });
  });
});

describe('obligationsDiff with the 2023 draft law', () => {
  it('reports Law 58’s obligations as changed (taken over by the draft, verified: false) and the draft’s own as added, each with reasons', async () => {
    const { data, errors } = await hub.execute(DraftDiffDocument, { holderTin: withSystem, scenario: [DRAFT_LAW], asOf: '2024-06-01' }, inspector);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const diff = data!.obligationsDiff;
    const consent = diff.changed.find((c) => c.baseline.requirement.code === 'kg.law58.art9.consent')!;
    expect(consent.baseline.basis).toEqual({ actCode: 'kg/law/2008/58', viaScenario: false });
    expect(consent.scenario.basis).toEqual({ actCode: DRAFT_LAW, viaScenario: true });
    expect(consent.reasons[0]).toMatch(new RegExp(`^under the scenario ${DRAFT_LAW}#art_1 takes over kg\\.law58\\.art9\\.consent: .*verified: false`));
    expect(consent.reasons).toContain(`citations: no longer kg/law/2008/58#art_9; now ${DRAFT_LAW}#art_1`);
    expect(consent.scenario.citations.map((c) => c.reference.code)).toEqual([`${DRAFT_LAW}#art_1`, 'kg/government-resolution/2017/759']);
    expect(consent).toMatchObject({ baselineResult: 'NOT_ASSESSED', scenarioResult: 'NOT_ASSESSED' });
    expect(diff.changed.every((c) => c.baseline.requirement.code.startsWith('kg.law58.') && c.reasons.length >= 2)).toBe(true);
    expect(diff.added.map((o) => o.requirement.code)).toContain('kg.draft.law-pdp.data-protection-officer');
    expect(diff.added.every((o) => o.reasons[0]!.includes('the scenario treats it as in force'))).toBe(true);
    // Nothing in the seen text of the draft repeals a Law 58 duty without a successor.
    expect(diff.removed).toEqual([]);
  });

  it('a baseline question is not touched by the draft’s effects', async () => {
    const list = await obligations('2024-06-01');
    const consent = list.find((o) => o.requirement.code === 'kg.law58.art9.consent')!;
    expect(consent.citations.map((c) => c.reference.code)).toEqual(['kg/law/2008/58#art_9', 'kg/government-resolution/2017/759']);
    expect(consent.reasons.join('\n')).not.toContain(DRAFT_LAW);
  });
});

describe('a scenario act that repeals and replaces (seed data)', () => {
  it('reports removed and changed entries citing the act, only when the act is in the scenario', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-effects-'));
    try {
      cpSync(SEEDS_DIR, dir, { recursive: true });
      const file = join(dir, 'requirements', 'drafts.yaml');
      writeFileSync(
        file,
        `${readFileSync(file, 'utf8')}
  - act: ${DIGITAL_CODE}
    cites: ${DIGITAL_CODE}
    repeals: [kg.law58.art17a.direct-collection]
    replaces: { kg.law58.art4.processing-policy: kg.code178.digital-consent-and-notice }
    verified: false
    note: test data
`,
      );
      await seedReferenceData(hub.orm.em, dir);
      const diffOf = async (tin: string, scenario: string[]) => {
        const { data, errors } = await hub.execute(DraftDiffDocument, { holderTin: tin, scenario, asOf: '2026-01-01' }, inspector);
        expect(errors, JSON.stringify(errors)).toBeUndefined();
        return data!.obligationsDiff;
      };
      const diff = await diffOf(withSystem, [DIGITAL_CODE]);
      expect(diff.removed.map((o) => o.requirement.code)).toEqual(['kg.law58.art17a.direct-collection']);
      expect(diff.removed[0]!.reasons[0]).toBe(`under the scenario ${DIGITAL_CODE} repeals kg.law58.art17a.direct-collection (verified: false: test data)`);
      const replaced = diff.changed.find((c) => c.baseline.requirement.code === 'kg.law58.art4.processing-policy')!;
      expect(replaced.scenario.requirement.code).toBe('kg.code178.digital-consent-and-notice');
      expect(replaced.reasons[0]).toContain(`${DIGITAL_CODE} replaces kg.law58.art4.processing-policy with kg.code178.digital-consent-and-notice`);
      expect(diff.added.map((o) => o.requirement.code)).not.toContain('kg.code178.digital-consent-and-notice');
      // Without an information system the replacement does not apply: the policy duty is removed.
      const bare = await diffOf(withoutSystem, [DIGITAL_CODE]);
      expect(bare.removed.map((o) => o.requirement.code).sort()).toEqual(['kg.law58.art17a.direct-collection', 'kg.law58.art4.processing-policy']);
      // Another scenario act leaves them alone.
      const other = await diffOf(withSystem, [DRAFT_LAW]);
      expect(other.removed).toEqual([]);
    } finally {
      await seedReferenceData(hub.orm.em);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the requirement catalogue', () => {
  type Catalogue = {
    requirements: {
      edges: {
        node: {
          code: string;
          citations: { reference: { code: string }; validFrom: string | null; note: string | null }[];
          scenarioEffects: { act: string; kind: string; cites: string; verified: boolean }[];
        };
      }[];
    };
  };
  const doc = parse(`{ requirements(first: 100) { edges { node { code citations { reference { code } validFrom note } scenarioEffects { act kind cites verified } } } } }`) as TypedDocumentNode<Catalogue, Record<string, never>>;

  it('gives each reference with its window and note, and the scenario effects from the draft’s seed', async () => {
    const { data, errors } = await hub.execute(doc, {});
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const byCode = new Map(data!.requirements.edges.map(({ node: r }) => [r.code, r]));
    const registration = byCode.get('kg.law58.art30.holder-registration')!;
    expect(registration.citations.find((c) => c.reference.code === 'kg/cabinet-resolution/2022/638')!.note).toContain('not recorded in seeds/legal-acts');
    expect(byCode.get('kg.res108.ch25.para89.threat-list')!.citations[0]).toMatchObject({ validFrom: '2022-12-07' });
    expect(byCode.get('kg.law58.art9.consent')!.scenarioEffects).toEqual([{ act: DRAFT_LAW, kind: 'TAKES_OVER', cites: `${DRAFT_LAW}#art_1`, verified: false }]);
    expect(byCode.get('kg.res760.threat-model')!.scenarioEffects).toEqual([]);
  });
});
