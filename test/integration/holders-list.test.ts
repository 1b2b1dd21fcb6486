// The holders connection: filters, ordering and keyset paging, and batching of its relations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoldersGraphDetailedDocument, HoldersGraphDocument, HoldersPageDocument, type HoldersPageQuery } from '../__generated__/graphql.js';
import type { Viewer } from '../../src/domain/access/roles.js';
import { makeArray, makeHolder, makeSystem } from '../factories/registry.js';
import { PUBLIC_VIEWER } from '../../src/domain/access/roles.js';
import { startTestHub, type Result, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
let analyst: Viewer;
let inspector: Viewer;
const BANK = 'Банк «Тестовый» list';
beforeAll(async () => {
  hub = await startTestHub();
  analyst = await hub.viewerFor('ANALYST');
  inspector = await hub.viewerFor('INSPECTOR');
  // 12 holders: 4 banks in Bishkek with a special-category array and a system each, 8 others in Osh.
  for (let i = 0; i < 12; i++) {
    const bank = i % 3 === 0;
    const h = await makeHolder(hub.orm.em, {
      nameRu: bank ? `${BANK} №${i}` : `ОсОО «Компания ${String.fromCharCode(1040 + i)}» list`,
      regionCode: bank ? 'KG-GB' : 'KG-GO',
      sectorKey: bank ? 'finance.banking' : 'retail',
    });
    const staff = await makeArray(hub.orm.em, h.id);
    if (bank) {
      const clients = await makeArray(hub.orm.em, h.id, {
        name: 'Клиенты',
        dataCategories: ['special.financial.bank_details'],
        subjectCategories: ['customer'],
        crossBorderCountries: i === 0 ? ['KZ'] : [],
      });
      await makeSystem(hub.orm.em, h.id, [staff.id, clients.id]);
    }
  }
});
afterAll(() => hub.close());

const page = (vars: Parameters<TestHub['execute']>[1], viewer: Viewer = inspector) => hub.execute(HoldersPageDocument, vars as never, viewer) as Promise<Result<HoldersPageQuery>>;

describe('holders', () => {
  it('filters by region, sector (with sub-sectors), special categories and cross-border transfer', async () => {
    const count = async (filter: object) => {
      const { data, errors } = await page({ first: 100, filter: { search: 'list', ...filter } }, analyst);
      expect(errors, hub.loggedErrors.join("\n")).toBeUndefined();
      return data!.holders.totalCount;
    };
    expect(await count({})).toBe(12);
    expect(await count({ regionCodes: ['KG-GB'] })).toBe(4);
    expect(await count({ sectorKeys: ['finance'] })).toBe(4);
    expect(await count({ processesSpecialCategories: true })).toBe(4);
    expect(await count({ processesSpecialCategories: false })).toBe(8);
    expect(await count({ plansCrossBorderTransfer: true })).toBe(1);
    expect(await count({ inspectionTrack: 'STATE' })).toBe(0);
  });

  it.each([
    ['processesSpecialCategories', { processesSpecialCategories: true }],
    ['sectorKeys', { sectorKeys: ['finance'] }],
    ['plansCrossBorderTransfer', { plansCrossBorderTransfer: false }],
  ])('refuses PUBLIC a filter on %s, which it cannot see', async (name, filter) => {
    const { errors } = await page({ first: 5, filter }, PUBLIC_VIEWER);
    expect(errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: `filter.${name}` });
  });

  it('refuses ordering by TIN outside the Agency (cursors would carry entrepreneurs’ TINs)', async () => {
    const { errors } = await page({ first: 5, orderBy: { field: 'TIN', direction: 'ASC' } }, analyst);
    expect(errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'orderBy.field' });
  });

  it('searches names case-insensitively in Russian', async () => {
    const { data } = await page({ first: 100, filter: { search: 'БАНК «ТЕСТОВЫЙ»' } });
    expect(data!.holders.edges.map((e) => e.node.name)).toHaveLength(4);
  });

  it.each([
    ['NAME', 'ASC'],
    ['NAME', 'DESC'],
    ['TIN', 'ASC'],
    ['CREATED', 'DESC'],
  ] as const)('pages through every match by %s %s with keyset cursors', async (field, direction) => {
    const all = (await page({ first: 100, filter: { search: 'list' }, orderBy: { field, direction } })).data!.holders.edges.map((e) => e.node.tin!);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors }: Result<HoldersPageQuery> = await page({ first: 5, after, filter: { search: 'list' }, orderBy: { field, direction } });
      expect(errors).toBeUndefined();
      walked.push(...data!.holders.edges.map((e) => e.node.tin!));
      if (!data!.holders.pageInfo.hasNextPage) break;
      after = data!.holders.pageInfo.endCursor;
    }
    expect(walked).toEqual(all);
    expect(all).toHaveLength(12);
    if (field === 'TIN') expect(all).toEqual([...all].sort());
  });

  it('refuses a cursor of another ordering', async () => {
    const first = await page({ first: 2, orderBy: { field: 'CREATED', direction: 'ASC' } });
    const { errors } = await page({ first: 2, after: first.data!.holders.pageInfo.endCursor, orderBy: { field: 'NAME', direction: 'ASC' } });
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('holders { personalDataArrays { informationSystems } }', () => {
  it('answers the same through the one-statement lookahead and through the loaders', async () => {
    const lean = await hub.execute(HoldersGraphDocument, { first: 12, filter: { search: 'list' } }, inspector);
    const detailed = await hub.execute(HoldersGraphDetailedDocument, { first: 12, filter: { search: 'list' } }, inspector);
    const shape = (edges: { node: { tin?: string | null; personalDataArrays: { name: string; informationSystems?: { name?: string | null }[] | null }[] } }[]) =>
      edges.map((e) => ({ tin: e.node.tin, arrays: e.node.personalDataArrays.map((a) => ({ name: a.name, systems: a.informationSystems?.map((s) => s.name) })) }));
    expect(shape(lean.data!.holders.edges)).toEqual(shape(detailed.data!.holders.edges));
    expect(shape(lean.data!.holders.edges).some((h) => h.arrays.some((a) => (a.systems ?? []).length > 0))).toBe(true);
  });

  it('issues the same number of SQL statements for 2 and 12 holders', async () => {
    const inspector = await hub.viewerFor('INSPECTOR');
    const run = (first: number) =>
      hub.countQueries(async () => {
        const { data, errors } = await hub.execute(HoldersGraphDocument, { first, filter: { search: 'list' } }, inspector);
        expect(errors).toBeUndefined();
        expect(data!.holders.edges).toHaveLength(first);
        if (first === 12) expect(data!.holders.edges.some((e) => e.node.personalDataArrays.some((a) => a.informationSystems!.length > 0))).toBe(true);
      });
    const small = await run(2);
    const large = await run(12);
    expect(large, large.join('\n')).toHaveLength(small.length);
    // page + arrays + pivot + systems
    expect(large.length).toBeLessThanOrEqual(4);
  });
});
