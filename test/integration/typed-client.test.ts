// The typed client (src/client) as a partner team uses it: generated from the committed schema and
// up to date with its operations, type-checked on its own, and answering over real HTTP.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHubClient, HoldersByRegionDocument, HubError, PublicHolderDocument, RegistryBreakdownDocument } from '../../src/client/index.js';
import { loadDemoRegistry } from '../../src/demo/load-demo.js';
import { OPERATOR } from '../../src/modules/auth/api-key.service.js';
import { REPO_ROOT } from '../../src/paths.js';
import { startHttpHub, type HttpHub } from '../support/http-hub.js';

const TIN = '08716695715028'; // a demo organisation (README "Examples")
let http: HttpHub;
beforeAll(async () => {
  http = await startHttpHub();
  await loadDemoRegistry(http.hub.orm.em, OPERATOR, { holders: 200 });
}, 120_000);
afterAll(() => http.close());

const bin = (name: string) => join(REPO_ROOT, 'node_modules', '.bin', name);

describe('typed client', () => {
  it('is generated from the committed schema and its operations (codegen --check), and type-checks alone', () => {
    execFileSync(bin('graphql-codegen'), ['--config', 'codegen.yml', '--check'], { cwd: REPO_ROOT, stdio: 'pipe' });
    execFileSync(bin('tsc'), ['-p', 'src/client/tsconfig.json'], { cwd: REPO_ROOT, stdio: 'pipe' });
  }, 120_000);

  it('type-checks the hub’s own pages (src/web), which use it', () => {
    execFileSync(bin('tsc'), ['-p', 'src/web/tsconfig.json'], { cwd: REPO_ROOT, stdio: 'pipe' });
  }, 120_000);

  it('answers typed data over HTTP, and throws the hub error code', async () => {
    const pub = createHubClient({ url: `${http.base}/graphql` });
    const { holder } = await pub.request(PublicHolderDocument, { tin: TIN });
    expect(holder?.name).toBe('ОсОО "Акылман Карго"');
    expect(holder?.personalDataArrays.length).toBeGreaterThan(0);
    const { holderBreakdown } = await pub.request(RegistryBreakdownDocument, { by: 'REGION' });
    expect(holderBreakdown.reduce((n, e) => n + e.holders, 0)).toBe(200);

    const analyst = createHubClient({ url: `${http.base}/graphql`, key: await http.keyFor('ANALYST') });
    const page = (await analyst.request(HoldersByRegionDocument, { region: 'KG-GB', first: 5 })).holders;
    expect(page.edges).toHaveLength(5);
    const bad = createHubClient({ url: `${http.base}/graphql`, key: 'pdh_nope' });
    const refused = await bad.request(RegistryBreakdownDocument, { by: 'REGION' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HubError);
    expect(refused).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, extensions: { reason: 'UNKNOWN_KEY' } });
  });
});
