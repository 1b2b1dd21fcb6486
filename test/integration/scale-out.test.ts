// Two hub processes on one database, as replicas behind a load balancer would run (README, "Scaling
// out"): each is the real entry point (src/main.ts, as `npm start` runs it) in its own Node process,
// so each has its own connection pool and its own module-level state (the API-key cache above all).
// Both are started at once on an EMPTY database, as a rolling deploy may: one migrates and seeds,
// the other waits for it. Then: a write through one is read through the other; a key revoked by
// `npm run keys` is refused by a hub within that hub's VIEWER_TTL_MS; concurrent writes to one
// holder through both end in success or CONFLICT with consistent versions and stored compliance;
// the same plan approved through both at once is one plan. Behaviour only, never elapsed time.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { ensureDatabase } from '../../src/db/database.js';
import { migrationsList } from '../../src/db/migrations/index.js';
import { openOrm } from '../../src/db/orm.js';
import { toGlobalId } from '../../src/graphql/node.js';
import { createApiKey, resolveViewer } from '../../src/modules/auth/api-key.service.js';
import { REPO_ROOT } from '../../src/paths.js';
import {
  AddArrayDocument,
  ApproveInspectionPlanDocument,
  ComplianceStatusDocument,
  HolderViewDocument,
  ObligationsDocument,
  RecordViolationDocument,
  RegisterHolderDocument,
  UpdateHolderDocument,
} from '../__generated__/graphql.js';
import { makeArray, makeHolder, nextTin } from '../factories/registry.js';
import { asAppRole } from '../support/app-role.js';
import { freePort } from '../support/free-port.js';
import { storedFormOf } from '../support/stored-compliance.js';

const SWC = ['--import', '@swc-node/register/esm-register'];
/** Hub B trusts a looked-up key this long; hub A keeps the default order of magnitude and more. */
const B_VIEWER_TTL_MS = 1_000;
const A_VIEWER_TTL_MS = 600_000;

interface HubProcess {
  name: string;
  base: string;
  child: ChildProcess;
  out: { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

interface Answer<D> {
  status: number;
  data: D | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
}

let adminUrl: string;
let dbName: string;
let ownerUrl: string;
let appUrl: string;
let a: HubProcess;
let b: HubProcess;
let orm: MikroORM;
let inspectorKey: string;
/** Every hub process spawned, so that afterAll stops them even when start-up failed or hung. */
const spawned: HubProcess[] = [];

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Starts src/main.ts on the shared database; resolves once it serves (or rejects with its stderr). */
async function startHub(name: string, env: Record<string, string>): Promise<HubProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [...SWC, 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: ownerUrl, DATABASE_APP_URL: appUrl, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env },
  });
  const out = { stdout: '', stderr: '' };
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const hub: HubProcess = { name, base: `http://127.0.0.1:${port}`, child, out, exited };
  spawned.push(hub);
  child.stderr!.on('data', (d: Buffer) => (out.stderr += d.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out.stdout += d.toString();
      if (out.stdout.includes('GraphiQL:')) resolve();
    });
    void exited.then((code) => reject(new Error(`hub ${name} exited with ${code} before serving:\n${out.stderr}`)));
  });
  return hub;
}

async function stopHub(hub: HubProcess): Promise<void> {
  if (hub.child.exitCode !== null || hub.child.signalCode !== null) return;
  hub.child.kill('SIGTERM');
  const code = await Promise.race([hub.exited, sleep(15_000).then(() => 'timeout' as const)]);
  if (code === 'timeout') {
    hub.child.kill('SIGKILL');
    await hub.exited;
  }
}

/** An operator command (scripts/<name>.ts) against the shared database, as `npm run <name>` runs it. */
function command(script: string, ...args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [...SWC, `scripts/${script}.ts`, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATABASE_URL: ownerUrl, DATABASE_APP_URL: appUrl, LOG_LEVEL: 'warn' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/** POSTs a typed operation to one hub over HTTP. */
async function gql<D, V>(hub: HubProcess, doc: TypedDocumentNode<D, V>, variables: V, key?: string): Promise<Answer<D>> {
  const res = await fetch(`${hub.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  const body = (await res.json()) as Omit<Answer<D>, 'status'>;
  return { status: res.status, data: body.data, errors: body.errors };
}

const holdersCount = (hub: HubProcess, key: string) =>
  fetch(`${hub.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ holders(first: 1) { totalCount } }' }),
  }).then((r) => r.status);

const sql = async <T>(text: string, params: unknown[] = []) => orm.em.fork().execute<T[]>(text, params);
const count = async (text: string, params: unknown[] = []) => Number((await sql<{ n: string }>(text, params))[0]!.n);

/** Each answer is HTTP 200 with data or a CONFLICT (never INTERNAL_SERVER_ERROR); returns the successes. */
function successOrConflict(results: Answer<unknown>[]): boolean[] {
  for (const r of results) {
    expect(r.status).toBe(200);
    for (const e of r.errors ?? []) expect(e.extensions?.code, JSON.stringify(e)).toBe('CONFLICT');
  }
  return results.map((r) => !r.errors);
}

/** Neither hub logged an error (format-error logs every INTERNAL_SERVER_ERROR at level ERROR). */
function nothingUnexpectedLogged() {
  for (const hub of [a, b]) expect(hub.out.stderr.split('\n').filter((l) => / ERROR /.test(l)), hub.name).toEqual([]);
}

beforeAll(async () => {
  adminUrl = inject('pgAdminUrl');
  dbName = `t_scale_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(adminUrl, dbName); // empty: no template, the hubs migrate and seed it
  ownerUrl = withDatabase(adminUrl, dbName);
  appUrl = asAppRole(ownerUrl);
  [a, b] = await Promise.all([startHub('A', { VIEWER_TTL_MS: String(A_VIEWER_TTL_MS) }), startHub('B', { VIEWER_TTL_MS: String(B_VIEWER_TTL_MS) })]);
  orm = await openOrm(appUrl);
  inspectorKey = (await createApiKey(orm.em, { name: 'scale-out inspector', role: 'INSPECTOR' })).key;
}, 240_000);

afterAll(async () => {
  await Promise.all(spawned.map(stopHub));
  await orm?.close();
  if (!dbName) return;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${dbName}" with (force)`);
  await admin.end();
});

describe('two hubs started at once on an empty database', () => {
  it('both serve; the migrations ran once and the reference data is loaded once', async () => {
    const owner = new pg.Client({ connectionString: ownerUrl }); // the app role may not read the migrations table
    await owner.connect();
    const names = await owner.query<{ name: string }>('select name from mikro_orm_migrations order by id').finally(() => owner.end());
    expect(names.rows.map((n) => n.name)).toEqual(migrationsList.map((m) => m.name));
    expect(await count(`select count(*) as n from legal_act where code = 'kg/law/2008/58'`)).toBe(1);
    for (const hub of [a, b]) {
      const res = await fetch(`${hub.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ legalAct(code: "kg/law/2008/58") { code } }' }),
      });
      expect(await res.json(), hub.name).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } });
    }
    // One of them applied the migrations and loaded the seeds; the other waited for it (the prepare
    // lock, src/db/prepare.ts) and found nothing to do. Without the lock one of them failed start-up.
    const first = [a, b].find((h) => h.out.stderr.includes('applied migrations'));
    const second = first === a ? b : a;
    expect(first).toBeDefined();
    expect(first!.out.stderr).toContain('"changedActs":33');
    expect(second.out.stderr).not.toContain('applied migrations');
    expect(second.out.stderr).toContain('"changedActs":0');
    nothingUnexpectedLogged();
  });
});

describe('a write through one hub is read through the other', () => {
  it('registers through A, reads through B; updates through B, reads through A', async () => {
    const tin = nextTin();
    const created = await gql(a, RegisterHolderDocument, { input: { tin, kind: 'COMMERCIAL_ORGANISATION', nameRu: 'ОсОО «Две реплики»', regionCode: 'KG-GB', sectorKey: 'finance.banking', staffCount: 7 } }, inspectorKey);
    expect(created.errors).toBeUndefined();
    const holder = created.data!.registerHolder.holder;

    const seenByB = await gql(b, HolderViewDocument, { tin }, inspectorKey);
    expect(seenByB.errors).toBeUndefined();
    expect(seenByB.data!.holder).toMatchObject({ id: holder.id, tin, version: holder.version, name: 'ОсОО «Две реплики»', staffCount: 7 });

    const updated = await gql(b, UpdateHolderDocument, { input: { id: holder.id, version: holder.version, staffCount: 8 } }, inspectorKey);
    expect(updated.errors).toBeUndefined();
    const seenByA = await gql(a, HolderViewDocument, { tin }, inspectorKey);
    expect(seenByA.data!.holder).toMatchObject({ staffCount: 8, version: holder.version + 1 });
    // A stale version is refused whichever hub holds it.
    const stale = await gql(a, UpdateHolderDocument, { input: { id: holder.id, version: holder.version, staffCount: 9 } }, inspectorKey);
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
  });
});

describe('an API key revoked by `npm run keys`', () => {
  it('is refused by a hub within its VIEWER_TTL_MS; until then only that hub\'s own cache still knows it', async () => {
    const analyst = await createApiKey(orm.em, { name: 'to revoke', role: 'ANALYST' });
    const unused = await createApiKey(orm.em, { name: 'revoked before use', role: 'ANALYST' });
    // Both hubs have looked the key up, so both hold it in their key cache.
    expect(await holdersCount(a, analyst.key)).toBe(200);
    expect(await holdersCount(b, analyst.key)).toBe(200);

    for (const k of [analyst, unused]) {
      const revoke = await command('keys', 'revoke', String(k.id));
      expect(revoke.stderr).toBe('');
      expect(revoke).toMatchObject({ code: 0, stdout: `revoked key #${k.id}\n` });
    }

    // A key no hub has cached is refused by every hub at once.
    expect(await holdersCount(a, unused.key)).toBe(401);
    expect(await holdersCount(b, unused.key)).toBe(401);
    // B (VIEWER_TTL_MS = 1 s) refuses the cached key once its entry has expired: polled, no clock asserted.
    let refusedByB = false;
    for (let i = 0; i < 300 && !refusedByB; i++) {
      refusedByB = (await holdersCount(b, analyst.key)) === 401;
      if (!refusedByB) await sleep(100);
    }
    expect(refusedByB).toBe(true);
    // A's bound is 10 minutes: its cache still answers for the key, which is exactly the documented
    // staleness (the revocation reached the database; only the per-process cache lags).
    expect(await holdersCount(a, analyst.key)).toBe(200);
  });
});

describe('the key cache of one process, with an injected clock', () => {
  const refused = { extensions: { code: 'UNAUTHENTICATED' } };

  it('answers a key revoked elsewhere from the cache for less than the TTL, then asks the database', async () => {
    const { id, key } = await createApiKey(orm.em, { name: 'cached', role: 'ANALYST' });
    const t0 = 1_000_000_000_000;
    const ask = (now: number, ttlMs = 5_000) => resolveViewer(orm.em.fork(), `Bearer ${key}`, { ttlMs, now });
    expect(await ask(t0)).toMatchObject({ role: 'ANALYST', keyId: id });
    // Another process revokes it: this process's cache does not know.
    await sql('update api_key set revoked_at = now() where id = ?', [id]);
    expect(await ask(t0 + 4_999)).toMatchObject({ keyId: id });
    await expect(ask(t0 + 5_000)).rejects.toMatchObject(refused);
  });

  it('with a TTL of 0 asks the database on every request', async () => {
    const { id, key } = await createApiKey(orm.em, { name: 'uncached', role: 'ANALYST' });
    const now = Date.now();
    expect(await resolveViewer(orm.em.fork(), `Bearer ${key}`, { ttlMs: 0, now })).toMatchObject({ keyId: id });
    await sql('update api_key set revoked_at = now() where id = ?', [id]);
    await expect(resolveViewer(orm.em.fork(), `Bearer ${key}`, { ttlMs: 0, now })).rejects.toMatchObject(refused);
  });
});

describe('per-holder serialization across both hubs', () => {
  const array = (holderId: number, i: number) => ({
    holderId: toGlobalId('Holder', holderId),
    name: `Клиенты ${i}`,
    purposes: ['Обслуживание клиентов'],
    dataCategories: i % 2 ? ['ordinary.identity.full_name', 'special.health'] : ['ordinary.identity.full_name'],
    subjectCategories: ['customer'],
    subjectCount: 1000 * (i + 1),
    media: ['ELECTRONIC_DATABASE' as const],
  });

  it('interleaved updates, arrays and violations through A and B: success or CONFLICT, one update per version, stored = live', async () => {
    const holder = await makeHolder(orm.em);
    await makeArray(orm.em, holder.id);
    const obligations = await gql(b, ObligationsDocument, { holderTin: holder.tin, onlyApplicable: true }, inspectorKey);
    const codes = obligations.data!.obligations.filter((o) => o.target.type === 'HOLDER').map((o) => o.requirement.code);
    expect(codes.length).toBeGreaterThan(0);
    const id = toGlobalId('Holder', holder.id);
    const N = 18;
    const kindOf = (i: number) => (['update', 'array', 'violation'] as const)[i % 3]!;
    const results = await Promise.all(
      Array.from({ length: N }, (_, i) => {
        const hub = i % 2 ? b : a;
        switch (kindOf(i)) {
          case 'update': // all from the same version: exactly one may win, on whichever hub
            return gql(hub, UpdateHolderDocument, { input: { id, version: holder.version, staffCount: 100 + i } }, inspectorKey);
          case 'array':
            return gql(hub, AddArrayDocument, { input: array(holder.id, i) }, inspectorKey);
          default:
            return gql(
              hub,
              RecordViolationDocument,
              {
                input: {
                  holderId: id,
                  provisionCodes: ['kg/law/2008/58#art_4__part_2'],
                  requirementCodes: [codes[i % codes.length]!],
                  offenceArticleCode: 'kg/code/2021/128#art_413-2__part_1',
                  detectedOn: '2026-03-10',
                  source: 'COMPLAINT',
                },
              },
              inspectorKey,
            );
        }
      }),
    );
    const ok = successOrConflict(results as Answer<unknown>[]);
    const succeeded = (kind: ReturnType<typeof kindOf>) => ok.filter((s, i) => s && kindOf(i) === kind).length;
    // Of the updates from one version exactly one won; a CONFLICT on them names the version.
    expect(succeeded('update')).toBe(1);
    results.forEach((r, i) => {
      if (kindOf(i) === 'update' && r.errors) expect(r.errors[0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.version' });
    });
    expect(succeeded('array')).toBeGreaterThan(0);
    expect(succeeded('violation')).toBeGreaterThan(0);

    // The database holds exactly what the answers say was written, no more and no less.
    const [row] = await sql<{ version: number; staff_count: number }>('select version, staff_count from holder where id = ?', [holder.id]);
    const winner = results.findIndex((r, i) => kindOf(i) === 'update' && !r.errors);
    expect(row).toEqual({ version: holder.version + 1, staff_count: 100 + winner });
    expect(await count('select count(*) as n from personal_data_array where holder_id = ?', [holder.id])).toBe(1 + succeeded('array'));
    expect(await count('select count(*) as n from violation where holder_id = ?', [holder.id])).toBe(succeeded('violation'));
    expect(await count(`select count(*) as n from audit_log_entry where action = 'UPDATE_HOLDER' and entity_id = ?`, [String(holder.id)])).toBe(1);

    // The stored compliance, recomputed under the holder lock by whichever hub wrote last, equals
    // the live answer (asked through the other hub as well).
    const [stored] = await sql<{ status: string; score: number | null; coverage: number | null; counts: Record<string, number> }>(
      'select status, score, coverage, counts from holder_compliance where holder_id = ?',
      [holder.id],
    );
    for (const hub of [a, b]) {
      const { data, errors } = await gql(hub, ComplianceStatusDocument, { holderTin: holder.tin }, inspectorKey);
      expect(errors).toBeUndefined();
      const live = data!.complianceStatus;
      expect(stored, hub.name).toEqual(storedFormOf(live));
    }
    nothingUnexpectedLogged();
  });

  it('read-then-update loops racing through A and B lose no update: final version = initial + successes', async () => {
    const holder = await makeHolder(orm.em);
    const id = toGlobalId('Holder', holder.id);
    const ROUNDS = 6;
    const loop = async (hub: HubProcess, offset: number) => {
      let won = 0;
      for (let i = 0; i < ROUNDS; i++) {
        const current = await gql(hub, HolderViewDocument, { tin: holder.tin }, inspectorKey);
        const r = await gql(hub, UpdateHolderDocument, { input: { id, version: current.data!.holder!.version, staffCount: offset + i } }, inspectorKey);
        successOrConflict([r]);
        if (!r.errors) won++;
      }
      return won;
    };
    const [wonA, wonB] = await Promise.all([loop(a, 1000), loop(b, 2000)]);
    expect(wonA + wonB).toBeGreaterThan(0);
    const [row] = await sql<{ version: number }>('select version from holder where id = ?', [holder.id]);
    expect(row!.version).toBe(holder.version + wonA + wonB);
    expect(await count(`select count(*) as n from audit_log_entry where action = 'UPDATE_HOLDER' and entity_id = ?`, [String(holder.id)])).toBe(wonA + wonB);
    nothingUnexpectedLogged();
  });
});

describe('plan approval across both hubs', () => {
  it('the same input approved through A and B at once is one plan, answered to all with the same id', async () => {
    for (const nameRu of ['Министерство первое', 'Министерство второе']) {
      await makeHolder(orm.em, { kind: 'STATE_BODY', nameRu, sectorKey: 'public_administration.central' });
    }
    const input = { year: 2027, track: 'STATE' as const, capacity: 3 };
    const results = await Promise.all([a, b, a, b].map((hub) => gql(hub, ApproveInspectionPlanDocument, { input }, inspectorKey)));
    expect(results.map((r) => [r.status, r.errors])).toEqual(results.map(() => [200, undefined]));
    const plans = results.map((r) => r.data!.approveInspectionPlan);
    expect(new Set(plans.map((p) => p.id)).size).toBe(1);
    expect(new Set(plans.map((p) => p.sha256)).size).toBe(1);
    expect(await count(`select count(*) as n from inspection_plan where year = 2027 and track = 'STATE'`)).toBe(1);
    expect(await count(`select count(*) as n from audit_log_entry where action = 'APPROVE_INSPECTION_PLAN'`)).toBe(1);
    nothingUnexpectedLogged();
  });
});
