// A page of holders is one SQL statement for any selection of Registry fields and relations
// (modules/holder/registry-page.ts), answers exactly what the loaders answer for the same holders,
// and reads through column maps that match the ORM metadata (db/registry-columns.ts).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARRAY_TABLE, HOLDER_TABLE, SYSTEM_TABLE, type TableMap } from '../../src/db/registry-columns.js';
import type { Viewer } from '../../src/domain/access/roles.js';
import { Holder } from '../../src/modules/holder/holder.entity.js';
import { InformationSystem } from '../../src/modules/holder/information-system.entity.js';
import { PersonalDataArray } from '../../src/modules/holder/personal-data-array.entity.js';
import { makeArray, makeHolder, makeSystem } from '../factories/registry.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

type Doc = TypedDocumentNode<any, Record<string, unknown>>;
const doc = (source: string) => parse(source) as unknown as Doc;

let hub: TestHub;
let admin: Viewer;
let analyst: Viewer;
const tins: string[] = [];
let firstId = 0;

beforeAll(async () => {
  hub = await startTestHub();
  admin = await hub.viewerFor('ADMIN');
  analyst = await hub.viewerFor('ANALYST');
  const em = hub.orm.em.fork();
  // Three holders: one with two arrays shared by two systems, one entrepreneur (personal TIN) with one array, one with nothing.
  const a = await makeHolder(em, { nameEn: 'Alpha LLC' });
  const arrays = [await makeArray(em, a.id, { subjectCount: 1200, crossBorderCountries: ['KZ'] }), await makeArray(em, a.id)];
  await makeSystem(em, a.id, arrays.map((x) => x.id), { threatType: 'TYPE_2' });
  await makeSystem(em, a.id, [arrays[0]!.id], { internetExposed: true });
  const b = await makeHolder(em, { kind: 'INDIVIDUAL_ENTREPRENEUR', tin: '21203199100456', nameRu: 'ИП Асанов' });
  await makeArray(em, b.id);
  const c = await makeHolder(em, { nameRu: 'ОсОО «Пустая»' });
  tins.push(a.tin, b.tin, c.tin);
  firstId = a.id;
});
afterAll(() => hub.close());

/** Selections of a holder, from flat to deep, with fragments, aliases and arguments. */
const SELECTIONS: Record<string, string> = {
  flat: 'tin name kind regionCode registrationStatus',
  'arrays and systems': 'tin name(lang: KY) personalDataArrays { name subjectCount } informationSystems { name threatType }',
  'arrays → systems': 'tin personalDataArrays { id name purposes plansCrossBorderTransfer informationSystems { id name internetExposed } }',
  'systems → arrays → holder': 'informationSystems { name personalDataArrays { name holder { tin names { ru en } } } }',
  'fragments and aliases': '...H ru: name(lang: RU) en: name(lang: EN, fallback: false) personalDataArrays { ... on PersonalDataArray { media dataCategories } }',
  'everything of each row': `id tin names { ky ru en } kind inspectionTrack registryNumber registrationStatus regionCode legalAddress staffCount version
    region { key } sector { key }
    personalDataArrays { id name purposes collectionMethods useMethods storageModes storageTerm dataCategories subjectCategories subjectCount
      sources informingProcedure securityMeasures recipients crossBorderCountries media plansCrossBorderTransfer version holder { id }
      informationSystems { id name isStateSystem hostingCountry internetExposed dataCategories subjectCount employeesOnly threatType version } }`,
};
const FRAGMENT = 'fragment H on Holder { registryNumber version }';

const withFragment = (selection: string) => (selection.includes('...H') ? FRAGMENT : '');
const page = (selection: string) =>
  doc(`query($after: String) { holders(first: 10, after: $after, orderBy: { field: CREATED }) { edges { node { ${selection} } } } } ${withFragment(selection)}`);
const byTin = (selection: string) => doc(`query($tin: String!) { holder(tin: $tin) { ${selection} } } ${withFragment(selection)}`);

/** The page from just before the fixtures (ids are increasing). */
async function fixturesPage(selection: string, viewer: Viewer) {
  const after = Buffer.from(JSON.stringify([firstId - 1, firstId - 1])).toString('base64url');
  const result = await hub.execute(page(selection), { after }, viewer);
  expect(result.errors).toBeUndefined();
  return result.data.holders.edges.map((e: { node: unknown }) => e.node) as Record<string, unknown>[];
}

describe('a page of holders', () => {
  for (const [name, selection] of Object.entries(SELECTIONS)) {
    it(`is one statement for "${name}", with what the loaders answer for the same holders`, async () => {
      let nodes: Record<string, unknown>[] = [];
      const statements = await hub.countQueries(async () => {
        nodes = await fixturesPage(selection, admin);
      });
      // region and sector are taxonomy terms, loaded in one statement of their own.
      const expected = /\b(region|sector) \{/.test(selection) ? 2 : 1;
      expect(statements, statements.join('\n')).toHaveLength(expected);
      expect(nodes).toHaveLength(3);
      for (const [i, tin] of tins.entries()) {
        const one = await hub.execute(byTin(selection), { tin }, admin);
        expect(one.errors).toBeUndefined();
        expect(nodes[i]).toEqual(one.data.holder);
      }
    });
  }

  it('hides what the viewer may not see exactly as the loaders do', async () => {
    const selection = 'tin name informationSystems { name } personalDataArrays { name plansCrossBorderTransfer informationSystems { name } }';
    const nodes = await fixturesPage(selection, analyst);
    expect(nodes[1]!.tin).toBeNull(); // an entrepreneur's TIN is personal data
    expect(nodes[0]!.informationSystems).not.toBeNull();
    const publicNodes = await fixturesPage(selection, { role: 'PUBLIC', keyId: null, holderId: null } as unknown as Viewer);
    expect(publicNodes[0]!.informationSystems).toBeNull();
    expect((publicNodes[0]!.personalDataArrays as { plansCrossBorderTransfer: unknown }[])[0]!.plansCrossBorderTransfer).toBeNull();
    expect((publicNodes[0]!.personalDataArrays as { name: string }[]).length).toBe(2); // names of arrays are public
  });

  it('selects only the columns the selection needs', async () => {
    const statements = await hub.countQueries(() => fixturesPage('name personalDataArrays { name }', admin));
    expect(statements[0]).toContain('name_ru');
    expect(statements[0]).not.toMatch(/head_name|security_measures|legal_address/);
  });
});

describe('the column maps', () => {
  const UNMAPPED = new Set(['id', 'version', 'createdAt', 'updatedAt', 'sortName']);
  const cases: [TableMap, Function][] = [[HOLDER_TABLE, Holder], [ARRAY_TABLE, PersonalDataArray], [SYSTEM_TABLE, InformationSystem]];
  for (const [map, entity] of cases) {
    it(`match the ORM metadata of ${map.table}`, () => {
      const meta = hub.orm.getMetadata().get(entity as never);
      expect(meta.tableName).toBe(map.table);
      const scalar = meta.props.filter((p) => p.kind === 'scalar' && !UNMAPPED.has(p.name));
      expect(Object.keys(map.columns).sort()).toEqual(scalar.map((p) => p.name).sort());
      for (const p of scalar) {
        const spec = map.columns[p.name as keyof typeof map.columns]!;
        expect(spec.column, p.name).toBe(p.fieldNames[0]);
        const ormType = (p.nativeEnumName ?? p.columnTypes[0]!).replace(/^integer$/, 'int');
        expect(spec.type, p.name).toBe(ormType);
      }
      expect(map.holderRef).toBe(meta.props.some((p) => p.name === 'holder' && p.kind === 'm:1'));
    });
  }
});
