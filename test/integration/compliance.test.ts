// The compliance engine against the real database and the real seeded requirements.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { toGlobalId } from '../../src/graphql/node.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { seedReferenceData } from '../../src/seeding/seed.js';
import pg from 'pg';
import { Migration20261201230000_dated_citations } from '../../src/db/migrations/Migration20261201230000_dated_citations.js';
import { statusFromCounts } from '../../src/domain/compliance/aggregate.js';
import { SeedError } from '../../src/seeding/seed-error.js';
import {
  ComplianceDistributionDocument,
  ComplianceStatusDocument,
  HonestStatusDocument,
  ObligationsDiffDocument,
  ObligationsDocument,
  RecordAssessmentDocument,
  StoredComplianceDocument,
  SystemProtectionLevelDocument,
} from '../__generated__/graphql.js';
import { makeArray, makeHolder, makeSystem } from '../factories/registry.js';
import { registrySince } from '../support/registry-history.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
let inspector: Viewer;
let business: { tin: string; id: number };
let stateBody: { tin: string; id: number };
let systemId: number;
const THREAT_LIST = 'kg.res108.ch25.para89.threat-list';
const RES_668_IN_FORCE = '2022-12-07';

beforeAll(async () => {
  hub = await startTestHub();
  inspector = await hub.viewerFor('INSPECTOR');
  const b = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Клиника Здоровье»', sectorKey: 'health' });
  const patients = await makeArray(hub.orm.em, b.id, {
    name: 'Пациенты',
    dataCategories: ['ordinary.identity.full_name', 'special.health'],
    subjectCategories: ['patient'],
    subjectCount: 150_000,
    recipients: ['Фонд ОМС'],
  });
  const system = await makeSystem(hub.orm.em, b.id, [patients.id], {
    name: 'МИС',
    dataCategories: ['special.health'],
    subjectCount: 150_000,
    employeesOnly: false,
    threatType: 'TYPE_3',
  });
  systemId = system.id;
  business = { tin: b.tin, id: b.id };
  const s = await makeHolder(hub.orm.em, { kind: 'STATE_BODY', nameRu: 'Министерство тестирования', sectorKey: 'public_administration.central' });
  stateBody = { tin: s.tin, id: s.id };
  await registrySince(hub, '2010-01-01'); // the days asked about are before the fixtures were written
});
afterAll(() => hub.close());

const obligationsOf = async (tin: string, asOf: string, scenario?: string[]) => {
  const { data, errors } = await hub.execute(ObligationsDocument, { holderTin: tin, asOf, scenario, onlyApplicable: true }, inspector);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.obligations;
};

describe('obligations', () => {
  it('brings the chapter 25 threat-list duty to a business holder only from the entry into force of Res. 668', async () => {
    const before = await obligationsOf(business.tin, '2022-12-06');
    const after = await obligationsOf(business.tin, RES_668_IN_FORCE);
    expect(before.map((o) => o.requirement.code)).not.toContain(THREAT_LIST);
    const duty = after.find((o) => o.requirement.code === THREAT_LIST)!;
    expect(duty.target).toMatchObject({ type: 'HOLDER', id: toGlobalId('Holder', business.id) });
    expect(duty.basis).toEqual({ actCode: 'kg/cabinet-resolution/2022/668', versionDate: expect.any(String), viaScenario: false });
    expect(duty.requirement.provisions.map((p) => p.code)).toContain('kg/government-resolution/2012/108#para_89');
    expect(duty.reasons).toContain('holder.track eq "BUSINESS" (actual "BUSINESS") → true');
  });

  it('never applies the threat-list duty to a state body, and says why', async () => {
    const { data } = await hub.execute(ObligationsDocument, { holderTin: stateBody.tin, asOf: '2024-01-01', onlyApplicable: false }, inspector);
    const duty = data!.obligations.find((o) => o.requirement.code === THREAT_LIST)!;
    expect(duty.applies).toBe(false);
    expect(duty.reasons).toContain('holder.track eq "BUSINESS" (actual "STATE") → false');
  });

  it('applies conditional duties from the facts: special categories on the patients array, processor guarantees with recipients', async () => {
    const codes = (await obligationsOf(business.tin, '2024-01-01')).map((o) => `${o.requirement.code}@${o.target.type}`);
    expect(codes).toEqual(expect.arrayContaining(['kg.law58.special-categories.safeguards@ARRAY', 'kg.law58.art17c.processor-guarantees@HOLDER', 'kg.res760.threat-model@SYSTEM']));
    expect(codes.length).toBeGreaterThan(15);
  });

  it('adds the obligations of a draft law only in a scenario, as the diff shows', async () => {
    const draft = 'kg/draft/2023/law-on-personal-data-protection';
    const baseline = (await obligationsOf(business.tin, '2026-01-01')).map((o) => o.requirement.code);
    expect(baseline.some((c) => c.startsWith('kg.draft.law-pdp'))).toBe(false);
    const { data, errors } = await hub.execute(ObligationsDiffDocument, { holderTin: business.tin, scenario: [draft], asOf: '2026-01-01' }, inspector);
    expect(errors).toBeUndefined();
    const added = data!.obligationsDiff.added;
    expect(added.map((o) => o.requirement.code)).toContain('kg.draft.law-pdp.data-protection-officer');
    expect(added.every((o) => o.basis.viaScenario)).toBe(true);
    expect(data!.obligationsDiff.removed).toEqual([]);
  });

  it('names a scenario act that does not exist', async () => {
    const { errors } = await hub.execute(ObligationsDocument, { holderTin: business.tin, scenario: ['kg/draft/2099/nothing'] }, inspector);
    expect(errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'scenario[0]' });
  });
});

describe('InformationSystem.protectionLevel', () => {
  it('computes the level from the rule table, with the row and the facts behind it', async () => {
    const { data } = await hub.execute(SystemProtectionLevelDocument, { id: toGlobalId('InformationSystem', systemId), asOf: '2024-01-01' }, inspector);
    const pl = data!.informationSystem!.protectionLevel!;
    expect(pl).toMatchObject({ level: 2, table: 'kg.res760.protection-level', verified: false });
    expect(pl.reasons.join('\n')).toContain('system.threatType eq "TYPE_3" (actual "TYPE_3") → true');
  });

  it('has no level before Res. 760 was in force', async () => {
    const { data } = await hub.execute(SystemProtectionLevelDocument, { id: toGlobalId('InformationSystem', systemId), asOf: '2015-01-01' }, inspector);
    expect(data!.informationSystem!.protectionLevel).toMatchObject({ level: null });
  });
});

describe('compliance status', () => {
  it('is COMPLIANT while the evidence is valid and NOT_ASSESSED once it expires', async () => {
    const asOf = '2026-06-01';
    const applicable = await obligationsOf(business.tin, asOf);
    for (const o of applicable) {
      const { errors } = await hub.execute(
        RecordAssessmentDocument,
        {
          input: {
            requirementCode: o.requirement.code,
            targetId: o.target.id,
            result: 'COMPLIANT',
            assessedOn: '2026-01-15',
            evidence: [{ kind: 'DOCUMENT', title: `Акт проверки ${o.requirement.code}`, sha256: 'a'.repeat(64), validUntil: '2026-09-30' }],
          },
        },
        inspector,
      );
      expect(errors, JSON.stringify(errors)).toBeUndefined();
    }
    const valid = await hub.execute(ComplianceStatusDocument, { holderTin: business.tin, asOf }, inspector);
    expect(valid.data!.complianceStatus).toMatchObject({ status: 'COMPLIANT', score: 100, coverage: 1 });
    expect(valid.data!.complianceStatus.counts.notAssessed).toBe(0);

    const expired = await hub.execute(ComplianceStatusDocument, { holderTin: business.tin, asOf: '2026-10-01' }, inspector);
    const status = expired.data!.complianceStatus;
    expect(status.status).toBe('NOT_ASSESSED');
    expect(status.counts.compliant).toBe(0);
    const threat = status.requirements.find((r) => r.obligation.requirement.code === THREAT_LIST)!;
    expect(threat.result).toBe('NOT_ASSESSED');
    expect(threat.reasons[0]).toContain('expired on 2026-09-30');
    expect(status.systems).toEqual([{ system: { name: 'МИС' }, status: 'NOT_ASSESSED', counts: expect.any(Object) }]);
  });

  it('keeps a self-assessment apart from the Agency finding, and refuses others', async () => {
    const own = await hub.viewerFor('HOLDER', stateBody.tin);
    const input = { requirementCode: 'kg.law58.art4.processing-policy', targetId: toGlobalId('Holder', stateBody.id), result: 'COMPLIANT' as const, assessedOn: '2026-02-01' };
    const self = await hub.execute(RecordAssessmentDocument, { input }, own);
    expect(self.data!.recordAssessment.assessment.isSelfAssessment).toBe(true);
    const { data } = await hub.execute(ComplianceStatusDocument, { holderTin: stateBody.tin, asOf: '2026-03-01' }, inspector);
    const policy = data!.complianceStatus.requirements.find((r) => r.obligation.requirement.code === input.requirementCode)!;
    expect(policy).toMatchObject({ result: 'NOT_ASSESSED', selfAssessment: 'COMPLIANT' });
    const analyst = await hub.execute(RecordAssessmentDocument, { input }, await hub.viewerFor('ANALYST'));
    expect(analyst.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('rejects an assessment of a requirement for the wrong kind of target, naming the field', async () => {
    const { errors } = await hub.execute(
      RecordAssessmentDocument,
      { input: { requirementCode: 'kg.res760.threat-model', targetId: toGlobalId('Holder', business.id), result: 'COMPLIANT', assessedOn: '2026-02-01' } },
      inspector,
    );
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.targetId' });
  });

  it('keeps a stored status per holder for dashboards, updated by each write', async () => {
    const { data } = await hub.execute(StoredComplianceDocument, { tin: business.tin }, inspector);
    expect(data!.holder!.compliance).toMatchObject({ status: expect.any(String), asOf: expect.any(String) });
    const total = data!.complianceDistribution.reduce((n, e) => n + e.holders, 0);
    const [{ count }] = await hub.orm.em.fork().execute<{ count: string }[]>('select count(*) from holder');
    expect(total).toBe(Number(count));
  });
});

describe('requirement seeds', () => {
  it('reject an invalid rule naming the file and the path inside the rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-req-'));
    try {
      cpSync(SEEDS_DIR, dir, { recursive: true });
      const file = join(dir, 'requirements', 'res-108-ch25.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('{ fact: holder.track, op: eq, value: BUSINESS }', '{ fact: holder.track, op: equals, value: BUSINESS }'));
      const error = (await seedReferenceData(hub.orm.em, dir).catch((e: unknown) => e)) as SeedError;
      expect(error).toBeInstanceOf(SeedError);
      expect(error.file).toMatch(/requirements\/res-108-ch25\.yaml$/);
      expect(error.path).toMatch(/^requirements\[\d+\]\.rule\.(all\[\d+\]\.)?op$/);
      expect(error.reason).toContain('unknown op "equals"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('honest aggregates', () => {
  it('a holder with 1 of its applicable obligations assessed is PARTIALLY_ASSESSED, and its stored status and the dashboards agree', async () => {
    const h = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Одна проверка»', sectorKey: 'health' });
    const staff = await makeArray(hub.orm.em, h.id, { dataCategories: ['ordinary.identity.full_name', 'special.health'], crossBorderCountries: ['KZ'] });
    await makeSystem(hub.orm.em, h.id, [staff.id], { threatType: 'TYPE_3', dataCategories: ['special.health'] });
    await registrySince(hub, '2010-01-01');
    const applicable = await obligationsOf(h.tin, '2026-06-01');
    expect(applicable.length).toBeGreaterThanOrEqual(15);
    const first = applicable.find((o) => o.target.type === 'HOLDER')!;
    const { errors } = await hub.execute(
      RecordAssessmentDocument,
      { input: { requirementCode: first.requirement.code, targetId: first.target.id, result: 'COMPLIANT', assessedOn: '2026-01-15' } },
      inspector,
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();

    const { data } = await hub.execute(HonestStatusDocument, { holderTin: h.tin, asOf: '2026-06-01' }, inspector);
    const status = data!.complianceStatus;
    const n = applicable.length;
    expect(status).toMatchObject({ status: 'PARTIALLY_ASSESSED', score: 100, coverage: expect.any(Number) });
    expect(status.coverage!).toBeGreaterThan(0);
    expect(status.coverage!).toBeLessThan(0.2);
    expect(status.counts).toMatchObject({ compliant: 1, notAssessed: n - 1 });
    expect(status.reasons[0]).toBe(`1 of ${n} applicable obligation(s) assessed; ${n - 1} NOT_ASSESSED, so the status cannot be COMPLIANT`);
    expect(status.scoreReason).toContain(`over the 1 assessed of ${n} applicable`);
    expect(status.coverageReason).toMatch(/^coverage 0\.\d+: assessed weight \d+ of applicable weight \d+/);

    // The stored status is computed for today by the same rule; the live answer for today agrees.
    const today = await hub.execute(HonestStatusDocument, { holderTin: h.tin }, inspector);
    const live = today.data!.complianceStatus;
    expect(today.data!.holder!.compliance).toEqual({ status: live.status, score: live.score, coverage: live.coverage, notAssessed: live.counts.notAssessed });
    expect(live.status).toBe('PARTIALLY_ASSESSED');

    const dash = (await hub.execute(ComplianceDistributionDocument, {}, inspector)).data!;
    const [{ count }] = await hub.orm.em.fork().execute<{ count: string }[]>("select count(*) from holder_compliance where status = 'PARTIALLY_ASSESSED'");
    expect(Number(count)).toBeGreaterThanOrEqual(1);
    expect(dash.complianceDistribution.find((e) => e.status === 'PARTIALLY_ASSESSED')).toEqual({ status: 'PARTIALLY_ASSESSED', holders: Number(count) });
    expect(dash.holderBreakdown.find((e) => e.key === 'PARTIALLY_ASSESSED')).toEqual({ key: 'PARTIALLY_ASSESSED', holders: Number(count) });
    expect(dash.complianceDistribution.find((e) => e.status === 'COMPLIANT')?.holders ?? 0).toBe(
      Number((await hub.orm.em.fork().execute<{ count: string }[]>("select count(*) from holder_compliance where status = 'COMPLIANT'"))[0]!.count),
    );
  });
});

describe('Migration20261201230000_dated_citations', () => {
  it('converts stored statuses of the old rule by the new one (its SQL agrees with statusFromCounts)', async () => {
    const sqlOf = async (step: 'up' | 'down') => {
      const m = new Migration20261201230000_dated_citations(hub.orm.em.getDriver() as never, hub.orm.config as never);
      await m[step]();
      return m.getQueries().map((q) => (typeof q === 'string' ? q : q.toString())).filter((q) => /holder_compliance|compliance_status/.test(q));
    };
    const mixes: Record<string, number>[] = [
      { COMPLIANT: 1, NOT_ASSESSED: 29, NOT_APPLICABLE: 4 },
      { COMPLIANT: 3 },
      { COMPLIANT: 1, PARTIALLY_COMPLIANT: 1 },
      { PARTIALLY_COMPLIANT: 1, NOT_ASSESSED: 2 },
      { NON_COMPLIANT: 1, NOT_ASSESSED: 5 },
      { NOT_ASSESSED: 4 },
      { NOT_APPLICABLE: 2 },
      {},
    ];
    const ids: number[] = [];
    for (const _ of mixes) ids.push((await makeHolder(hub.orm.em)).id);
    const owner = new pg.Client({ connectionString: hub.ownerUrl });
    await owner.connect();
    try {
      for (const q of await sqlOf('down')) await owner.query(q);
      // As the old rule stored them: COMPLIANT whatever was not assessed.
      for (const [i, counts] of mixes.entries()) {
        const old = counts.NON_COMPLIANT ? 'NON_COMPLIANT' : counts.COMPLIANT || counts.PARTIALLY_COMPLIANT ? (counts.PARTIALLY_COMPLIANT ? 'PARTIALLY_COMPLIANT' : 'COMPLIANT') : 'NOT_ASSESSED';
        await owner.query('update holder_compliance set status = $1, counts = $2 where holder_id = $3', [old, JSON.stringify(counts), ids[i]]);
      }
      for (const q of await sqlOf('up')) await owner.query(q);
      const { rows } = await owner.query<{ holder_id: number; status: string }>('select holder_id, status::text as status from holder_compliance where holder_id = any($1)', [ids]);
      const byId = new Map(rows.map((r) => [r.holder_id, r.status]));
      expect(mixes.map((_, i) => byId.get(ids[i]!))).toEqual(mixes.map((m) => statusFromCounts(m)));
      expect(byId.get(ids[0]!)).toBe('PARTIALLY_ASSESSED');
    } finally {
      await owner.end();
    }
  });
});
