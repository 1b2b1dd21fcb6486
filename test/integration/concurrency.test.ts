// Concurrent writes on one holder, against the real database: every one succeeds or is a CONFLICT
// (never an INTERNAL_SERVER_ERROR from a deadlock), the stored compliance equals the live answer
// afterwards, and approving the same plan twice at once stores one plan.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { Viewer } from '../../src/domain/access/roles.js';
import { writeTransaction } from '../../src/db/write.js';
import { toGlobalId } from '../../src/graphql/node.js';
import { lockHolder } from '../../src/modules/holder/holder.lookup.js';
import { recomputeAll } from '../../src/modules/compliance/holder-compliance.service.js';
import { todayInBishkek } from '../../src/clock.js';
import {
  AddArrayDocument,
  ApproveInspectionPlanDocument,
  ChangeViolationStatusDocument,
  ComplianceStatusDocument,
  ObligationsDocument,
  RecordAssessmentDocument,
  RecordViolationDocument,
  UpdateHolderDocument,
} from '../__generated__/graphql.js';
import { makeArray, makeHolder } from '../factories/registry.js';
import { startTestHub, type Result, type TestHub } from '../support/test-hub.js';
import { storedFormOf } from '../support/stored-compliance.js';

const N = 12;
const ART_413_2_1 = 'kg/code/2021/128#art_413-2__part_1';

let hub: TestHub;
let inspector: Viewer;
beforeAll(async () => {
  hub = await startTestHub();
  inspector = await hub.viewerFor('INSPECTOR');
});
afterAll(() => hub.close());
beforeEach(() => {
  hub.loggedErrors.length = 0;
});

/** Each answer is data or a CONFLICT; nothing was logged as unexpected. Returns how many succeeded. */
function onlySuccessOrConflict(results: Result<unknown>[]): number {
  for (const r of results) {
    for (const e of r.errors ?? []) expect(e.extensions?.code, JSON.stringify(e)).toBe('CONFLICT');
  }
  expect(hub.loggedErrors).toEqual([]);
  return results.filter((r) => !r.errors).length;
}

/** The row in holder_compliance equals what complianceStatus computes now (both as of today). */
async function expectStoredEqualsLive(holder: { id: number; tin: string }): Promise<void> {
  const [stored] = await hub.orm.em.fork().execute<{ status: string; score: number | null; coverage: number | null; counts: Record<string, number> }[]>(
    'select status, score, coverage, counts from holder_compliance where holder_id = ?',
    [holder.id],
  );
  const { data, errors } = await hub.execute(ComplianceStatusDocument, { holderTin: holder.tin }, inspector);
  expect(errors).toBeUndefined();
  const live = data!.complianceStatus;
  expect(stored).toEqual(storedFormOf(live));
}

async function applicable(tin: string) {
  const { data, errors } = await hub.execute(ObligationsDocument, { holderTin: tin, onlyApplicable: true }, inspector);
  expect(errors).toBeUndefined();
  return data!.obligations;
}

const count = async (sql: string, params: unknown[]) => Number((await hub.orm.em.fork().execute<{ n: string }[]>(sql, params))[0]!.n);

const violation = (holderId: number, requirementCode: string) => ({
  holderId: toGlobalId('Holder', holderId),
  provisionCodes: ['kg/law/2008/58#art_4__part_2'],
  requirementCodes: [requirementCode],
  offenceArticleCode: ART_413_2_1,
  detectedOn: '2026-03-10',
  source: 'COMPLAINT' as const,
});

const array = (holderId: number, i: number) => ({
  holderId: toGlobalId('Holder', holderId),
  name: `Клиенты ${i}`,
  purposes: ['Обслуживание клиентов'],
  dataCategories: i % 2 ? ['ordinary.identity.full_name', 'special.health'] : ['ordinary.identity.full_name'],
  subjectCategories: ['customer'],
  subjectCount: 1000 * (i + 1),
  media: ['ELECTRONIC_DATABASE' as const],
});

describe('concurrent writes on one holder', () => {
  it(`records ${N} violations at once: no deadlock, stored = live`, async () => {
    const holder = await makeHolder(hub.orm.em);
    const codes = (await applicable(holder.tin)).filter((o) => o.target.type === 'HOLDER').map((o) => o.requirement.code);
    const results = await Promise.all(Array.from({ length: N }, (_, i) => hub.execute(RecordViolationDocument, { input: violation(holder.id, codes[i % codes.length]!) }, inspector)));
    const ok = onlySuccessOrConflict(results);
    expect(ok).toBeGreaterThan(0);
    expect(await count('select count(*) as n from violation where holder_id = ?', [holder.id])).toBe(ok);
    await expectStoredEqualsLive(holder);
  });

  it(`adds ${N} personal-data arrays at once: no deadlock, stored = live`, async () => {
    const holder = await makeHolder(hub.orm.em);
    const results = await Promise.all(Array.from({ length: N }, (_, i) => hub.execute(AddArrayDocument, { input: array(holder.id, i) }, inspector)));
    const ok = onlySuccessOrConflict(results);
    expect(ok).toBeGreaterThan(0);
    expect(await count('select count(*) as n from personal_data_array where holder_id = ?', [holder.id])).toBe(ok);
    await expectStoredEqualsLive(holder);
  });

  it('records an assessment of every applicable obligation at once: the stored status counts them all', async () => {
    const holder = await makeHolder(hub.orm.em);
    for (let i = 0; i < 3; i++) await makeArray(hub.orm.em, holder.id);
    const obligations = await applicable(holder.tin);
    expect(obligations.length).toBeGreaterThanOrEqual(N);
    const results = await Promise.all(
      obligations.map((o, i) =>
        hub.execute(
          RecordAssessmentDocument,
          { input: { requirementCode: o.requirement.code, targetId: o.target.id, result: i % 3 ? 'COMPLIANT' : 'PARTIALLY_COMPLIANT', assessedOn: '2026-01-15' } },
          inspector,
        ),
      ),
    );
    expect(onlySuccessOrConflict(results)).toBe(obligations.length);
    await expectStoredEqualsLive(holder);
  });

  it('mixes updates, arrays, violations, status changes and assessments on one holder: success or CONFLICT, stored = live', async () => {
    const holder = await makeHolder(hub.orm.em);
    await makeArray(hub.orm.em, holder.id);
    const codes = (await applicable(holder.tin)).filter((o) => o.target.type === 'HOLDER').map((o) => o.requirement.code);
    const first = await hub.execute(RecordViolationDocument, { input: violation(holder.id, codes[0]!) }, inspector);
    const v = first.data!.recordViolation.violation;
    const id = toGlobalId('Holder', holder.id);
    const writes = Array.from({ length: N }, (_, i) => {
      switch (i % 6) {
        case 0:
          // all from the same version: one wins, the others are CONFLICTs on input.version
          return hub.execute(UpdateHolderDocument, { input: { id, version: holder.version, staffCount: 100 + i } }, inspector);
        case 1:
          return hub.execute(AddArrayDocument, { input: array(holder.id, 100 + i) }, inspector);
        case 2:
          return hub.execute(RecordViolationDocument, { input: violation(holder.id, codes[i % codes.length]!) }, inspector);
        case 3:
          return hub.execute(ChangeViolationStatusDocument, { input: { id: v.id, version: v.version, status: 'UNDER_APPEAL' } }, inspector);
        case 4:
          return hub.execute(
            RecordAssessmentDocument,
            { input: { requirementCode: codes[i % codes.length]!, targetId: id, result: 'COMPLIANT', assessedOn: '2026-01-15' } },
            inspector,
          );
        default:
          return hub.execute(
            RecordAssessmentDocument,
            { input: { requirementCode: codes[(i + 1) % codes.length]!, targetId: id, result: 'NON_COMPLIANT', assessedOn: '2026-01-16' } },
            inspector,
          );
      }
    });
    const results = await Promise.all(writes);
    onlySuccessOrConflict(results);
    // Of the writes from one version, exactly one wins; the others never conflict.
    for (const kind of [0, 3]) expect(results.filter((r, i) => i % 6 === kind && !r.errors)).toHaveLength(1);
    expect(results.filter((r, i) => i % 6 !== 0 && i % 6 !== 3 && r.errors)).toEqual([]);
    await expectStoredEqualsLive(holder);
  });
});

describe('the full recompute (npm run compliance:recompute)', () => {
  it('runs alongside writes on a holder without errors, and leaves stored = live', async () => {
    const holder = await makeHolder(hub.orm.em);
    const codes = (await applicable(holder.tin)).filter((o) => o.target.type === 'HOLDER').map((o) => o.requirement.code);
    const [done, ...results] = await Promise.all([
      recomputeAll(hub.orm.em, todayInBishkek()),
      ...Array.from({ length: N }, (_, i) => hub.execute(RecordViolationDocument, { input: violation(holder.id, codes[i % codes.length]!) }, inspector)),
    ]);
    expect(done).toBeGreaterThan(0);
    expect(onlySuccessOrConflict(results as Result<unknown>[])).toBe(N);
    await expectStoredEqualsLive(holder);
  });
});

describe('plan approval', () => {
  it('stores one plan when the same input is approved twice at once, and answers it to both', async () => {
    const input = { year: 2027, track: 'STATE' as const, capacity: 3 };
    const results = await Promise.all([0, 1, 2].map(() => hub.execute(ApproveInspectionPlanDocument, { input }, inspector)));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    const ids = new Set(results.map((r) => r.data!.approveInspectionPlan.id));
    expect(ids.size).toBe(1);
    expect(await count('select count(*) as n from inspection_plan where year = 2027 and track = ?', ['STATE'])).toBe(1);
    expect(await count(`select count(*) as n from audit_log_entry where action = 'APPROVE_INSPECTION_PLAN' and entity_id = ?`, [String(Number([...ids][0]))])).toBe(1);
    // once the Registry changes, the same input is a new plan with another hash
    await makeHolder(hub.orm.em, { kind: 'STATE_BODY', nameRu: 'Министерство новых данных', sectorKey: 'public_administration.central' });
    const later = await hub.execute(ApproveInspectionPlanDocument, { input }, inspector);
    expect(later.data!.approveInspectionPlan.sha256).not.toBe(results[0]!.data!.approveInspectionPlan.sha256);
  });
});

describe('transient database failures in writeTransaction', () => {
  it('re-runs a transaction that lost a deadlock, so both writers succeed', async () => {
    const [a, b] = [await makeHolder(hub.orm.em), await makeHolder(hub.orm.em)];
    let arrived = 0;
    let release!: () => void;
    const bothHoldOne = new Promise<void>((r) => (release = r));
    const attempts = [0, 0];
    // Two transactions lock a and b in opposite orders on their first attempt: PostgreSQL kills one.
    const write = (n: 0 | 1, first: number, second: number) =>
      writeTransaction(hub.orm.em, async (tx) => {
        attempts[n]!++;
        await lockHolder(tx, first);
        if (attempts[n] === 1) {
          if (++arrived === 2) release();
          await bothHoldOne;
        }
        await lockHolder(tx, second);
        return n;
      });
    expect(await Promise.all([write(0, a.id, b.id), write(1, b.id, a.id)])).toEqual([0, 1]);
    expect(attempts.reduce((x, y) => x + y)).toBe(3);
  });

  it('answers CONFLICT after one lock timeout, without waiting it again', async () => {
    const holder = await makeHolder(hub.orm.em);
    const blocker = new pg.Client({ connectionString: hub.url });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('select id from holder where id = $1 for update', [holder.id]);
      let attempts = 0;
      const write = writeTransaction(hub.orm.em, async (tx) => {
        attempts++;
        await tx.execute(`set local lock_timeout = '50ms'`);
        return lockHolder(tx, holder.id);
      });
      await expect(write).rejects.toMatchObject({ code: 'CONFLICT', details: { retryable: true } });
      expect(attempts).toBe(1);
    } finally {
      await blocker.query('rollback');
      await blocker.end();
    }
  });
});
