// The hub as an Apollo Federation 2 subgraph: its SDL is committed and fresh, it composes with a
// partner agency's subgraph, and the gateway can resolve holders and acts by their keys.
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printSubgraphSchema } from '../../src/federation.js';
import { SUBGRAPH_FILE } from '../../src/paths.js';
import { buildAppSchema } from '../../src/schema.js';
import { makeHolder } from '../factories/registry.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
let tin: string;
const IE_TIN = '11203199000042';
beforeAll(async () => {
  hub = await startTestHub();
  tin = (await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Федерация»' })).tin;
  await makeHolder(hub.orm.em, { tin: IE_TIN, kind: 'INDIVIDUAL_ENTREPRENEUR', nameRu: 'ИП Федоров' });
});
afterAll(() => hub.close());

// A partner (e.g. the tax service) adds its own field to holders it knows by TIN.
const PARTNER = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Holder @key(fields: "tin") { tin: String taxDebt: Float }
  type Query { debtors: [Holder!]! }
`);

type Entities = { _entities: ({ __typename: string; name?: string | null; tin?: string | null; code?: string } | null)[] };
const entities = parse(`query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Holder { name tin } ... on LegalAct { code } } }`) as TypedDocumentNode<Entities, { r: unknown[] }>;

describe('federation subgraph', () => {
  it('matches the committed schema/subgraph.graphql', async () => {
    expect(readFileSync(SUBGRAPH_FILE, 'utf8')).toBe(printSubgraphSchema(await buildAppSchema()));
  });

  it("composes with a partner agency's subgraph without errors", () => {
    const result = composeServices([
      { name: 'hub', typeDefs: parse(readFileSync(SUBGRAPH_FILE, 'utf8')) },
      { name: 'tax', typeDefs: PARTNER },
    ]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('taxDebt');
  });

  it('resolves holders by TIN and acts by code for the gateway, not confirming an entrepreneur’s TIN to PUBLIC', async () => {
    const { data, errors } = await hub.execute(entities, {
      r: [{ __typename: 'Holder', tin }, { __typename: 'LegalAct', code: 'kg/law/2008/58' }, { __typename: 'Holder', tin: IE_TIN }, { __typename: 'Holder', tin: '00000000000000' }],
    });
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { __typename: 'Holder', name: 'ОсОО «Федерация»', tin },
      { __typename: 'LegalAct', code: 'kg/law/2008/58' },
      null, // as unknown as the TIN nobody has (test/integration/tin-oracle.test.ts)
      null,
    ]);
  });
});
