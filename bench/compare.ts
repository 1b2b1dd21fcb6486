// Side-by-side throughput of the hub, PostGraphile 5 and hand-written SQL over the same database and
// the same page of 50 holders (bench/README.md, "Side by side with PostGraphile"):
//   npm run bench:compare [-- --holders 100000 --duration 10 --warmup 2 --connections 10 --rounds 3 --no-build]
//   npm run bench:compare -- --soak 600          # the hub alone on shape b, RSS and req/s every minute
// Each server is a child process (the built hub, started with the command of package.json
// scripts.start; PostGraphile and the SQL server from bench/compare/), so that on a small machine the
// load generator (autocannon, in this process) does not share an event loop with a server.
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Database } from '../src/db/database.js';
import { openOrm } from '../src/db/orm.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { loadDemoRegistry } from '../src/demo/load-demo.js';
import { fromGlobalId } from '../src/graphql/node.js';
import { createApiKey, OPERATOR, revokeApiKeys } from '../src/modules/auth/api-key.service.js';
import { parseArgs, progressBar, runCommand, UsageError, withDatabase } from '../scripts/cli.js';
import { freePort } from '../test/support/free-port.js';
import { describeTreeRss } from './compare/process-rss.js';
import { medianFigure, runRounds, type Figure } from './compare/rounds.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The keyset walk goes to this row, then every shape reads the PAGE holders after it. */
const WALK_ROWS = 5000;
const PAGE = 50;
const STARTUP_TIMEOUT_MS = 180_000;

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  holders: number;
  duration: number;
  warmup: number;
  connections: number;
  soak: number | null;
  build: boolean;
  rounds: number;
}

const KNOWN = ['holders', 'duration', 'warmup', 'connections', 'rounds', 'soak', 'no-build'];

function readOptions(argv: string[]): Options {
  const { positional, options } = parseArgs(argv);
  const unknown = [...positional, ...Object.keys(options).filter((k) => !KNOWN.includes(k)).map((k) => `--${k}`)];
  if (unknown.length) throw new UsageError(`unknown argument ${unknown.join(' ')}; options: ${KNOWN.map((k) => `--${k}`).join(' ')}`);
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = options[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (raw === true || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}`);
    return n;
  };
  return {
    holders: int('holders', 100_000, WALK_ROWS + PAGE, 100_000),
    duration: int('duration', 10, 1, 3600),
    warmup: int('warmup', 2, 0, 600),
    connections: int('connections', 10, 1, 1000),
    soak: options.soak === undefined ? null : int('soak', 600, 1, 7 * 24 * 3600),
    build: options['no-build'] === undefined,
    rounds: int('rounds', 3, 1, 20),
  };
}

// ---------------------------------------------------------------------------------------------
// The hub's start command, read from package.json at run time (it changes; never copied here)

/** Splits a command line the way sh would for plain words and '…' / "…" quotes. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let quote: string | null = null;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = null;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + ch;
    }
  }
  if (quote) throw new Error(`unbalanced quote in "${line}"`);
  if (word !== null) words.push(word);
  return words;
}

export interface HubCommand {
  /** What runs before the server (e.g. `npm run build`), as one sh command; null when nothing. */
  prepare: string | null;
  /** `NAME=value` assignments before `node`. */
  env: Record<string, string>;
  /** Arguments of `node`: its flags and the entry point. */
  args: string[];
}

/** `npm run build && [NAME=value …] node [flags] dist/src/main.js` → its parts. */
export function hubStartCommand(start: string): HubCommand {
  const segments = start.split('&&').map((s) => s.trim()).filter(Boolean);
  const last = segments.pop() ?? '';
  const words = shellWords(last);
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) {
    const [name, ...value] = words.shift()!.split('=');
    env[name!] = value.join('=');
  }
  if (words.shift() !== 'node' || !words.length) throw new Error(`package.json scripts.start must end with "node [flags] <entry point>" (it is "${start}")`);
  return { prepare: segments.length ? segments.join(' && ') : null, env, args: words };
}

function readHubCommand(): HubCommand {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts?: Record<string, string> };
  const start = pkg.scripts?.start;
  if (!start) throw new Error('package.json has no scripts.start');
  return hubStartCommand(start);
}

// ---------------------------------------------------------------------------------------------
// Child processes: every one is stopped on success, failure, SIGINT/SIGTERM and process exit

/**
 * Sends `pid` SIGTERM when this process dies however it dies (kill -9 included): a small shell whose
 * stdin is a pipe from this process sees end-of-file then (as src/db/embedded-postgres.ts does for
 * the database). In its own process group, so that a Ctrl-C does not stop it first.
 */
function startWatchdog(pid: number): ChildProcess {
  const dog = spawn('sh', ['-c', 'cat >/dev/null; kill -TERM "$0" 2>/dev/null', String(pid)], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
  dog.on('error', () => {}); // no sh: the child then only stops with this process's own clean-up
  dog.unref();
  (dog.stdin as unknown as { unref(): void }).unref();
  return dog;
}

interface Child {
  name: string;
  proc: ChildProcess;
  /** Its last lines of output, for the message when it fails. */
  output: string[];
  alive: boolean;
  exited: Promise<string>;
}

const children: Child[] = [];

function startChild(name: string, command: string, args: string[], env: Record<string, string>): Child {
  const proc = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    // API keys (the hub prints its demo keys) are not repeated in a failure message.
    output.push(...chunk.toString('utf8').replace(/pdh_[\w-]+/g, 'pdh_…').split('\n').filter((l) => l.trim()));
    output.splice(0, Math.max(0, output.length - 25));
  };
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  proc.stdin!.on('error', () => {}); // the stdin pipe only tells PostGraphile and the SQL server that we are gone
  const child: Child = { name, proc, output, alive: true, exited: Promise.resolve('') };
  const watchdog = proc.pid ? startWatchdog(proc.pid) : null;
  child.exited = new Promise((resolve) => {
    proc.once('error', (e) => {
      child.alive = false;
      output.push(e.message);
      resolve(`could not start: ${e.message}`);
    });
    proc.once('exit', (code, signal) => {
      child.alive = false;
      watchdog?.kill('SIGKILL');
      resolve(signal ? `signal ${signal}` : `exit code ${code}`);
    });
  });
  children.push(child);
  return child;
}

async function stopChildren(): Promise<void> {
  await Promise.all(
    children.splice(0).map(async (c) => {
      if (!c.alive) return;
      c.proc.kill('SIGTERM');
      const force = setTimeout(() => c.proc.kill('SIGKILL'), 10_000);
      await c.exited;
      clearTimeout(force);
    }),
  );
}

function childFailure(c: Child, what: string): Error {
  return new Error(`${c.name} ${what}; its last output:\n    ${c.output.join('\n    ') || '(none)'}`);
}

// A crash of this process must not leave servers running (SIGKILL cannot be caught; then
// PostGraphile and the SQL server still stop on their stdin's end, the hub does not).
process.on('exit', () => {
  for (const c of children) if (c.alive) c.proc.kill('SIGKILL');
});

const abort = new AbortController();
let running: autocannon.Instance | null = null;
function interrupt(signal: string) {
  if (abort.signal.aborted) {
    process.exit(130); // a second Ctrl-C: the exit handler above kills the children
  }
  abort.abort(new Error(`interrupted by ${signal}`));
  running?.stop();
}
process.on('SIGINT', () => interrupt('SIGINT'));
process.on('SIGTERM', () => interrupt('SIGTERM'));

function checkAborted() {
  if (abort.signal.aborted) throw abort.signal.reason as Error;
}
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function runToEnd(name: string, command: string): Promise<void> {
  const child = startChild(name, 'sh', ['-c', command], {});
  const how = await child.exited;
  checkAborted();
  if (how !== 'exit code 0') throw childFailure(child, `failed (${how})`);
}

// ---------------------------------------------------------------------------------------------
// HTTP to the servers

interface Req {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface Server {
  name: 'hub' | 'PostGraphile' | 'SQL';
  base: string;
  child: Child;
  headers: Record<string, string>;
}

const gqlReq = (s: Server, query: string, variables: Record<string, unknown> = {}): Req => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...s.headers },
  body: JSON.stringify({ query, variables }),
});

async function send(s: Server, r: Req): Promise<{ status: number; text: string }> {
  const res = await fetch(s.base + r.path, { method: r.method, headers: r.headers, body: r.body, signal: AbortSignal.any([abort.signal, AbortSignal.timeout(60_000)]) });
  return { status: res.status, text: await res.text() };
}

/** The answer's `data`, or the reason it is not a usable answer (HTTP status, GraphQL errors, no data). */
async function answer(s: Server, r: Req): Promise<{ data?: any; problem?: string }> {
  const { status, text } = await send(s, r);
  let body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return { problem: `HTTP ${status}, not JSON: ${text.slice(0, 200)}` };
  }
  if (body.errors?.length) {
    const e = body.errors[0]!;
    return { problem: `HTTP ${status}, ${body.errors.length} GraphQL error(s): ${e.extensions?.code ? `${e.extensions.code} ` : ''}${e.message}` };
  }
  if (status !== 200) return { problem: `HTTP ${status}` };
  if (!body.data || !Object.values(body.data).some((v) => v !== null && (!Array.isArray(v) || v.length))) return { problem: `empty data: ${text.slice(0, 200)}` };
  return { data: body.data };
}

async function gql(s: Server, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, problem } = await answer(s, gqlReq(s, query, variables));
  if (problem) throw new Error(`${s.name}: ${problem}\n  query: ${query}`);
  return data;
}

async function waitReady(s: Server, probe: Req): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    checkAborted();
    if (!s.child.alive) throw childFailure(s.child, `stopped during start-up (${await s.child.exited})`);
    const ok = await send(s, probe).then((r) => r.status === 200, () => false);
    if (ok) return;
    if (Date.now() > deadline) throw childFailure(s.child, `did not answer within ${STARTUP_TIMEOUT_MS / 1000} s`);
    await sleep(250);
  }
}

// ---------------------------------------------------------------------------------------------
// Keyset walks: each server by its own cursors to row WALK_ROWS, then the same PAGE holders

const hubRowId = (id: string) => Number(fromGlobalId(id).key);

async function walkHub(hub: Server): Promise<{ cursor: string; lastId: number }> {
  let after: string | null = null;
  let rows = 0;
  let lastId = 0;
  while (rows < WALK_ROWS) {
    const data = await gql(
      hub,
      'query($after: String, $first: Int) { holders(first: $first, after: $after, orderBy: {field: CREATED}) { pageInfo { endCursor } edges { node { id } } } }',
      { after, first: Math.min(100, WALK_ROWS - rows) },
    );
    const edges = data.holders.edges as { node: { id: string } }[];
    if (!edges.length) throw new Error(`the hub's holders end after ${rows} rows`);
    rows += edges.length;
    after = data.holders.pageInfo.endCursor as string;
    lastId = hubRowId(edges.at(-1)!.node.id);
  }
  return { cursor: after!, lastId };
}

async function walkPostGraphile(pgl: Server): Promise<{ cursor: string; lastId: number }> {
  let after: string | null = null;
  let rows = 0;
  let lastId = 0;
  while (rows < WALK_ROWS) {
    const data = await gql(
      pgl,
      'query($after: Cursor, $first: Int) { allHolders(first: $first, after: $after, orderBy: PRIMARY_KEY_ASC) { pageInfo { endCursor } nodes { rowId } } }',
      { after, first: Math.min(100, WALK_ROWS - rows) },
    );
    const nodes = data.allHolders.nodes as { rowId: number }[];
    if (!nodes.length) throw new Error(`PostGraphile's allHolders end after ${rows} rows`);
    rows += nodes.length;
    after = data.allHolders.pageInfo.endCursor as string;
    lastId = nodes.at(-1)!.rowId;
  }
  return { cursor: after!, lastId };
}

/** Aborts (throws) unless both servers answer the same PAGE holders after their own cursors. */
async function checkSamePage(hub: Server, hubCursor: string, pgl: Server, pglCursor: string): Promise<string> {
  const h = await gql(hub, `query($after: String) { holders(first: ${PAGE}, after: $after, orderBy: {field: CREATED}) { edges { node { id tin kind } } } }`, { after: hubCursor });
  const p = await gql(pgl, `query($after: Cursor) { allHolders(first: ${PAGE}, after: $after, orderBy: PRIMARY_KEY_ASC) { nodes { rowId tin kind } } }`, { after: pglCursor });
  const hubRows = (h.holders.edges as { node: { id: string; tin: string | null; kind: string } }[]).map((e) => ({ ...e.node, id: hubRowId(e.node.id) }));
  const pglRows = p.allHolders.nodes as { rowId: number; tin: string; kind: string }[];
  if (hubRows.length !== PAGE || pglRows.length !== PAGE) throw new Error(`after row ${WALK_ROWS} the hub answers ${hubRows.length} holders and PostGraphile ${pglRows.length}, not ${PAGE}`);
  let hidden = 0;
  for (let i = 0; i < PAGE; i++) {
    const a = hubRows[i]!;
    const b = pglRows[i]!;
    // An entrepreneur's TIN is personal data: null for the ANALYST key, visible to PostGraphile.
    const tinAgrees = a.tin === b.tin || (a.tin === null && b.kind === 'INDIVIDUAL_ENTREPRENEUR');
    if (a.id !== b.rowId || !tinAgrees || a.kind !== b.kind) {
      throw new Error(`holder ${WALK_ROWS + i + 1} differs: hub id ${a.id} tin ${a.tin}, PostGraphile rowId ${b.rowId} tin ${b.tin}`);
    }
    if (a.tin === null) hidden++;
  }
  return `ids ${hubRows[0]!.id}–${hubRows.at(-1)!.id}, TINs equal${hidden ? ` (${hidden} entrepreneurs' TINs hidden from the ANALYST key)` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Shapes

type ServerName = Server['name'];

interface Shape {
  key: string;
  title: string;
  /** A page of PAGE holders (a–c). */
  paged: boolean;
  /** Requests per server (a connection cycles through them); null: no equivalent (n/a). */
  requests: Record<ServerName, Req[] | null>;
  note?: string;
}

interface Cursors {
  hub: string;
  pgl: string;
  sqlAfter: number;
}

/** One holder in the hub's JSON shape (what the SQL server also answers). */
type HolderRow = Record<string, unknown>;

/** PostGraphile's answer for shapes a–c, rewritten into the hub's shape (without tin; checked by the walk). */
function pglHolders(data: any): HolderRow[] {
  return (data.allHolders.nodes as any[]).map((n) => {
    const row: HolderRow = {};
    if ('nameRu' in n) row.name = n.nameRu;
    for (const f of ['kind', 'regionCode', 'registrationStatus']) if (f in n) row[f] = n[f];
    if (n.personalDataArraysByHolderId) {
      row.personalDataArrays = n.personalDataArraysByHolderId.nodes.map((a: any) => {
        const arr: HolderRow = { name: a.name };
        if ('subjectCount' in a) arr.subjectCount = a.subjectCount;
        if (a.informationSystemArraysByPersonalDataArrayId) {
          arr.informationSystems = a.informationSystemArraysByPersonalDataArrayId.nodes.map((j: any) => j.informationSystemByInformationSystemId);
        }
        return arr;
      });
    }
    if (n.informationSystemsByHolderId) row.informationSystems = n.informationSystemsByHolderId.nodes;
    return row;
  });
}

/** Lists sorted by their JSON, so that an order the query did not ask for does not count. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  return v;
}

/** The answer of `server` for `shape` in a form comparable with the hub's; null: nothing to compare. */
function comparable(shape: string, server: ServerName, data: any, withTin: boolean): unknown {
  if (shape === 'd') {
    if (server === 'PostGraphile') return canonical(Object.entries(data).map(([alias, v]: [string, any]) => ({ key: regionOfAlias.get(alias), holders: v.totalCount })));
    return canonical(data.holderBreakdown);
  }
  if (shape === 'e') return null;
  const rows = server === 'PostGraphile' ? pglHolders(data) : (data.holders.edges as { node: HolderRow }[]).map((e) => ({ ...e.node }));
  return rows.map((r) => {
    if (!withTin) delete r.tin;
    return canonical(r);
  });
}

/** Alias of the PostGraphile dashboard query → region code. */
const regionOfAlias = new Map<string, string | null>();

function buildShapes(hub: Server, pgl: Server | null, sql: Server | null, c: Cursors, regions: (string | null)[], tins: string[]): Shape[] {
  const hubPage = (node: string) => [gqlReq(hub, `query($after: String) { holders(first: ${PAGE}, after: $after, orderBy: {field: CREATED}) { edges { node { ${node} } } } }`, { after: c.hub })];
  const pglPage = (node: string) =>
    pgl && [gqlReq(pgl, `query($after: Cursor) { allHolders(first: ${PAGE}, after: $after, orderBy: PRIMARY_KEY_ASC) { nodes { ${node} } } }`, { after: c.pgl })];
  const sqlPage = (name: string) => sql && [{ method: 'GET' as const, path: `/${name}?after=${c.sqlAfter}&first=${PAGE}`, headers: {} }];
  const flatHub = 'tin name kind regionCode registrationStatus';
  const flatPgl = 'tin nameRu kind regionCode registrationStatus';
  regionOfAlias.clear();
  regions.forEach((r, i) => regionOfAlias.set(`r${i}`, r));
  const counts = [...regionOfAlias].map(([alias, r]) => `${alias}: allHolders(condition: {regionCode: ${r === null ? 'null' : JSON.stringify(r)}}) { totalCount }`);
  return [
    {
      key: 'a',
      paged: true,
      title: `${PAGE} holders, flat`,
      requests: { hub: hubPage(flatHub), PostGraphile: pglPage(flatPgl), SQL: sqlPage('flat') },
    },
    {
      key: 'b',
      paged: true,
      title: '+ arrays, systems',
      requests: {
        hub: hubPage(`${flatHub} personalDataArrays { name subjectCount } informationSystems { name threatType }`),
        PostGraphile: pglPage(`${flatPgl} personalDataArraysByHolderId { nodes { name subjectCount } } informationSystemsByHolderId { nodes { name threatType } }`),
        SQL: sqlPage('nested'),
      },
    },
    {
      key: 'c',
      paged: true,
      title: 'arrays → systems (join table)',
      requests: {
        hub: hubPage('tin personalDataArrays { name informationSystems { name threatType } }'),
        PostGraphile: pglPage(
          'tin personalDataArraysByHolderId { nodes { name informationSystemArraysByPersonalDataArrayId { nodes { informationSystemByInformationSystemId { name threatType } } } } }',
        ),
        SQL: sqlPage('join'),
      },
    },
    {
      key: 'd',
      paged: false,
      title: 'holders per region',
      requests: {
        hub: [gqlReq(hub, '{ holderBreakdown(by: REGION) { key holders } }')],
        PostGraphile: pgl && [gqlReq(pgl, `{ ${counts.join(' ')} }`)],
        SQL: sql && [{ method: 'GET', path: '/dashboard', headers: {} }],
      },
      note: `PostGraphile (no aggregates in amber): one allHolders(condition: {regionCode}) { totalCount } per region, ${regions.length} aliases`,
    },
    {
      key: 'e',
      paged: false,
      title: `obligations, ${tins.length} holders`,
      requests: {
        hub: tins.map((tin) => gqlReq(hub, 'query($tin: String!) { obligations(holderTin: $tin) { applies requirement { code } target { type name } } }', { tin })),
        PostGraphile: null,
        SQL: null,
      },
      note: `one holder per request, each connection cycling through ${tins.length} holders (rule evaluation: no PostGraphile or SQL equivalent)`,
    },
  ];
}

/**
 * Every request of a shape, once, before any load: the reason when one is not a proper answer, or
 * when the first one differs from the hub's (`hubData`; PostGraphile's without TINs, which the walk
 * checked). Returns the first answer's data.
 */
async function precheck(shape: Shape, s: Server, reqs: Req[], hubData: unknown): Promise<{ problem?: string; data?: unknown }> {
  let first: unknown;
  for (const r of reqs) {
    const { data, problem } = await answer(s, r);
    if (problem) return { problem };
    if (shape.paged) {
      const n = s.name === 'PostGraphile' ? data.allHolders.nodes.length : data.holders.edges.length;
      if (n !== PAGE) return { problem: `${n} holders instead of ${PAGE}` };
    }
    first ??= data;
  }
  if (hubData !== undefined) {
    const withTin = s.name !== 'PostGraphile';
    const mine = comparable(shape.key, s.name, first, withTin);
    const theirs = comparable(shape.key, 'hub', hubData, withTin);
    if (s.name === 'PostGraphile' && Array.isArray(mine) && Array.isArray(theirs)) {
      // PostGraphile is asked for nameRu only; the hub falls back to ky/en where there is none.
      mine.forEach((row: HolderRow, i) => {
        if (row.name !== null || !theirs[i]) return;
        delete row.name;
        delete (theirs[i] as HolderRow).name;
      });
    }
    const diff = mine === null ? null : firstDifference(theirs, mine);
    if (diff) return { problem: `answers differently from the hub: ${diff}` };
  }
  return { data: first };
}

function firstDifference(a: unknown, b: unknown): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${a.length} items vs ${b.length}`;
    const i = a.findIndex((x, k) => JSON.stringify(x) !== JSON.stringify(b[k]));
    return `item ${i}: hub ${JSON.stringify(a[i]).slice(0, 300)} vs ${JSON.stringify(b[i]).slice(0, 300)}`;
  }
  return `hub ${JSON.stringify(a).slice(0, 300)} vs ${JSON.stringify(b).slice(0, 300)}`;
}

// ---------------------------------------------------------------------------------------------
// Load


function cannon(s: Server, requests: Req[], seconds: number, connections: number, onTick?: (n: number) => void): Promise<autocannon.Result> {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: s.base, connections, duration: seconds, timeout: 30, requests }, (err, result) => {
      running = null;
      if (err) reject(err);
      else resolve(result);
    });
    if (onTick) instance.on('tick', (t) => onTick(t.counter));
    running = instance;
  }).then(async (r) => {
    checkAborted();
    if (!s.child.alive) throw childFailure(s.child, `stopped under load (${await s.child.exited})`);
    return r;
  });
}

function figureOf(r: autocannon.Result): Figure {
  const f: Figure = {
    status: 'ok',
    reqPerSec: r.requests.total / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
  if (r.non2xx || r.errors || r.timeouts || !r.requests.total) {
    const codes = Object.entries(r.statusCodeStats).map(([code, { count }]) => `${count}×${code}`).join(', ');
    f.status = 'failed';
    f.problem = `${r.non2xx} non-2xx (${codes}), ${r.errors} errors, ${r.timeouts} timeouts in ${r.requests.total} answers`;
  }
  return f;
}

async function measure(s: Server, reqs: Req[], o: Options): Promise<Figure> {
  if (o.warmup > 0) {
    const w = figureOf(await cannon(s, reqs, o.warmup, o.connections));
    if (w.status === 'failed') return { ...w, problem: `during warm-up: ${w.problem}` };
  }
  const f = figureOf(await cannon(s, reqs, o.duration, o.connections));
  if (f.status === 'ok') {
    const { problem } = await answer(s, reqs[0]!); // still a proper answer after the load
    if (problem) return { ...f, status: 'failed', problem: `after the load: ${problem}` };
  }
  return f;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const log = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// Main

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
