// An individual entrepreneur's TIN is personal data: to a viewer who may not see it, every path
// that takes a TIN answers exactly as for a TIN nobody has (same data, same errors), so no answer
// confirms it. The Agency and the entrepreneur itself still get the data.
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { PUBLIC_VIEWER } from '../../src/domain/access/roles.js';
import { makeArray, makeHolder } from '../factories/registry.js';
import { startTestHub, type Result, type TestHub } from '../support/test-hub.js';

const ENTREPRENEUR_TIN = '21505198700123';
const UNKNOWN_TIN = '21505198700999'; // same shape, nobody's
const DRAFT = 'kg/draft/2023/law-on-personal-data-protection';

type Doc = TypedDocumentNode<Record<string, unknown>, { tin: string }>;
const doc = (source: string) => parse(source) as unknown as Doc;

/** Each path that takes a TIN, asking for what would give the holder away (`_entities` on the subgraph endpoint). */
const PATHS: Record<string, Doc> = {
  'holder(tin:)': doc('query($tin: String!) { holder(tin: $tin) { id name tin kind registryNumber } }'),
  'holders(filter: {search})': doc('query($tin: String!) { holders(first: 5, filter: { search: $tin }) { totalCount edges { node { id name tin } } } }'),
  _entities: doc('query($tin: String!) { _entities(representations: [{ __typename: "Holder", tin: $tin }]) { __typename ... on Holder { id name tin } } }'),
  obligations: doc('query($tin: String!) { obligations(holderTin: $tin) { requirement { code } target { name } applies } }'),
  complianceStatus: doc('query($tin: String!) { complianceStatus(holderTin: $tin) { status score counts { notAssessed } } }'),
  obligationsDiff: doc(`query($tin: String!) { obligationsDiff(holderTin: $tin, scenario: ["${DRAFT}"]) { added { requirement { code } } removed { requirement { code } } } }`),
};

let hub: TestHub;
const viewers: Record<string, Viewer> = {};
let organisationTin: string;
beforeAll(async () => {
  hub = await startTestHub();
  const entrepreneur = await makeHolder(hub.orm.em, { tin: ENTREPRENEUR_TIN, kind: 'INDIVIDUAL_ENTREPRENEUR', nameRu: 'ИП Садыков Нурлан' });
  await makeArray(hub.orm.em, entrepreneur.id);
  const other = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Соседи»' });
  organisationTin = (await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Третьи»' })).tin;
  for (const role of ['ADMIN', 'INSPECTOR', 'ANALYST', 'PARTNER'] as const) viewers[role] = await hub.viewerFor(role);
  viewers.PUBLIC = PUBLIC_VIEWER;
  viewers.OTHER_HOLDER = await hub.viewerFor('HOLDER', other.tin);
  viewers.OWN_HOLDER = await hub.viewerFor('HOLDER', ENTREPRENEUR_TIN);
});
afterAll(() => hub.close());

const run = (path: string, tin: string, viewer: Viewer): Promise<Result<Record<string, unknown>>> =>
  (path === '_entities' ? hub.executeSubgraph : hub.execute)(PATHS[path]!, { tin }, viewer);

describe.each(['ANALYST', 'PARTNER', 'PUBLIC', 'OTHER_HOLDER'])('for %s', (who) => {
  it.each(Object.keys(PATHS))("%s answers an entrepreneur's TIN exactly as an unknown TIN", async (path) => {
    const hidden = await run(path, ENTREPRENEUR_TIN, viewers[who]!);
    const unknown = await run(path, UNKNOWN_TIN, viewers[who]!);
    expect(hidden).toEqual(unknown);
    expect(JSON.stringify(hidden)).not.toContain('Садыков');
    expect(hub.loggedErrors).toEqual([]);
  });
});

describe.each(['ADMIN', 'INSPECTOR', 'OWN_HOLDER'])('for %s', (who) => {
  it.each(Object.keys(PATHS))("%s still answers the entrepreneur's data", async (path) => {
    const { data, errors } = await run(path, ENTREPRENEUR_TIN, viewers[who]!);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const unknown = await run(path, UNKNOWN_TIN, viewers[who]!);
    expect(data).not.toEqual(unknown.data);
    if (!['complianceStatus', 'obligationsDiff'].includes(path)) expect(JSON.stringify(data)).toContain('Садыков');
  });
});

describe('who may ask for obligations and compliance at all (roles.ts)', () => {
  it.each(['ANALYST', 'PARTNER'])("%s sees an organisation's obligations, and NOT_FOUND for an unknown TIN", async (who) => {
    const org = await run('obligations', organisationTin, viewers[who]!);
    expect(org.errors).toBeUndefined();
    const unknown = await run('complianceStatus', UNKNOWN_TIN, viewers[who]!);
    expect(unknown.errors![0]).toMatchObject({ message: 'no holder with this TIN', extensions: { code: 'NOT_FOUND', field: 'holderTin' } });
  });

  it.each(['PUBLIC', 'OTHER_HOLDER'])('%s is refused compliance of any TIN with FORBIDDEN', async (who) => {
    for (const tin of [organisationTin, UNKNOWN_TIN]) {
      const { errors } = await run('complianceStatus', tin, viewers[who]!);
      expect(errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
  });
});
