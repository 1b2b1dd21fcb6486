// The real HTTP surface: POST /graphql through Express, the self-hosted GraphiQL build, health.
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createApiKey, revokeApiKeys, rotateDemoKeys } from '../../src/modules/auth/api-key.service.js';
import { GRAPHIQL_DIR } from '../../src/paths.js';
import { buildServedSchemas } from '../../src/schema.js';
import { createHttpServer, type HubServer } from '../../src/server.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
let server: HubServer;
let base: string;
beforeAll(async () => {
  hub = await startTestHub();
  server = await createHttpServer({ schemas: await buildServedSchemas(), orm: hub.orm, logger: createLogger('error') });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await server.stop();
  await hub.close();
});

describe('HTTP server', () => {
  it('answers the foundation query over POST /graphql', async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ legalAct(code: "kg/government-resolution/2017/760") { basedOn { code } } }' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { legalAct: { basedOn: { code: string }[] } } };
    expect(body.data.legalAct.basedOn.map((b) => b.code)).toContain('kg/law/2008/58#art_21');
  });

  it('serves GraphiQL from its own build, with no script or style from another host', async () => {
    const res = await fetch(`${base}/graphiql/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    expect(html).toBe(readFileSync(join(GRAPHIQL_DIR, 'index.html'), 'utf8'));
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((r) => /^(https?:)?\/\//.test(r))).toEqual([]);
    for (const ref of refs.filter((r) => r.startsWith('/graphiql/'))) {
      expect((await fetch(`${base}${ref}`)).status).toBe(200);
    }
  });

  it('does not serve Apollo’s CDN landing page on GET /graphql', async () => {
    const res = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(await res.text()).not.toContain('cdn.apollographql.com');
  });

  it('refuses an unknown API key with 401 UNAUTHENTICATED, and serves keyless callers as PUBLIC', async () => {
    const post = (authorization?: string) =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: '{ holders(first: 1) { totalCount } }' }),
      });
    const refusal = async (authorization: string) => {
      const res = await post(authorization);
      expect(res.status).toBe(401);
      return ((await res.json()) as { errors: { message: string; extensions: { code: string; reason: string } }[] }).errors[0]!;
    };
    expect((await refusal('Bearer pdh_not-a-real-key')).extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'UNKNOWN_KEY' });
    // a key sent without the scheme is told how to send it
    const { key } = await createApiKey(hub.orm.em, { name: 'no scheme', role: 'ANALYST' });
    const bare = await refusal(key);
    expect(bare.extensions.reason).toBe('MALFORMED_HEADER');
    expect(bare.message).toContain('Authorization: Bearer <key>');
    // a demo key of an earlier start says so
    const [demo] = await rotateDemoKeys(hub.orm.em);
    await rotateDemoKeys(hub.orm.em);
    const rotated = await refusal(`Bearer ${demo!.key}`);
    expect(rotated.extensions.reason).toBe('DEMO_KEY_ROTATED');
    expect(rotated.message).toMatch(/latest start/);
    expect((await post()).status).toBe(200);
  });

  it('accepts a key until it is revoked', async () => {
    const { id, key } = await createApiKey(hub.orm.em, { name: 'to revoke', role: 'ANALYST' });
    const post = () =>
      fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ query: '{ holders(first: 1) { totalCount } }' }),
      });
    expect((await post()).status).toBe(200);
    await revokeApiKeys(hub.orm.em, { id }, 'test');
    const refused = await post();
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { errors: { extensions: { reason: string } }[] }).errors[0]!.extensions.reason).toBe('REVOKED');
  });

  it('reports health with a database round trip', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
