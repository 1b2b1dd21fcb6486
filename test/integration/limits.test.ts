// Abusive operations are refused fast with a code naming their limit, while a simple query sent at
// the same time answers; the heavy queries real clients send still answer. Over real HTTP.
import type { AddressInfo } from 'node:net';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.js';
import { loadDemoRegistry } from '../../src/demo/load-demo.js';
import { createLogger } from '../../src/logger.js';
import { OPERATOR } from '../../src/modules/auth/api-key.service.js';
import { buildServedSchemas } from '../../src/schema.js';
import { createHttpServer } from '../../src/server.js';
import { makeArray, makeHolder, makeSystem } from '../factories/registry.js';
import { startHttpHub, type HttpHub } from '../support/http-hub.js';

let h: HttpHub;
let analyst: string;
beforeAll(async () => {
  h = await startHttpHub();
  await loadDemoRegistry(h.hub.orm.em, OPERATOR, { holders: 120 });
  analyst = await h.keyFor('ANALYST');
});
afterAll(() => h.close());

/** `holders(first: 100) → arrays → holder → arrays …`, `levels` list levels deep. */
function nested(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `personalDataArrays { name holder { ${inner} } }`;
  return `{ holders(first: 100) { edges { node { ${inner} } } } }`;
}

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const codeOf = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => body.errors?.[0]?.extensions?.code;

describe('operation limits', () => {
  it.each([
    ['a 30-level nested query', () => nested(30), 'MAX_DEPTH_EXCEEDED'],
    ['a 4-level nested query whose page sizes multiply', () => nested(4), 'MAX_COST_EXCEEDED'],
    ['31 aliases of a nested page', () => aliases(31, 'holders(first: 100) { edges { node { name } } }'), 'MAX_ALIASES_EXCEEDED'],
    ['1000 aliases of a nested page', () => aliases(1000, 'holders(first: 100) { edges { node { name } } }'), 'MAX_TOKENS_EXCEEDED'],
    ['a 0.8 MB document of 40,000 aliases', () => aliases(40_000, '__typename'), 'MAX_TOKENS_EXCEEDED'],
    ['a 1.5 MB document of 100,000 aliases', () => aliases(100_000, '__typename'), 'REQUEST_TOO_LARGE', 413],
    ['22 directives', () => `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: __typename @include(if: true) @skip(if: false)`).join(' ')} }`, 'MAX_DIRECTIVES_EXCEEDED'],
  ])('refuses %s with its code while a simple query answers', async (_what, make, code, status = 400) => {
    let abusive!: Awaited<ReturnType<HttpHub['gql']>>;
    let simple!: Awaited<ReturnType<HttpHub['gql']>>;
    // Refused before execution: not one SQL statement runs for it.
    const sql = await h.hub.countQueries(async () => {
      abusive = await h.gql(make());
    });
    expect(sql).toEqual([]);
    expect(abusive.body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(abusive.status).toBe(status);
    expect(abusive.type).toMatch(/json/);
    expect(abusive.body.data).toBeUndefined();
    // Sent together, the simple query still answers.
    [abusive, simple] = await Promise.all([h.gql(make()), h.gql('{ legalAct(code: "kg/law/2008/58") { code } }')]);
    expect(abusive.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(simple.body).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } });
    expect(h.logged).toEqual([]);
  });

  it('names the limit and its maximum in the refusal', async () => {
    const { body } = await h.gql(nested(30));
    expect(body.errors![0]!.extensions).toEqual({ code: 'MAX_DEPTH_EXCEEDED', limit: 'maxDepth', max: DEFAULT_LIMITS.maxDepth });
  });

  it('takes page sizes from variables when computing the cost', async () => {
    const q = `query ($n: Int) { holders(first: $n) { edges { node {
      personalDataArrays { name holder { personalDataArrays { name holder { personalDataArrays { name } } } } } } } } }`;
    expect(codeOf((await h.gql(q, { n: 100 }, analyst)).body)).toBe('MAX_COST_EXCEEDED');
    const small = await h.gql(q, { n: 2 }, analyst);
    expect(small.body.errors).toBeUndefined();
  });
});

describe('stored data that fans out', () => {
  it('is cut off by the list-items budget with one refusal, while a simple query answers', async () => {
    // 8 arrays and 8 systems each linked to every array: arrays → systems → arrays → systems is
    // 8⁴ = 4,096 objects from a cost estimate (×10 per unpaged list) of about 11,000.
    const holder = await makeHolder(h.hub.orm.em);
    const arrays = [];
    for (let i = 0; i < 8; i++) arrays.push(await makeArray(h.hub.orm.em, holder.id));
    for (let i = 0; i < 8; i++) await makeSystem(h.hub.orm.em, holder.id, arrays.map((a) => a.id));
    const server = await createHttpServer({ schemas: await buildServedSchemas(), orm: h.hub.orm, logger: createLogger('error'), limits: { ...DEFAULT_LIMITS, maxListItems: 1_000 } });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
    const post = (query: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${analyst}` }, body: JSON.stringify({ query }) }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] } }));
    try {
      const fan = `{ holder(tin: "${holder.tin}") { personalDataArrays { informationSystems { personalDataArrays { informationSystems { name } } } } } }`;
      const [refused, simple, small] = await Promise.all([
        post(fan),
        post('{ legalAct(code: "kg/law/2008/58") { code } }'),
        post(`{ holder(tin: "${holder.tin}") { personalDataArrays { informationSystems { name } } } }`),
      ]);
      expect(refused.body).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'MAX_LIST_ITEMS_EXCEEDED', limit: 'maxListItems', max: 1_000 } })] });
      expect(refused.status).toBe(400);
      expect(simple.body).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } });
      expect(small.body.errors).toBeUndefined();
    } finally {
      await server.stop();
    }
  });
});

describe('the size of an answer', () => {
  it('is bounded: an answer over responseBytes is refused with RESPONSE_TOO_LARGE, a small one still answers', async () => {
    const server = await createHttpServer({ schemas: await buildServedSchemas(), orm: h.hub.orm, logger: createLogger('error'), limits: { ...DEFAULT_LIMITS, responseBytes: 4_000 } });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
    const post = (query: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    try {
      const big = await post('{ legalActs(first: 100) { edges { node { code title(lang: RU) } } } }');
      expect(big.status).toBe(400);
      expect(await big.json()).toEqual({ errors: [expect.objectContaining({ extensions: { code: 'RESPONSE_TOO_LARGE', limit: 'responseBytes', max: 4_000 } })] });
      expect(await (await post('{ legalAct(code: "kg/law/2008/58") { code } }')).json()).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } });
    } finally {
      await server.stop();
    }
  });
});

describe('legitimate heavy queries still answer', () => {
  it("GraphiQL's standard introspection query", async () => {
    const { status, body } = await h.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect((body.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
  });

  it('a dashboard page of 100 holders with their arrays and systems', async () => {
    const { body } = await h.gql(
      `{ holders(first: 100) { totalCount pageInfo { hasNextPage endCursor }
           edges { node { tin name kind regionCode registrationStatus
             personalDataArrays { name subjectCount informationSystems { name threatType } }
             informationSystems { name threatType } } } } }`,
      undefined,
      analyst,
    );
    expect(body.errors).toBeUndefined();
    expect((body.data as { holders: { edges: unknown[] } }).holders.edges).toHaveLength(100);
  });

  it('a gateway batch of 100 _entities representations on /subgraph', async () => {
    const reps = Array.from({ length: 100 }, () => ({ __typename: 'LegalAct', code: 'kg/law/2008/58' }));
    const { body } = await h.subgraph.gql('query ($r: [_Any!]!) { _entities(representations: $r) { ... on LegalAct { code title(lang: RU) } } }', { r: reps });
    expect(body.errors).toBeUndefined();
    expect((body.data as { _entities: unknown[] })._entities).toHaveLength(100);
  });
});
