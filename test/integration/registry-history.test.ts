// Valid time of the Registry facts the rules read: an answer about a past day does not change when
// the Registry changes later (deregistration, re-application, arrays and systems added, changed or
// removed), while the stored status and the risk for today follow today's Registry.
import pg from 'pg';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBishkek } from '../../src/clock.js';
import { grantAppPrivileges } from '../../src/db/app-role.js';
import { Migration20261201200000_registry_history } from '../../src/db/migrations/Migration20261201200000_registry_history.js';
import { openOrm } from '../../src/db/orm.js';
import type { Viewer } from '../../src/domain/access/roles.js';
import { toGlobalId } from '../../src/graphql/node.js';
import { OPERATOR } from '../../src/modules/auth/api-key.service.js';
import { loadHolderInputs } from '../../src/modules/compliance/compliance.inputs.js';
import { recomputeByTins } from '../../src/modules/compliance/holder-compliance.service.js';
import { updateInformationSystem, updatePersonalDataArray } from '../../src/modules/holder/array.commands.js';
import { ArrayFieldsSchema, HolderFieldsSchema, SystemFieldsSchema, type HolderFieldsInput } from '../../src/modules/holder/holder.schemas.js';
import { upsertArrays, upsertHolders, upsertSystems } from '../../src/modules/registry-import/bulk-write.js';
import {
  AddArrayDocument,
  ApproveListsDocument,
  ApproveRegistrationDocument,
  ComplianceStatusDocument,
  DeregisterHolderDocument,
  HolderRiskDocument,
  ObligationsDiffDocument,
  ObligationsDocument,
  RegisterHolderDocument,
  RemoveSystemDocument,
  StoredComplianceDocument,
  SubmitApplicationDocument,
} from '../__generated__/graphql.js';
import { makeArray, makeSystem, nextTin } from '../factories/registry.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

type ArrayFieldsInput = z.input<typeof ArrayFieldsSchema>;

let hub: TestHub;
let inspector: Viewer;
const today = todayInBishkek();
const IN_2024 = '2024-06-30';
const REGISTRATION = 'kg.law58.art30.holder-registration';
const SPECIAL = 'kg.law58.special-categories.safeguards';

beforeAll(async () => {
  hub = await startTestHub();
  inspector = await hub.viewerFor('INSPECTOR');
});
afterAll(() => hub.close());

const ok = <D>(res: { data: D | null | undefined; errors?: unknown }): D => {
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
};
const obligations = async (holderTin: string, asOf: string) => ok(await hub.execute(ObligationsDocument, { holderTin, asOf, onlyApplicable: false }, inspector)).obligations;
const status = async (holderTin: string, asOf: string) => ok(await hub.execute(ComplianceStatusDocument, { holderTin, asOf }, inspector)).complianceStatus;
const applying = (list: Awaited<ReturnType<typeof obligations>>) => list.filter((o) => o.applies).map((o) => `${o.requirement.code}@${o.target.type}`);
const DRAFT = 'kg/draft/2023/law-on-personal-data-protection';
const diff = async (holderTin: string, asOf: string) => ok(await hub.execute(ObligationsDiffDocument, { holderTin, asOf, scenario: [DRAFT] }, inspector)).obligationsDiff;
const risk = async (tin: string, asOf: string) => ok(await hub.execute(HolderRiskDocument, { tin, asOf }, inspector)).holder!.riskDegree!;
const idOf = async (table: string, where: string, params: unknown[]) =>
  (await hub.orm.em.fork().execute<{ id: number }[]>(`select id from ${table} where ${where}`, params))[0]!.id;

/** The stored status equals the live answer for today. */
async function expectStoredIsToday(tin: string) {
  const stored = ok(await hub.execute(StoredComplianceDocument, { tin }, inspector)).holder!.compliance!;
  const live = await status(tin, today);
  expect(stored).toMatchObject({ asOf: today, status: live.status, notAssessed: live.counts.notAssessed });
}

/** A holder with arrays and systems written as the import and the demo load write them: one transaction. */
async function bulkHolder(holder: Partial<HolderFieldsInput>, arrays: ArrayFieldsInput[], systems: { name: string; arrayNames: string[]; [k: string]: unknown }[], recompute = true) {
  const fields = HolderFieldsSchema.parse({ tin: nextTin(), kind: 'COMMERCIAL_ORGANISATION', nameRu: 'ОсОО «Из реестра»', ...holder });
  await hub.orm.em.fork().transactional(async (tx) => {
    await upsertHolders(tx, [fields]);
    await upsertArrays(tx, arrays.map((a) => ({ ...ArrayFieldsSchema.parse(a), tin: fields.tin })));
    await upsertSystems(tx, systems.map(({ arrayNames, ...s }) => ({ ...SystemFieldsSchema.parse(s), tin: fields.tin, arrayNames })));
    if (recompute) await recomputeByTins(tx, [fields.tin], today);
  });
  return { tin: fields.tin, id: await idOf('holder', 'tin = ?', [fields.tin]) };
}

const patients: ArrayFieldsInput = {
  name: 'Пациенты',
  purposes: ['Лечение'],
  dataCategories: ['ordinary.identity.full_name', 'special.health'],
  subjectCategories: ['patient'],
  subjectCount: 20_000,
  media: ['ELECTRONIC_DATABASE'],
};

describe('a holder registered in 2023, deregistered and registered again later', () => {
  let tin: string;
  let holderId: string;
  let version: number;
  let in2024: { obligations: unknown; status: unknown; diff: unknown };

  beforeAll(async () => {
    tin = nextTin();
    const registered = ok(await hub.execute(RegisterHolderDocument, { input: { tin, kind: 'COMMERCIAL_ORGANISATION', nameRu: 'ОсОО «Давно в реестре»', sectorKey: 'retail', staffCount: 12 } }, inspector));
    holderId = registered.registerHolder.holder.id;
    version = registered.registerHolder.holder.version;
    version = ok(await hub.execute(SubmitApplicationDocument, { input: { holderId, version, on: '2023-03-01' } }, inspector)).submitRegistrationApplication.holder.version;
    version = ok(await hub.execute(ApproveRegistrationDocument, { input: { holderId, version, on: '2023-06-01', registryNumber: `RPD-H-${tin}` } }, inspector)).approveRegistration.holder.version;
    version = ok(await hub.execute(ApproveListsDocument, { input: { holderId, version, on: '2023-09-01' } }, inspector)).approvePersonalDataLists.holder.version;
    in2024 = { obligations: await obligations(tin, IN_2024), status: await status(tin, IN_2024), diff: await diff(tin, IN_2024) };
  });

  it('owes the registration duty in 2024, and is not in the Registry before its application', async () => {
    expect(applying(in2024.obligations as never)).toContain(`${REGISTRATION}@HOLDER`);
    const before = await hub.execute(ObligationsDocument, { holderTin: tin, asOf: '2023-02-28' }, inspector);
    expect(before.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'asOf' });
  });

  it('answers 2024 the same after the deregistration, which only changes the days after it', async () => {
    const deregistered = ok(await hub.execute(DeregisterHolderDocument, { input: { holderId, version, on: '2025-01-15', reason: 'Прекратил обработку данных' } }, inspector));
    version = deregistered.deregisterHolder.holder.version;
    expect(await obligations(tin, IN_2024)).toEqual(in2024.obligations);
    expect(await status(tin, IN_2024)).toEqual(in2024.status);
    expect(await diff(tin, IN_2024)).toEqual(in2024.diff);
    expect(applying(await obligations(tin, '2025-01-14'))).toContain(`${REGISTRATION}@HOLDER`);
    expect(applying(await obligations(tin, '2025-01-15'))).not.toContain(`${REGISTRATION}@HOLDER`);
    await expectStoredIsToday(tin);
  });

  it('keeps the first cycle after a re-application clears its dates in the holder row', async () => {
    const again = ok(await hub.execute(SubmitApplicationDocument, { input: { holderId, version, on: '2025-06-01' } }, inspector));
    version = again.submitRegistrationApplication.holder.version;
    const [row] = await hub.orm.em.fork().execute<{ registered_on: string | null }[]>('select registered_on::text from holder where tin = ?', [tin]);
    expect(row!.registered_on).toBeNull();
    expect(await obligations(tin, IN_2024)).toEqual(in2024.obligations);
    expect(await status(tin, IN_2024)).toEqual(in2024.status);
    expect(applying(await obligations(tin, '2025-03-01'))).not.toContain(`${REGISTRATION}@HOLDER`);
    expect(applying(await obligations(tin, '2025-06-01'))).toContain(`${REGISTRATION}@HOLDER`);
  });

  it('scores the risk of each day by the stage of that day: registered in 2024, only applied today', async () => {
    const factors = async (asOf: string) => (await risk(tin, asOf)).factors.map((f) => f.id);
    expect(await factors(IN_2024)).not.toContain('not-registered');
    expect(await factors(today)).toContain('not-registered');
  });

  it('leaves 2024 unchanged when an array with a special category is added later, and answers it today', async () => {
    ok(await hub.execute(AddArrayDocument, { input: { holderId, ...patients } }, inspector));
    expect(await obligations(tin, IN_2024)).toEqual(in2024.obligations);
    expect(await status(tin, IN_2024)).toEqual(in2024.status);
    expect(applying(await obligations(tin, today))).toContain(`${SPECIAL}@ARRAY`);
    await expectStoredIsToday(tin);
  });
});

describe('records entered with their holder in one transaction (import, demo data)', () => {
  let holder: { tin: string; id: number };
  let before: { obligations: unknown; status: Awaited<ReturnType<typeof status>>; risk: unknown };

  beforeAll(async () => {
    holder = await bulkHolder(
      { registrationStatus: 'REGISTERED', registryNumber: `RPD-B-${Date.now()}`, applicationSubmittedOn: '2022-01-10', registeredOn: '2022-02-01', sectorKey: 'health' },
      [patients],
      [{ name: 'МИС', dataCategories: ['special.health'], subjectCount: 20_000, threatType: 'TYPE_3', arrayNames: ['Пациенты'] }],
    );
    before = { obligations: await obligations(holder.tin, IN_2024), status: await status(holder.tin, IN_2024), risk: await risk(holder.tin, IN_2024) };
  });

  it('stand from the holder’s registration, as the Registry recorded them', async () => {
    expect(applying(before.obligations as never)).toEqual(expect.arrayContaining([`${SPECIAL}@ARRAY`, 'kg.res760.threat-model@SYSTEM']));
    expect(before.status.systems).toEqual([expect.objectContaining({ system: { name: 'МИС' } })]);
  });

  it('a system removed later still answers for the days it stood, and no longer today', async () => {
    const systemId = await idOf('information_system', 'holder_id = ?', [holder.id]);
    ok(await hub.execute(RemoveSystemDocument, { input: { id: toGlobalId('InformationSystem', systemId), version: 1, reason: 'Выведена из эксплуатации' } }, inspector));
    expect(await obligations(holder.tin, IN_2024)).toEqual(before.obligations);
    expect(await status(holder.tin, IN_2024)).toEqual(before.status);
    expect(await risk(holder.tin, IN_2024)).toEqual(before.risk);
    expect(applying(await obligations(holder.tin, today)).filter((o) => o.endsWith('@SYSTEM'))).toEqual([]);
    expect((await status(holder.tin, today)).systems).toEqual([]);
    await expectStoredIsToday(holder.tin);
  });
});

describe('a later change of an array or a system', () => {
  it('leaves the facts of an earlier day as they were: categories, counts, countries, threat type, linked arrays', async () => {
    const holder = await bulkHolder({ registrationStatus: 'REGISTERED', registryNumber: `RPD-C-${Date.now()}`, registeredOn: '2023-01-01' }, [patients, { ...patients, name: 'Сотрудники', dataCategories: ['ordinary.identity.full_name'], subjectCategories: ['employee'] }], [
      { name: 'HRM', dataCategories: ['ordinary.identity.full_name'], subjectCount: 50, threatType: 'TYPE_3', arrayNames: ['Сотрудники'] },
    ]);
    const em = hub.orm.em.fork();
    const inputsOn = async (asOf: string) => (await loadHolderInputs(em, [holder.id], asOf)).get(holder.id)!;
    const then = await inputsOn(IN_2024);
    const [array, system] = [await idOf('personal_data_array', "holder_id = ? and name = 'Пациенты'", [holder.id]), await idOf('information_system', 'holder_id = ?', [holder.id])];
    await updatePersonalDataArray(hub.orm.em, OPERATOR, { id: toGlobalId('PersonalDataArray', array), version: 1, crossBorderCountries: ['KZ'], subjectCount: 90_000, dataCategories: ['special.health', 'biometric.facial_image'] });
    await updateInformationSystem(hub.orm.em, OPERATOR, {
      id: toGlobalId('InformationSystem', system),
      version: 1,
      threatType: 'TYPE_1',
      subjectCount: 90_000,
      dataCategories: ['special.health'],
      arrayIds: [toGlobalId('PersonalDataArray', array)],
    });
    const added = await makeArray(hub.orm.em, holder.id);
    await makeSystem(hub.orm.em, holder.id, [added.id]);
    expect(await inputsOn(IN_2024)).toEqual(then);
    const now = await inputsOn(today);
    expect(now.arrays.find((a) => a.id === array)).toMatchObject({ crossBorderCountries: ['KZ'], subjectCount: 90_000 });
    expect(now.systems.find((s) => s.id === system)).toMatchObject({ threatType: 'TYPE_1', arrayIds: [array] });
    expect([now.arrays.length, now.systems.length]).toEqual([3, 2]);
    expect(then.systems).toEqual([expect.objectContaining({ threatType: 'TYPE_3', subjectCount: 50, arrayIds: [expect.any(Number)] })]);
  });
});

describe('a re-import', () => {
  it('adds a version only where a recorded fact changed: an unchanged file adds none', async () => {
    const fields = { registrationStatus: 'REGISTERED' as const, registryNumber: `RPD-R-${Date.now()}`, registeredOn: '2023-01-01', staffCount: 10 };
    const holder = await bulkHolder(fields, [patients], []);
    const reimport = (changes: Partial<HolderFieldsInput>) => upsertHolders(hub.orm.em.fork(), [HolderFieldsSchema.parse({ tin: holder.tin, kind: 'COMMERCIAL_ORGANISATION', nameRu: 'ОсОО «Из реестра»', ...fields, ...changes })]);
    const versions = async () => (await hub.orm.em.fork().execute<{ n: number }[]>('select count(*)::int as n from holder_history where holder_id = ?', [holder.id]))[0]!.n;
    await reimport({});
    await reimport({ phone: '+996 312 000000' }); // not a fact any rule reads
    expect(await versions()).toBe(1);
    await reimport({ staffCount: 300 });
    expect(await versions()).toBe(2);
    const staffOn = async (asOf: string) => (await loadHolderInputs(hub.orm.em.fork(), [holder.id], asOf)).get(holder.id)!.holder.staffCount;
    expect([await staffOn(IN_2024), await staffOn(today)]).toEqual([10, 300]);
  });
});

describe('the reader (loadHolderInputs)', () => {
  it('reads 1 holder and 50 holders in the same few statements', async () => {
    const many = await Promise.all(
      Array.from({ length: 50 }, (_, i) => bulkHolder({ registeredOn: '2023-01-01', registrationStatus: 'REGISTERED', registryNumber: `RPD-N-${Date.now()}-${i}` }, [patients], [{ name: 'МИС', threatType: 'TYPE_2', arrayNames: ['Пациенты'] }])),
    );
    const ids = many.map((h) => h.id);
    const em = hub.orm.em.fork();
    let read = new Map();
    const one = await hub.countQueries(() => loadHolderInputs(em, ids.slice(0, 1), IN_2024));
    const fifty = await hub.countQueries(async () => (read = await loadHolderInputs(em, ids, IN_2024)));
    expect(one.length).toBe(5);
    expect(fifty.length).toBe(one.length);
    expect(read.size).toBe(50);
  });
});

describe('the history tables', () => {
  it('can only be read by the app role: it cannot write or delete history, nor turn the triggers off', async () => {
    const client = new pg.Client({ connectionString: hub.url });
    await client.connect();
    try {
      for (const sql of [
        `insert into holder_history (holder_id, valid_from, kind, registration_status) values (1, '2020-01-01', 'STATE_BODY', 'REGISTERED')`,
        `update personal_data_array_history set valid_from = '2000-01-01'`,
        `delete from information_system_history`,
        `truncate information_system_array_history`,
        `alter table holder disable trigger holder_history_update`,
      ]) {
        await expect(client.query(sql), sql).rejects.toMatchObject({ code: expect.stringMatching(/^42501$/) });
      }
      const { rows } = await client.query('select count(*)::int as n from holder_history');
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });

  it('are backfilled by the migration from the records of before it', async () => {
    // Undo the migration on this database as the owner, write records without history, redo it.
    const owner = await openOrm(hub.ownerUrl);
    const migration = new Migration20261201200000_registry_history(owner.em.getDriver(), owner.config);
    const run = async (step: 'up' | 'down') => {
      migration.reset();
      await migration[step]();
      for (const sql of migration.getQueries()) await owner.em.fork().execute(sql as string);
    };
    try {
      await run('down');
      const bulk = await bulkHolder({ registrationStatus: 'REGISTERED', registryNumber: `RPD-M-${Date.now()}`, applicationSubmittedOn: '2021-05-01', registeredOn: '2021-06-01' }, [patients], [
        { name: 'МИС', arrayNames: ['Пациенты'] },
      ], false);
      const later = { ...patients, name: 'Добавлен позже' };
      await upsertArrays(hub.orm.em.fork(), [{ ...ArrayFieldsSchema.parse(later), tin: bulk.tin }]);
      await run('up');
      await grantAppPrivileges(owner.em.fork(), new URL(hub.url).username);
      const history = await owner.em.fork().execute<{ t: string; valid_from: string }[]>(
        `select 'holder' as t, valid_from::text from holder_history where holder_id = ?1
         union all select name, valid_from::text from personal_data_array_history where holder_id = ?1
         union all select 'system', valid_from::text from information_system_history where holder_id = ?1
         union all select 'link', l.valid_from::text from information_system_array_history l join information_system s on s.id = l.information_system_id where s.holder_id = ?1`.replaceAll('?1', String(bulk.id)),
      );
      expect(Object.fromEntries(history.map((r) => [r.t, r.valid_from]))).toEqual({ holder: '2021-05-01', Пациенты: '2021-05-01', system: '2021-05-01', link: '2021-05-01', [later.name]: today });
      const inputs = (await loadHolderInputs(hub.orm.em.fork(), [bulk.id], '2022-01-01')).get(bulk.id)!;
      expect([inputs.holder.registrationStatus, inputs.arrays.length, inputs.systems[0]!.arrayIds.length]).toEqual(['REGISTERED', 1, 1]);
    } finally {
      await owner.close();
    }
  });
});
