// Who sees what of the same holder, and who may write: personal data is masked to null (never an
// error), details beyond the public view are hidden from PUBLIC and other holders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { PUBLIC_VIEWER } from '../../src/domain/access/roles.js';
import { toGlobalId } from '../../src/graphql/node.js';
import { AddArrayDocument, HolderViewDocument, NodeByIdDocument, RegisterHolderDocument, UpdateHolderDocument } from '../__generated__/graphql.js';
import { makeArray, makeHolder, makeSystem } from '../factories/registry.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
const IE_TIN = '21505198500017'; // an individual entrepreneur: male, born 15.05.1985
let ieId: number;
let otherTin: string;
const viewers: Record<string, Viewer> = {};

beforeAll(async () => {
  hub = await startTestHub();
  const ie = await makeHolder(hub.orm.em, {
    tin: IE_TIN,
    kind: 'INDIVIDUAL_ENTREPRENEUR',
    nameRu: 'ИП Асанов Б.',
    nameKy: 'ЖИ Асанов Б.',
    registrationStatus: 'REGISTERED',
    registryNumber: 'RPD-IE-1',
    applicationSubmittedOn: '2025-01-10',
    registeredOn: '2025-02-01',
  });
  ieId = ie.id;
  const array = await makeArray(hub.orm.em, ie.id, { name: 'Клиенты', purposes: ['Учёт клиентов'] });
  await makeSystem(hub.orm.em, ie.id, [array.id], { name: 'CRM' });
  otherTin = (await makeHolder(hub.orm.em)).tin;
  for (const role of ['ADMIN', 'INSPECTOR', 'ANALYST', 'PARTNER'] as const) viewers[role] = await hub.viewerFor(role);
  viewers.OWN_HOLDER = await hub.viewerFor('HOLDER', IE_TIN);
  viewers.OTHER_HOLDER = await hub.viewerFor('HOLDER', otherTin);
  viewers.PUBLIC = PUBLIC_VIEWER;
});
afterAll(() => hub.close());

describe('the same individual entrepreneur seen by each role', () => {
  //                 TIN (personal)  head/DPO (personal)  details (address, systems, array details)
  it.each([
    ['ADMIN', true, true, true],
    ['INSPECTOR', true, true, true],
    ['OWN_HOLDER', true, true, true],
    ['ANALYST', false, false, true],
    ['PARTNER', false, false, true],
    ['OTHER_HOLDER', false, false, false],
    ['PUBLIC', false, false, false],
  ])('%s: tin %s, personal data %s, details %s', async (who, tin, personal, details) => {
    // found by registry number (public); by TIN only by those who may see that TIN
    const { data, errors } = await hub.execute(HolderViewDocument, { registryNumber: 'RPD-IE-1' }, viewers[who]);
    expect(errors).toBeUndefined();
    const byTin = await hub.execute(HolderViewDocument, { tin: IE_TIN }, viewers[who]);
    expect(byTin.data!.holder?.name ?? null).toBe(tin ? 'ИП Асанов Б.' : null);
    const h = data!.holder!;
    // the public Registry view is always there
    expect(h.name).toBe('ИП Асанов Б.');
    expect(h.inspectionTrack).toBe('BUSINESS');
    expect(h.personalDataArrays).toEqual([
      expect.objectContaining({ name: 'Клиенты', purposes: ['Учёт клиентов'] }),
    ]);
    expect(h.tin).toBe(tin ? IE_TIN : null);
    expect(h.headName).toBe(personal ? 'Асанов Бакыт' : null);
    expect(h.responsiblePersonEmail).toBe(personal ? 'dpo@example.kg' : null);
    expect(h.legalAddress).toBe(details ? 'Бишкек, пр. Чуй, 1' : null);
    expect(h.personalDataArrays[0]!.dataCategories).toEqual(details ? ['ordinary.identity.full_name'] : null);
    expect(h.informationSystems).toEqual(details ? [{ name: 'CRM' }] : null);
    expect(h.region).toEqual({ key: 'KG-GB', label: { ru: expect.stringContaining('Бишкек') } });
  });

  it("shows an organisation's TIN to everyone: it is not personal data", async () => {
    const { data } = await hub.execute(HolderViewDocument, { tin: otherTin }, PUBLIC_VIEWER);
    expect(data!.holder!.tin).toBe(otherTin);
    expect(data!.holder!.headName).toBeNull();
  });
});

describe('writes by role', () => {
  const newHolder = () => ({ tin: `0${Date.now()}`.padEnd(14, '7').slice(0, 14), kind: 'COMMERCIAL_ORGANISATION' as const, nameRu: 'ОсОО «Новая»' });

  it.each(['ANALYST', 'PARTNER', 'OWN_HOLDER', 'PUBLIC'])('refuses registerHolder to %s with FORBIDDEN', async (who) => {
    const { errors, data } = await hub.execute(RegisterHolderDocument, { input: newHolder() }, viewers[who]);
    expect(data ?? null).toBeNull();
    expect(errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it.each(['ANALYST', 'PARTNER', 'OTHER_HOLDER', 'PUBLIC'])('refuses %s an edit of the entrepreneur with FORBIDDEN', async (who) => {
    const { errors } = await hub.execute(UpdateHolderDocument, { input: { id: toGlobalId('Holder', ieId), version: 1, phone: '+996 555 000 000' } }, viewers[who]);
    expect(errors![0]!.extensions!.code, errors![0]!.message).toBe('FORBIDDEN');
    const { errors: arrayErrors } = await hub.execute(
      AddArrayDocument,
      { input: { holderId: toGlobalId('Holder', ieId), name: 'X', purposes: ['x'], dataCategories: ['ordinary'], subjectCategories: ['customer'], media: ['PAPER_ARCHIVE'] } },
      viewers[who],
    );
    expect(arrayErrors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('lets the holder edit its own record', async () => {
    const { data: before } = await hub.execute(HolderViewDocument, { tin: IE_TIN }, viewers.OWN_HOLDER);
    const { data, errors } = await hub.execute(
      UpdateHolderDocument,
      { input: { id: before!.holder!.id, version: before!.holder!.version, staffCount: 3 } },
      viewers.OWN_HOLDER,
    );
    expect(errors).toBeUndefined();
    expect(data!.updateHolder.holder).toMatchObject({ staffCount: 3, version: before!.holder!.version + 1 });
  });
});

describe('node(id) over the Registry', () => {
  it('refetches a holder by global ID', async () => {
    const { data } = await hub.execute(HolderViewDocument, { tin: IE_TIN }, viewers.ADMIN);
    const node = await hub.execute(NodeByIdDocument, { id: data!.holder!.id }, viewers.ADMIN);
    expect(node.data!.node).toMatchObject({ __typename: 'Holder', id: data!.holder!.id });
  });
});
