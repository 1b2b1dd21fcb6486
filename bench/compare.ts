// Side-by-side throughput of the hub, PostGraphile 5 and hand-written SQL over the same database and
// the same page of 50 holders (bench/README.md, "Side by side with PostGraphile"):
//   npm run bench:compare [-- --holders 100000 --duration 10 --warmup 2 --connections 10 --rounds 3 --no-build]
//   npm run bench:compare -- --soak 600          # the hub alone on shape b, RSS and req/s every minute
// Each server is a child process (the built hub, started with the command of package.json
// scripts.start; PostGraphile and the SQL server from bench/compare/), so that on a small machine the
// load generator (autocannon, in this process) does not share an event loop with a server.
import 'reflect-metadata';
import os from 'node:os';
import { readFileSync } from 'node:fs';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Database } from '../src/db/database.js';
import { openOrm } from '../src/db/orm.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { loadDemoRegistry } from '../src/demo/load-demo.js';
import { createApiKey, OPERATOR, revokeApiKeys } from '../src/modules/auth/api-key.service.js';
import { progressBar, runCommand, UsageError, withDatabase } from '../scripts/cli.js';
import { freePort } from '../test/support/free-port.js';
import { checkAborted, runToEnd, startChild, stopChildren } from './compare/children.js';
import { readHubCommand, type HubCommand } from './compare/hub-command.js';
import { gql, gqlReq, waitReady, type Server } from './compare/http.js';
import { cannon, figureOf, measure } from './compare/load.js';
import { readOptions, type Options } from './compare/options.js';
import { describeTreeRss } from './compare/process-rss.js';
import { medianFigure, runRounds, type Figure } from './compare/rounds.js';
import { buildShapes, precheck, type Shape } from './compare/shapes.js';
import { checkSamePage, PAGE, walkHub, walkPostGraphile, WALK_ROWS } from './compare/walks.js';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const log = (line: string) => process.stderr.write(`${line}\n`);

async function ensureHolders(db: Database, orm: MikroORM, wanted: number): Promise<number> {
  const count = async () => Number((await orm.em.fork().execute<{ n: string }[]>('select count(*) as n from holder'))[0]!.n);
  const have = await count();
  if (have >= wanted) return have;
  if (!db.embedded) {
    throw new UsageError(
      `the database has ${fmt(have)} holders, fewer than --holders ${wanted}: load the demo set with "npm run demo-data -- --holders ${wanted}"` +
        `${have >= WALK_ROWS + PAGE ? ` or pass --holders ${have}` : ''} (never loaded automatically into an external database)`,
    );
  }
  log(`the embedded database has ${fmt(have)} holders; loading the demo set of ${fmt(wanted)} (as npm run demo-data -- --holders ${wanted})`);
  const bar = progressBar('demo data', 'holders');
  bar.start(wanted, 0);
  await loadDemoRegistry(orm.em, OPERATOR, { holders: wanted, onProgress: (done) => bar.update(done) });
  bar.stop();
  return count();
}

async function startServers(db: Database, o: Options, hubKey: string, withOthers: boolean) {
  const hubCmd = readHubCommand();
  if (o.build && hubCmd.prepare) {
    log(`building the hub: ${hubCmd.prepare}`);
    await runToEnd('hub build', hubCmd.prepare);
  }
  const tsLoader = ['--import', '@swc-node/register/esm-register'];
  const [hubPort, pglPort, sqlPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const hubEnv = { NODE_ENV: 'production', LOG_LEVEL: 'info', ...hubCmd.env, PORT: String(hubPort), HOST: '127.0.0.1' };
  const hub: Server = {
    name: 'hub',
    base: `http://127.0.0.1:${hubPort}`,
    child: startChild('the hub', process.execPath, hubCmd.args, hubEnv),
    headers: { authorization: `Bearer ${hubKey}` },
  };
  const servers: Server[] = [hub];
  let pgl: Server | null = null;
  let sql: Server | null = null;
  if (withOthers) {
    pgl = {
      name: 'PostGraphile',
      base: `http://127.0.0.1:${pglPort}`,
      child: startChild('PostGraphile', process.execPath, [...tsLoader, 'bench/compare/postgraphile-server.ts'], {
        NODE_ENV: 'production',
        PORT: String(pglPort),
        PGL_DATABASE_URL: db.ownerUrl,
      }),
      headers: {},
    };
    sql = {
      name: 'SQL',
      base: `http://127.0.0.1:${sqlPort}`,
      child: startChild('the SQL server', process.execPath, [...tsLoader, 'bench/compare/sql-server.ts'], {
        NODE_ENV: 'production',
        PORT: String(sqlPort),
        SQL_DATABASE_URL: db.appUrl,
      }),
      headers: {},
    };
    servers.push(pgl, sql);
  }
  log(`starting ${servers.map((s) => s.name).join(', ')} (hub: node ${hubCmd.args.join(' ')}${Object.keys(hubCmd.env).length ? `, ${JSON.stringify(hubCmd.env)}` : ''})`);
  await Promise.all(
    servers.map((s) => waitReady(s, s.name === 'SQL' ? { method: 'GET', path: '/dashboard', headers: {} } : gqlReq(s, '{ __typename }'))),
  );
  return { hub, pgl, sql, hubCmd };
}

async function machineFacts(orm: MikroORM, db: Database, holders: number, o: Options, hubCmd: HubCommand): Promise<string[]> {
  const [{ v }] = await orm.em.fork().execute<{ v: string }[]>("select current_setting('server_version') as v");
  const cpus = os.cpus();
  const version = (pkg: string) => (JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;
  return [
    `machine: ${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${fmt(os.totalmem() / 2 ** 30, 1)} GiB, ${os.type()} ${os.release()}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    `node ${process.version}; PostgreSQL ${v} (${db.embedded ? 'embedded' : 'external'}); postgraphile ${version('postgraphile')}; autocannon ${version('autocannon')}`,
    `data: ${fmt(holders)} holders; page: the ${PAGE} holders after row ${fmt(WALK_ROWS)} by id; ${o.connections} connections, ${o.warmup} s warm-up, ${o.soak === null ? `${o.duration} s per run, ${o.rounds} round${o.rounds === 1 ? '' : 's'} in turning order, medians shown` : `${fmt(o.soak)} s soak`}`,
    `hub: NODE_ENV=production node ${hubCmd.args.join(' ')} (from package.json scripts.start), ANALYST key` +
      (o.soak === null ? '; PostGraphile: amber preset, schema public, owner role, no auth; SQL: node:http + pg, one statement per shape' : ''),
  ];
}

function table(shapes: Shape[], figures: Map<string, Figure>): string[] {
  const cell = (f: Figure | undefined): string[] => {
    if (!f || f.status === 'n/a') return ['n/a', '', ''];
    if (f.status === 'failed') return ['FAILED', '', ''];
    return [fmt(f.reqPerSec!), fmt(f.p50!), fmt(f.p99!)];
  };
  const head = ['shape', 'hub req/s', 'p50 ms', 'p99 ms', 'PostGraphile req/s', 'p50 ms', 'p99 ms', 'SQL req/s', 'p50 ms', 'p99 ms', 'hub/PostGraphile'];
  const rows = shapes.map((s) => {
    const [h, p, q] = (['hub', 'PostGraphile', 'SQL'] as const).map((n) => figures.get(`${s.key}/${n}`));
    const ratio = h?.status === 'ok' && p?.status === 'ok' ? `${(h.reqPerSec! / p.reqPerSec!).toFixed(2)}×` : 'n/a';
    return [`${s.key}. ${s.title}`, ...cell(h), ...cell(p), ...cell(q), ratio];
  });
  const widths = head.map((_, i) => Math.max(head[i]!.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)];
}

async function compare(db: Database, orm: MikroORM, o: Options): Promise<number> {
  const holders = await ensureHolders(db, orm, o.holders);
  checkAborted();
  const key = await createApiKey(orm.em, { name: 'bench:compare analyst', role: 'ANALYST' });
  try {
    const { hub, pgl, sql, hubCmd } = await startServers(db, o, key.key, o.soak === null);
    const facts = await machineFacts(orm, db, holders, o, hubCmd);

    log(`walking ${fmt(WALK_ROWS)} rows by keyset cursors on ${pgl ? 'the hub and PostGraphile' : 'the hub'}`);
    const hubWalk = await walkHub(hub);
    let pglCursor = '';
    let pageCheck = 'PostGraphile not started (soak)';
    if (pgl) {
      const pglWalk = await walkPostGraphile(pgl);
      if (pglWalk.lastId !== hubWalk.lastId) throw new Error(`row ${WALK_ROWS} is holder ${hubWalk.lastId} on the hub but ${pglWalk.lastId} on PostGraphile`);
      pglCursor = pglWalk.cursor;
      pageCheck = await checkSamePage(hub, hubWalk.cursor, pgl, pglWalk.cursor);
    }
    log(`row ${fmt(WALK_ROWS)} is holder id ${hubWalk.lastId}; the next ${PAGE}: ${pageCheck}`);

    // Obligations need TINs the ANALYST key sees: the first PAGE such holders from the same cursor.
    const visible = await gql(hub, 'query($after: String) { holders(first: 100, after: $after, orderBy: {field: CREATED}) { edges { node { tin } } } }', { after: hubWalk.cursor });
    const tins = (visible.holders.edges as { node: { tin: string | null } }[]).map((e) => e.node.tin).filter((t): t is string => t !== null).slice(0, PAGE);
    const breakdown = await gql(hub, '{ holderBreakdown(by: REGION) { key holders } }');
    const regions = (breakdown.holderBreakdown as { key: string | null }[]).map((e) => e.key);
    const shapes = buildShapes(hub, pgl, sql, { hub: hubWalk.cursor, pgl: pglCursor, sqlAfter: hubWalk.lastId }, regions, tins);

    if (o.soak !== null) return await soak(hub, shapes.find((s) => s.key === 'b')!, o, facts);

    const runs = await runRounds({
      shapes,
      servers: [hub, pgl!, sql!],
      rounds: o.rounds,
      requestsOf: (shape, s) => shape.requests[s.name],
      precheck: (shape, s, hubData) => precheck(shape, s, shape.requests[s.name]!, hubData),
      measure: (shape, s) => measure(s, shape.requests[s.name]!, o),
      log,
    });
    const figures = new Map([...runs].map(([id, r]) => [id, medianFigure(r)]));

    const failed = [...figures].filter(([, f]) => f.status === 'failed');
    const out = [
      ...facts,
      '',
      ...table(shapes, figures),
      '',
      ...shapes.filter((s) => s.note).map((s) => `${s.key}: ${s.note}`),
      `requests, non-2xx, errors per run: ${[...figures].filter(([, f]) => f.requests !== undefined).map(([id, f]) => `${id} ${f.requests ?? 0}/${f.non2xx ?? 0}/${f.errors ?? 0}`).join(', ')}`,
      ...failed.map(([id, f]) => `FAILED ${id}: ${f.problem}`),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
    return failed.length ? 1 : 0;
  } finally {
    await stopChildren();
    await revokeApiKeys(orm.em, { id: key.id }, 'bench:compare finished').catch(() => {});
  }
}

async function soak(hub: Server, shape: Shape, o: Options, facts: string[]): Promise<number> {
  const reqs = shape.requests.hub!;
  const { problem } = await precheck(shape, hub, reqs, undefined);
  if (problem) throw new Error(`shape ${shape.key} on the hub, before the load: ${problem}`);
  const pid = hub.child.proc.pid!;
  process.stdout.write(`${facts.join('\n')}\nsoak: the hub alone (pid ${pid}), shape ${shape.key} (${shape.title}), ${o.connections} connections, ${fmt(o.soak!)} s\n`);
  if (o.warmup > 0) figureOf(await cannon(hub, reqs, o.warmup, o.connections));
  process.stdout.write(`minute 0: hub RSS ${describeTreeRss(pid)} (after ${o.warmup} s warm-up)\n`);
  let seconds = 0;
  let inMinute = 0;
  let inMinuteSeconds = 0;
  const report = () => {
    if (!inMinuteSeconds) return;
    process.stdout.write(`minute ${fmt(seconds / 60, seconds % 60 ? 1 : 0)}: ${fmt(inMinute / inMinuteSeconds)} req/s, hub RSS ${describeTreeRss(pid)}\n`);
    inMinute = 0;
    inMinuteSeconds = 0;
  };
  const result = await cannon(hub, reqs, o.soak!, o.connections, (n) => {
    seconds++;
    inMinute += n;
    inMinuteSeconds++;
    if (seconds % 60 === 0) report();
  });
  if (inMinute > 0) report(); // autocannon's last tick can be an empty one past the end
  const f = figureOf(result);
  process.stdout.write(
    `overall: ${fmt(f.reqPerSec!)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms; ${fmt(f.requests!)} answers, ${f.non2xx} non-2xx, ${f.errors} errors, ${f.timeouts} timeouts\n`,
  );
  if (f.status === 'failed') {
    process.stdout.write(`FAILED: ${f.problem}\n`);
    return 1;
  }
  return 0;
}

await runCommand(async () => {
  const o = readOptions(process.argv.slice(2));
  return withDatabase(async (db) => {
    await prepareDatabase(db);
    const orm = await openOrm(db.appUrl);
    try {
      return await compare(db, orm, o);
    } finally {
      await orm.close();
    }
  });
});
