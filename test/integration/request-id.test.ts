// Every request to /graphql and /subgraph carries an id: the client's x-request-id when well
// formed, else a fresh UUID, answered in the x-request-id header and written on every error line
// logged while handling it, so an operator can find the lines behind a client's report.
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createApiKey } from '../../src/modules/auth/api-key.service.js';
import { buildServedSchemas } from '../../src/schema.js';
import { createHttpServer, type HubServer } from '../../src/server.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let hub: TestHub;
let server: HubServer;
let base: string;
const lines: Record<string, unknown>[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  const logger = createLogger('info', { stream: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) } });
  server = await createHttpServer({ schemas: await buildServedSchemas(), orm: hub.orm, logger });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await server.stop();
  await hub.close();
});

const post = (path: string, query: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

/** Runs `sql` as the database owner (what only a migration may do), to break the hub underneath. */
async function asOwner(sql: string): Promise<void> {
  const owner = new pg.Client({ connectionString: hub.ownerUrl });
  await owner.connect();
  try {
    await owner.query(sql);
  } finally {
    await owner.end();
  }
}

describe('request ids', () => {
  it.each(['/graphql', '/subgraph'])('answers on %s with the id the client sent', async (path) => {
    const res = await post(path, '{ __typename }', { 'x-request-id': 'gw-1.a_B-9' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('gw-1.a_B-9');
  });

  it('gives a request without one a fresh UUID, a different one each time', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => post('/graphql', '{ __typename }')));
    expect(a!.headers.get('x-request-id')).toMatch(UUID);
    expect(b!.headers.get('x-request-id')).toMatch(UUID);
    expect(a!.headers.get('x-request-id')).not.toBe(b!.headers.get('x-request-id'));
  });

  it.each([
    ['too long', 'a'.repeat(101)],
    ['with a space', 'a b'],
    ['with a quote', 'a"b'],
    ['empty', ''],
  ])('replaces an id %s by a fresh UUID', async (_what, sent) => {
    const res = await post('/graphql', '{ __typename }', { 'x-request-id': sent });
    expect(res.headers.get('x-request-id')).toMatch(UUID);
  });

  it('answers a body it cannot read with the id too', async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'bad-body' }, body: '{' });
    expect(res.status).toBe(400);
    expect(res.headers.get('x-request-id')).toBe('bad-body');
  });

  it('writes no log line for a request that succeeds', async () => {
    const before = lines.length;
    expect((await post('/graphql', '{ __typename }', { 'x-request-id': 'quiet' })).status).toBe(200);
    expect(lines.slice(before)).toEqual([]);
  });

  it('logs an internal error of an operation with the id of its request', async () => {
    await asOwner('drop table legal_relation');
    const before = lines.length;
    const res = await post('/graphql', '{ legalAct(code: "kg/law/2008/58") { basedOn { code } } }', { 'x-request-id': 'broken-op' });
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const logged = lines.slice(before);
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) expect(line).toMatchObject({ level: 'error', msg: 'unexpected error while executing a GraphQL operation', requestId: 'broken-op' });
    expect(JSON.stringify(logged)).toContain('legal_relation'); // the operator sees the cause
  });

  it('logs a failed key lookup (before the operation runs) with the id of its request', async () => {
    const { key } = await createApiKey(hub.orm.em, { name: 'never looked up', role: 'INSPECTOR' });
    await asOwner('alter table api_key rename to api_key_gone');
    const before = lines.length;
    const res = await post('/subgraph', '{ __typename }', { 'x-request-id': 'broken-key', authorization: `Bearer ${key}` });
    expect(res.headers.get('x-request-id')).toBe('broken-key');
    expect(lines.slice(before)).toEqual([expect.objectContaining({ level: 'error', requestId: 'broken-key' })]);
  });
});
