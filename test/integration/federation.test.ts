// The hub as an Apollo Federation 2 subgraph: its SDL is committed and fresh, it composes with a
// partner agency's subgraph, and only /subgraph serves `_entities` and `_service`, with the same
// keys, limits and errors as /graphql, which serves exactly schema/schema.graphql. Over real HTTP.
import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { buildClientSchema, buildSchema, getIntrospectionQuery, parse, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printSubgraphSchema } from '../../src/federation.js';
import { SCHEMA_FILE, SUBGRAPH_FILE } from '../../src/paths.js';
import { buildAppSchema, printAppSchema } from '../../src/schema.js';
import { makeHolder } from '../factories/registry.js';
import { startHttpHub, type HttpHub } from '../support/http-hub.js';

let h: HttpHub;
let tin: string;
const IE_TIN = '11203199000042';
beforeAll(async () => {
  h = await startHttpHub();
  tin = (await makeHolder(h.hub.orm.em, { nameRu: 'ОсОО «Федерация»' })).tin;
  await makeHolder(h.hub.orm.em, { tin: IE_TIN, kind: 'INDIVIDUAL_ENTREPRENEUR', nameRu: 'ИП Федоров' });
});
afterAll(() => h.close());

// A partner (e.g. the tax service) adds its own field to holders it knows by TIN.
const PARTNER = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Holder @key(fields: "tin") { tin: String taxDebt: Float }
  type Query { debtors: [Holder!]! }
`);
const compose = (hubSdl: string) => composeServices([
  { name: 'hub', typeDefs: parse(hubSdl) },
  { name: 'tax', typeDefs: PARTNER },
]);

const ENTITIES = 'query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Holder { name tin } ... on LegalAct { code } } }';
const FEDERATION_TYPES = /^(_Any|_Entity|_Service|link__|federation__)/;
const introspect = async (endpoint: HttpHub['subgraph']) => {
  const { body } = await endpoint.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }));
  expect(body.errors).toBeUndefined();
  return body.data as IntrospectionQuery;
};
const queryFields = (schema: GraphQLSchema) => Object.keys(schema.getQueryType()!.getFields()).sort();

describe('federation subgraph', () => {
  it('matches the committed schema/subgraph.graphql', async () => {
    expect(readFileSync(SUBGRAPH_FILE, 'utf8')).toBe(printSubgraphSchema(await buildAppSchema()));
  });

  it("composes with a partner agency's subgraph without errors", () => {
    const result = compose(readFileSync(SUBGRAPH_FILE, 'utf8'));
    expect(result.errors ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('taxDebt');
  });
});

describe('/graphql, the public API', () => {
  it('serves exactly schema/schema.graphql: introspection shows no federation field, type or directive', async () => {
    const data = await introspect(h);
    expect(queryFields(buildClientSchema(data)).filter((f) => f.startsWith('_'))).toEqual([]);
    expect(data.__schema.types.map((t) => t.name).filter((t) => FEDERATION_TYPES.test(t))).toEqual([]);
    expect(data.__schema.directives.map((d) => d.name).sort()).toEqual(['deprecated', 'include', 'oneOf', 'skip', 'specifiedBy']);
    expect(printAppSchema(buildClientSchema(data))).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it.each([
    ['_service', '{ _service { sdl } }'],
    ['_entities', '{ _entities(representations: [{ __typename: "LegalAct", code: "kg/law/2008/58" }]) { __typename } }'],
  ])('refuses %s as a validation error', async (field, query) => {
    const { status, type, body } = await h.gql(query);
    expect(status).toBe(400);
    expect(type).toMatch(/application\/json/);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([expect.objectContaining({ message: `Cannot query field "${field}" on type "Query".`, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })]);
  });
});

describe('/subgraph, for gateways', () => {
  it('serves _entities and _service besides the whole API', async () => {
    const data = await introspect(h.subgraph);
    const api = queryFields(buildSchema(readFileSync(SCHEMA_FILE, 'utf8')));
    expect(queryFields(buildClientSchema(data))).toEqual([...api, '_entities', '_service'].sort());
    expect(data.__schema.types.map((t) => t.name)).toEqual(expect.arrayContaining(['_Any', '_Entity', '_Service']));
  });

  it("answers _service { sdl } with an SDL that composes with a partner's subgraph, as a gateway composes it", async () => {
    const { body } = await h.subgraph.gql('{ _service { sdl } }');
    expect(body.errors).toBeUndefined();
    const sdl = (body.data as { _service: { sdl: string } })._service.sdl;
    expect(sdl).toContain('@key(fields: "tin")');
    const result = compose(sdl);
    expect(result.errors ?? []).toEqual([]);
    expect(result.supergraphSdl).toContain('taxDebt');
  });

  it('resolves holders by TIN and acts by code for the gateway, not confirming an entrepreneur’s TIN to PUBLIC', async () => {
    const r = [{ __typename: 'Holder', tin }, { __typename: 'LegalAct', code: 'kg/law/2008/58' }, { __typename: 'Holder', tin: IE_TIN }, { __typename: 'Holder', tin: '00000000000000' }];
    const { status, body } = await h.subgraph.gql(ENTITIES, { r });
    expect(status).toBe(200);
    expect(body).toEqual({
      data: {
        _entities: [
          { __typename: 'Holder', name: 'ОсОО «Федерация»', tin },
          { __typename: 'LegalAct', code: 'kg/law/2008/58' },
          null, // as unknown as the TIN nobody has (test/integration/tin-oracle.test.ts)
          null,
        ],
      },
    });
    // With an Agency key (the same Bearer keys as /graphql) the entrepreneur resolves.
    const inspector = await h.subgraph.gql(ENTITIES, { r: [{ __typename: 'Holder', tin: IE_TIN }] }, await h.keyFor('INSPECTOR'));
    expect(inspector.body).toEqual({ data: { _entities: [{ __typename: 'Holder', name: 'ИП Федоров', tin: IE_TIN }] } });
  });

  it('refuses bad keys, limits and faults exactly as /graphql does', async () => {
    const deep = `{ holders(first: 1) { edges { node { ${'personalDataArrays { holder { '.repeat(15)}name${' } }'.repeat(15)} } } } }`;
    const json = { 'content-type': 'application/json' };
    const requests: [string, Record<string, string>, string][] = [
      [JSON.stringify({ query: '{ holders(first: 1) { totalCount } }' }), { ...json, authorization: 'Bearer pdh_not-a-real-key' }, 'UNAUTHENTICATED'],
      [JSON.stringify({ query: deep }), json, 'MAX_DEPTH_EXCEEDED'],
      ['[{"query":"{__typename}"}]', json, 'BAD_REQUEST'],
      ['{"query": ', json, 'BAD_REQUEST'],
      [JSON.stringify({ query: '{ legalAct(code: "x\\u0000") { code } }' }), json, 'BAD_USER_INPUT'],
    ];
    for (const [body, headers, code] of requests) {
      const [api, subgraph] = await Promise.all([h.raw(body, headers), h.subgraph.raw(body, headers)]);
      expect(JSON.parse(api.text)).toEqual({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code }) })] });
      expect(subgraph).toEqual(api);
    }
    expect(h.logged).toEqual([]);
  });
});
