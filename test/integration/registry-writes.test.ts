// Registry writes: validation naming the field, optimistic concurrency, atomicity (a failed write
// leaves no row and no audit entry), the registration stages, and the append-only audit log.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { toGlobalId } from '../../src/graphql/node.js';
import {
  AddArrayDocument,
  AddSystemDocument,
  ApproveRegistrationDocument,
  AuditLogDocument,
  DeregisterHolderDocument,
  RegisterHolderDocument,
  SubmitApplicationDocument,
  UpdateHolderDocument,
} from '../__generated__/graphql.js';
import { makeArray, makeHolder, nextTin } from '../factories/registry.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
let inspector: Viewer;
beforeAll(async () => {
  hub = await startTestHub();
  inspector = await hub.viewerFor('INSPECTOR');
});
afterAll(() => hub.close());

const counts = async () => {
  const [row] = await hub.orm.em.fork().execute<{ holders: string; arrays: string; systems: string; audit: string }[]>(
    `select (select count(*) from holder) holders, (select count(*) from personal_data_array) arrays,
            (select count(*) from information_system) systems, (select count(*) from audit_log_entry) audit`,
  );
  return row;
};

describe('validation at the edge', () => {
  it.each([
    ['a TIN that is not 14 digits', { tin: '123' }, 'input.tin'],
    ["an entrepreneur's TIN without a birth date", { tin: '19999999900001', kind: 'INDIVIDUAL_ENTREPRENEUR' }, 'input.tin'],
    ['an unknown region', { regionCode: 'KG-ZZ' }, 'input.regionCode'],
    ['an unknown sector', { sectorKey: 'finance.casino' }, 'input.sectorKey'],
    ['a malformed e-mail', { email: 'not-an-email' }, 'input.email'],
    ['no name in Kyrgyz or Russian', { nameRu: null, nameEn: 'Only English' }, 'input.nameRu'],
    ['a registered status without a number', { registrationStatus: 'REGISTERED', registeredOn: '2024-01-01' }, 'input.registryNumber'],
    ['stage dates out of order', { applicationSubmittedOn: '2024-05-01', registeredOn: '2024-04-01', registrationStatus: 'REGISTERED', registryNumber: 'R-1' }, 'input.registeredOn'],
  ])('rejects %s naming $2, and writes nothing', async (_what, override, field) => {
    const before = await counts();
    const input = { tin: nextTin(), kind: 'COMMERCIAL_ORGANISATION', nameRu: 'ОсОО «Проверка»', ...override } as never;
    const { errors } = await hub.execute(RegisterHolderDocument, { input }, inspector);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('rejects an array with an unknown data category, naming the list position', async () => {
    const holder = await makeHolder(hub.orm.em);
    const { errors } = await hub.execute(
      AddArrayDocument,
      { input: { holderId: toGlobalId('Holder', holder.id), name: 'Пациенты', purposes: ['Лечение'], dataCategories: ['special.health', 'special.horoscope'], subjectCategories: ['patient'], media: ['PAPER_ARCHIVE'] } },
      inspector,
    );
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dataCategories[1]' });
  });
});

describe('optimistic concurrency', () => {
  it('refuses an update based on a stale version with CONFLICT and keeps the first update', async () => {
    const holder = await makeHolder(hub.orm.em);
    const id = toGlobalId('Holder', holder.id);
    const first = await hub.execute(UpdateHolderDocument, { input: { id, version: holder.version, staffCount: 10 } }, inspector);
    expect(first.data!.updateHolder.holder).toMatchObject({ staffCount: 10, version: holder.version + 1 });
    const before = await counts();
    const second = await hub.execute(UpdateHolderDocument, { input: { id, version: holder.version, staffCount: 99 } }, inspector);
    expect(second.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
    expect(await counts()).toEqual(before);
    const [row] = await hub.orm.em.fork().execute<{ staff_count: number }[]>('select staff_count from holder where id = ?', [holder.id]);
    expect(row!.staff_count).toBe(10);
  });
});

describe('atomicity', () => {
  it('leaves no change and no audit entry when the database refuses the write half-way', async () => {
    // Registry numbers are unique: the second registration with the same number fails at commit.
    const a = await makeHolder(hub.orm.em, { registrationStatus: 'REGISTERED', registryNumber: 'RPD-TEST-1', applicationSubmittedOn: '2024-01-01', registeredOn: '2024-02-01' });
    expect(a.registryNumber).toBe('RPD-TEST-1');
    const b = await makeHolder(hub.orm.em, { registrationStatus: 'APPLICATION_SUBMITTED', applicationSubmittedOn: '2024-01-10' });
    const before = await counts();
    const { errors } = await hub.execute(ApproveRegistrationDocument, { input: { holderId: toGlobalId('Holder', b.id), version: b.version, registryNumber: 'RPD-TEST-1' } }, inspector);
    expect(errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', constraint: 'holder_registry_number_unique', field: 'input.registryNumber' });
    expect(await counts()).toEqual(before);
    const [row] = await hub.orm.em.fork().execute<{ registration_status: string; version: number }[]>('select registration_status, version from holder where id = ?', [b.id]);
    expect(row).toEqual({ registration_status: 'APPLICATION_SUBMITTED', version: b.version });
  });

  it("refuses a system linked to another holder's array, writing nothing", async () => {
    const owner = await makeHolder(hub.orm.em);
    const stranger = await makeHolder(hub.orm.em);
    const foreignArray = await makeArray(hub.orm.em, stranger.id);
    const before = await counts();
    const { errors } = await hub.execute(
      AddSystemDocument,
      { input: { holderId: toGlobalId('Holder', owner.id), name: 'ERP', arrayIds: [toGlobalId('PersonalDataArray', foreignArray.id)] } },
      inspector,
    );
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.arrayIds[0]' });
    expect(await counts()).toEqual(before);
  });
});

describe('registration stages and the audit log', () => {
  it('walks a holder through application, registration and deregistration, each step audited', async () => {
    const holder = await makeHolder(hub.orm.em);
    const holderId = toGlobalId('Holder', holder.id);
    const own = await hub.viewerFor('HOLDER', holder.tin);
    const s1 = await hub.execute(SubmitApplicationDocument, { input: { holderId, version: holder.version, on: '2025-03-01' } }, own);
    expect(s1.data!.submitRegistrationApplication.holder.registrationStatus).toBe('APPLICATION_SUBMITTED');
    const early = await hub.execute(DeregisterHolderDocument, { input: { holderId, version: s1.data!.submitRegistrationApplication.holder.version, reason: 'x' } }, inspector);
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const ownApproval = await hub.execute(ApproveRegistrationDocument, { input: { holderId, version: 2, registryNumber: 'RPD-SELF' } }, own);
    expect(ownApproval.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const s2 = await hub.execute(ApproveRegistrationDocument, { input: { holderId, version: 2, registryNumber: 'RPD-2025-000001', on: '2025-03-10' } }, inspector);
    expect(s2.data!.approveRegistration.holder).toMatchObject({ registrationStatus: 'REGISTERED', registryNumber: 'RPD-2025-000001' });
    const s3 = await hub.execute(DeregisterHolderDocument, { input: { holderId, version: 3, reason: 'Организация ликвидирована', on: '2025-06-01' } }, inspector);
    expect(s3.data!.deregisterHolder.holder.registrationStatus).toBe('DEREGISTERED');

    const log = await hub.execute(AuditLogDocument, { filter: { entityType: 'Holder', entityId: String(holder.id) }, first: 10 }, inspector);
    const entries = log.data!.auditLog.edges.map((e) => e.node);
    expect(entries.map((e) => e.action)).toEqual(['DEREGISTER', 'REGISTER', 'SUBMIT_APPLICATION', 'REGISTER_HOLDER']);
    expect(entries[0]).toMatchObject({ actorRole: 'INSPECTOR', actorKeyId: String(inspector.keyId), reason: 'Организация ликвидирована' });
    expect(entries[0]!.changes).toMatchObject({ registrationStatus: { before: 'REGISTERED', after: 'DEREGISTERED' }, deregisteredOn: { before: null, after: '2025-06-01' } });
    expect(entries[2]).toMatchObject({ actorRole: 'HOLDER', actorKeyId: String(own.keyId) });
  });

  it('refuses the audit log to roles outside the Agency', async () => {
    const { errors } = await hub.execute(AuditLogDocument, { first: 1 }, await hub.viewerFor('ANALYST'));
    expect(errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it.each([
    ['UPDATE', "update audit_log_entry set reason = 'rewritten'"],
    ['DELETE', 'delete from audit_log_entry'],
    ['TRUNCATE', 'truncate audit_log_entry'],
  ])('has the database refuse %s on the audit log, to the app role and even to the owner', async (op, sql) => {
    await makeHolder(hub.orm.em);
    const before = await counts();
    await expect(hub.orm.em.fork().execute(sql)).rejects.toThrow(/permission denied/);
    const owner = new pg.Client({ connectionString: hub.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query(sql)).rejects.toThrow(new RegExp(`append-only: ${op} refused`));
    } finally {
      await owner.end();
    }
    expect(await counts()).toEqual(before);
  });
});
