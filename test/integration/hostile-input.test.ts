// Every failure a hostile or unlucky client can cause is a JSON GraphQL error with a stable code:
// transport faults, NUL characters, values too long for their columns, bad federation
// representations, junk persisted-query hashes, heavy statements. Over the real HTTP server.
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/config.js';
import { servingOptions } from '../../src/db/orm.config.js';
import { openOrm } from '../../src/db/orm.js';
import { AppError } from '../../src/errors.js';
import { createLogger } from '../../src/logger.js';
import { Holder } from '../../src/modules/holder/holder.entity.js';
import { buildServedSchemas } from '../../src/schema.js';
import { createHttpServer } from '../../src/server.js';
import { makeHolder, nextTin } from '../factories/registry.js';
import { LEAKS, startHttpHub, type HttpHub } from '../support/http-hub.js';

let h: HttpHub;
let admin: string;
beforeAll(async () => {
  h = await startHttpHub();
  admin = await h.keyFor('ADMIN');
});
afterAll(() => h.close());

const JSON_CT = { 'content-type': 'application/json' };

describe('transport faults answer JSON with a code', () => {
  it.each([
    ['malformed JSON', '{"query": ', JSON_CT, 400, 'BAD_REQUEST'],
    ['a JSON string instead of an object', '"x"', JSON_CT, 400, 'BAD_REQUEST'],
    ['a body over the limit', JSON.stringify({ query: `{ __typename } #${'x'.repeat(DEFAULT_LIMITS.bodyBytes)}` }), JSON_CT, 413, 'REQUEST_TOO_LARGE'],
    ['an unsupported charset', '{"query":"{__typename}"}', { 'content-type': 'application/json; charset=latin-9' }, 415, 'BAD_REQUEST'],
    ['an unsupported content-encoding', '{"query":"{__typename}"}', { ...JSON_CT, 'content-encoding': 'zstd-x' }, 415, 'BAD_REQUEST'],
    ['a corrupt gzip body', 'not gzip at all', { ...JSON_CT, 'content-encoding': 'gzip' }, 400, 'BAD_REQUEST'],
    ['text/plain (a CSRF shape)', '{"query":"{__typename}"}', { 'content-type': 'text/plain' }, 400, 'BAD_REQUEST'],
    ['a batch', '[{"query":"{__typename}"}]', JSON_CT, 400, 'BAD_REQUEST'],
    ['a null query', '{"query":null}', JSON_CT, 400, 'BAD_REQUEST'],
    ['variables as a string', '{"query":"{__typename}","variables":"x"}', JSON_CT, 400, 'BAD_REQUEST'],
    ['a junk persisted-query hash with its query', JSON.stringify({ query: '{__typename}', extensions: { persistedQuery: { version: 1, sha256Hash: 'junk' } } }), JSON_CT, 400, 'BAD_REQUEST'],
    ['an unknown persisted-query version', JSON.stringify({ query: '{__typename}', extensions: { persistedQuery: { version: 2, sha256Hash: 'junk' } } }), JSON_CT, 400, 'BAD_REQUEST'],
    ['a persisted query that is not an object', JSON.stringify({ query: '{__typename}', extensions: { persistedQuery: 'x' } }), JSON_CT, 400, 'BAD_REQUEST'],
    ['a syntax error', '{"query":"{ holders( }"}', JSON_CT, 400, 'GRAPHQL_PARSE_FAILED'],
  ] as const)('%s', async (_what, body, headers, status, code) => {
    const res = await h.raw(body, headers);
    expect(res.type).toMatch(/^application\/json/);
    expect(res.text).not.toMatch(LEAKS);
    expect((JSON.parse(res.text) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(code);
    expect(res.status).toBe(status);
  });

  it('variables nested 200,000 levels deep', async () => {
    const d = 200_000;
    const res = await h.raw(`{"query":"{ __typename }","variables":{"x":${'['.repeat(d)}${']'.repeat(d)}}}`, JSON_CT);
    expect((JSON.parse(res.text) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('MAX_VARIABLE_DEPTH_EXCEEDED');
    expect(res.status).toBe(400);
  });

  it('150,000 enum values in a list variable, refused before anything coerces them', async () => {
    const sql = await h.hub.countQueries(async () => {
      const { status, body } = await h.gql('query ($k: [HolderKind!]) { holders(first: 1, filter: { kinds: $k }) { totalCount } }', { k: Array(150_000).fill('X') });
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['MAX_VARIABLE_VALUES_EXCEEDED']);
      expect(status).toBe(400);
    });
    expect(sql).toEqual([]);
  });

  it('headers over the size Node accepts get a JSON 431', async () => {
    const res = await fetch(`${h.base}/graphql`, { method: 'POST', headers: { ...JSON_CT, 'x-padding': 'a'.repeat(20_000) }, body: '{"query":"{__typename}"}' });
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('still reads a well-formed gzip body', async () => {
    const res = await h.raw(gzipSync('{"query":"{__typename}"}'), { ...JSON_CT, 'content-encoding': 'gzip' });
    expect(JSON.parse(res.text)).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a malformed path under /graphiql with JSON', async () => {
    const res = await fetch(`${h.base}/graphiql/%E0%A4%A`);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(await res.text()).not.toMatch(LEAKS);
    expect(res.status).toBe(404);
  });

  it('answers an unknown path with a JSON NOT_FOUND', async () => {
    const res = await fetch(`${h.base}/etc/passwd`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
  });
  afterAll(() => expect(h.logged).toEqual([]));
});

describe('bad values are BAD_USER_INPUT naming the argument', () => {
  it('a NUL character in a literal argument', async () => {
    const { body } = await h.gql('{ legalAct(code: "kg/law/2008/58\\u0000") { code } }');
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'code' } })]);
  });

  it('a NUL character deep in a variable', async () => {
    const { body } = await h.gql(
      'mutation ($i: RegisterHolderInput!) { registerHolder(input: $i) { holder { id } } }',
      { i: { tin: nextTin(), kind: 'COMMERCIAL_ORGANISATION', nameRu: 'ОсОО «Тест»', legalAddress: 'ул. \u0000 1' } },
      admin,
    );
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'i.legalAddress' } })]);
  });

  it('an e-mail too long for its column', async () => {
    const { body } = await h.gql(
      'mutation ($i: RegisterHolderInput!) { registerHolder(input: $i) { holder { id } } }',
      { i: { tin: nextTin(), kind: 'COMMERCIAL_ORGANISATION', nameRu: 'ОсОО «Тест»', email: `${'a'.repeat(300)}@example.kg` } },
      admin,
    );
    expect(body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.email' }) })]);
  });

  it('any ORM write over a varchar column size, before PostgreSQL sees it', async () => {
    const em = h.hub.orm.em.fork();
    const holder = await em.findOneOrFail(Holder, (await makeHolder(h.hub.orm.em)).id);
    holder.sectorKey = 'x'.repeat(256);
    const e = await em.flush().catch((err: unknown) => err);
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.sectorKey' } });
  });

  it('a variable that does not coerce, naming the variable path', async () => {
    const { body } = await h.gql(
      'mutation ($i: RegisterHolderInput!) { registerHolder(input: $i) { holder { id } } }',
      { i: { tin: nextTin(), kind: 'LLC', nameRu: 'ОсОО «Тест»' } },
      admin,
    );
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'i.kind' } })]);
  });

  it.each([
    ['a lone surrogate in a variable', { i: { tin: '__TIN__', kind: 'COMMERCIAL_ORGANISATION', nameRu: 'ОсОО «Тест»', legalAddress: 'ул. \udc00 1' } }, 'i.legalAddress'],
    ['a lone surrogate in a list item', { i: { tin: '__TIN__', kind: 'COMMERCIAL_ORGANISATION', nameRu: 'ОсОО \ud800' } }, 'i.nameRu'],
  ])('%s', async (_what, vars, field) => {
    const v = JSON.parse(JSON.stringify(vars).replace('__TIN__', nextTin()));
    const { body } = await h.gql('mutation ($i: RegisterHolderInput!) { registerHolder(input: $i) { holder { id } } }', v, admin);
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } })]);
  });

  it('a lone surrogate in a literal argument (graphql-js refuses the escape itself)', async () => {
    const { body } = await h.gql('{ legalAct(code: "kg/law/2008/58\\ud800") { code } }');
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } })]);
  });

  it.each([
    ['a NUL in a decoded cursor', Buffer.from(JSON.stringify(['\u0000', 1])).toString('base64url')],
    ['a lone surrogate in a decoded cursor', Buffer.from(JSON.stringify(['\ud800', 1])).toString('base64url')],
    ['an object in a decoded cursor', Buffer.from(JSON.stringify([{ $gt: '' }, 1])).toString('base64url')],
    ['an id beyond int4 in a decoded cursor', Buffer.from(JSON.stringify(['a', 1e12])).toString('base64url')],
  ])('%s', async (_what, after) => {
    const { body } = await h.gql('query ($a: String) { holders(first: 5, after: $a) { totalCount } }', { a: after });
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } })]);
  });

  it('an audit-log actor that is not a key id, and an audit cursor that is not one', async () => {
    const bad = await h.gql('{ auditLog(first: 1, filter: { actorKeyId: "abc" }) { totalCount } }', undefined, admin);
    expect(bad.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'filter.actorKeyId' } })]);
    const cursor = Buffer.from(JSON.stringify(['x'])).toString('base64url');
    const forged = await h.gql(`{ auditLog(first: 1, after: "${cursor}") { totalCount } }`, undefined, admin);
    expect(forged.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } })]);
  });

  it('an inspection plan region that is not a region code', async () => {
    const { body } = await h.gql(`{ inspectionPlan(input: { year: 2027, track: BUSINESS, capacity: 3, region: "${'x'.repeat(300)}" }) { __typename } }`, undefined, admin);
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input.region' } })]);
  });

  it('200 wrong values in a list variable', async () => {
    const values = Array.from({ length: 200 }, (_, i) => (i % 2 ? null : { x: i }));
    const { status, body } = await h.gql('query ($c: [String!]) { obligations(holderTin: "1", scenario: $c) { reasons } }', { c: values });
    expect(status).toBe(400);
    expect(new Set(body.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it('an _entities representation whose other key is not a string', async () => {
    const { body } = await h.subgraph.gql('{ _entities(representations: [{ __typename: "Holder", id: "SG9sZGVyOjE", tin: 123 }]) { __typename } }');
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'representations[0]' } })]);
  });

  it.each([
    ['a string', '"x"'],
    ['an unknown type', '{ __typename: "Nope", id: "1" }'],
    ['no key', '{ __typename: "Holder" }'],
    ['a key that is not a string', '{ __typename: "Holder", id: 5 }'],
    ['a provision code that is a number', '{ __typename: "Provision", code: 7 }'],
  ])('an _entities representation that is %s', async (_what, rep) => {
    const { body } = await h.subgraph.gql(`{ _entities(representations: [{ __typename: "LegalAct", code: "kg/law/2008/58" }, ${rep}]) { __typename } }`);
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'representations[1]' } })]);
  });
  afterAll(() => expect(h.logged).toEqual([]));
});

describe('a statement that takes too long', () => {
  it('is cancelled by statement_timeout and answered as TIMEOUT, while the hub keeps serving', async () => {
    const orm = await openOrm(h.hub.url, servingOptions({ statementTimeoutMs: 300, lockTimeoutMs: 300 }));
    const server = await createHttpServer({ schemas: await buildServedSchemas(), orm, logger: createLogger('error') });
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
    const post = (query: string) => fetch(url, { method: 'POST', headers: JSON_CT, body: JSON.stringify({ query }) }).then((r) => r.json() as Promise<{ data?: unknown; errors?: { extensions: { code: string } }[] }>);
    // Another session holds the table, as a long migration or a runaway report would.
    const blocker = new pg.Client({ connectionString: h.hub.ownerUrl });
    await blocker.connect();
    try {
      await blocker.query('begin; lock table legal_act in access exclusive mode');
      const [blocked, other] = await Promise.all([post('{ legalActs(first: 1) { edges { node { code } } } }'), post('{ __typename }')]);
      expect(blocked.errors?.[0]?.extensions.code).toBe('TIMEOUT');
      expect(JSON.stringify(blocked)).not.toMatch(LEAKS);
      expect(other).toEqual({ data: { __typename: 'Query' } });
    } finally {
      await blocker.query('rollback');
      await blocker.end();
      await server.stop();
      await orm.close();
    }
  });
});
