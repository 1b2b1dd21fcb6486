// The compiled executor (graphql-jit, with directly bound resolvers and synchronous visibility)
// answers exactly what graphql-js's own execution of the same schema answers, on the API and on
// the Federation subgraph alike.
import { execute, parse, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import type { Viewer } from '../../src/domain/access/roles.js';
import { buildServedSchemas, type ServedSchemas } from '../../src/schema.js';
import { makeArray, makeHolder, makeSystem } from '../factories/registry.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
let schemas: ServedSchemas;
let viewers: Record<string, Viewer>;
let tin = '';

beforeAll(async () => {
  hub = await startTestHub();
  schemas = await buildServedSchemas();
  viewers = { ANALYST: await hub.viewerFor('ANALYST'), INSPECTOR: await hub.viewerFor('INSPECTOR') };
  const em = hub.orm.em.fork();
  const h = await makeHolder(em);
  const a = await makeArray(em, h.id, { subjectCount: 5000 });
  await makeSystem(em, h.id, [a.id]);
  tin = h.tin;
});
afterAll(() => hub.close());

/** The endpoint's schema is the API's unless `on` says otherwise. */
const OPERATIONS: Record<string, [source: string, variables: Record<string, unknown>, on?: keyof ServedSchemas]> = {
  'a page of holders with nested relations': [
    `{ holders(first: 5, orderBy: { field: CREATED, direction: DESC }) { totalCount pageInfo { hasNextPage endCursor }
       edges { cursor node { id tin name(lang: KY) names { ru } inspectionTrack personalDataArrays { name plansCrossBorderTransfer informationSystems { name threatType } } } } } }`,
    {},
  ],
  'legal acts with provisions and edges': [
    'query($first: Int) { legalActs(first: $first) { edges { node { code title(lang: RU) basedOn { code act { code } } versions { versionDate status } } } } }',
    { first: 10 },
  ],
  'obligations with reasons': [
    'query($tin: String!) { obligations(holderTin: $tin) { applies requirement { code } target { type name } } }',
    { tin: '' },
  ],
  'compliance status': ['query($tin: String!) { complianceStatus(holderTin: $tin) { status } }', { tin: '' }],
  'a federation lookup with a variable inside a literal': [
    'query($tin: String!) { _entities(representations: [{ __typename: "Holder", tin: $tin }]) { ... on Holder { name tin } } }',
    { tin: '' },
    'subgraph',
  ],
  'a dashboard aggregate': ['{ holderBreakdown(by: REGION) { key holders } }', {}],
  introspection: ['{ __schema { queryType { name } types { name kind } } }', {}],
  "the subgraph's introspection": ['{ __schema { queryType { name } types { name kind } } }', {}, 'subgraph'],
};

async function bothWays(document: DocumentNode, variables: Record<string, unknown>, viewer: Viewer, on: keyof ServedSchemas) {
  const reference = await execute({ schema: schemas[on], document, variableValues: variables, contextValue: createContext(hub.orm, viewer) });
  const run = on === 'subgraph' ? hub.executeSubgraph : hub.execute;
  const compiled = await run(document as never, variables as never, viewer);
  return { reference, compiled };
}

describe('the compiled executor', () => {
  for (const [name, [source, vars, on = 'api']] of Object.entries(OPERATIONS)) {
    for (const role of ['ANALYST', 'INSPECTOR']) {
      it(`answers "${name}" for ${role} as graphql-js does`, async () => {
        const variables = 'tin' in vars ? { ...vars, tin } : vars;
        const { reference, compiled } = await bothWays(parse(source), variables, viewers[role]!, on);
        expect(reference.errors).toBeUndefined();
        expect(compiled.errors).toBeUndefined();
        expect(compiled.data).toEqual(JSON.parse(JSON.stringify(reference.data)));
        // A real answer, not two empty ones: every operation here finds something.
        expect(JSON.stringify(compiled.data)).toMatch(/"[a-zA-Z]+":"[^"]+"/);
      });
    }
  }

  it('refuses a variable that does not coerce with graphql-js’s own words, naming the variable', async () => {
    const { errors } = await hub.execute(parse('query($first: Int) { holders(first: $first) { totalCount } }') as never, { first: 'ten' } as never);
    expect(errors).toHaveLength(1);
    expect(errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errors![0]!.message).toMatch(/^Variable "\$first" got invalid value "ten"/);
  });
});
