// Latency and throughput of what the hub's own web pages (src/web) send: the typed documents of
// src/client/operations/web.graphql, exactly as the client prints them, with the variables a visitor
// produces (public Registry search, its next page, a holder page, the Agency dashboard's sections),
// because those are the requests a person waits for and bench:api / bench:compare do not send them.
//   npm run bench:pages [-- --runs 30 --duration 5 --connections 10]
// Per operation: p50/p95 of `runs` sequential requests (one visitor), then req/s under autocannon.
// The built hub runs as a child process (scripts/start.mjs, what `npm start` runs; it rebuilds a stale
// dist/) on the embedded database (load it first: npm run demo-data -- --holders 100000); the demo
// API keys it prints give the ANALYST and INSPECTOR keys. It is stopped at the end, also on failure.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { AgencyInspectionsDocument, AgencyRegistryDocument, AgencyViolationsDocument, RegionsDocument, RegistryHolderDocument, RegistrySearchDocument } from '../src/client/index.js';
import { createHubClient, HubError, type HubClient } from '../src/client/index.js';
import { parseArgs, runCommand, UsageError } from '../scripts/cli.js';
import { freePort } from '../test/support/free-port.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const STARTUP_TIMEOUT_MS = 180_000;
/** The Registry search page asks for 20 holders a page (src/web/registry/search.tsx). */
const PAGE = 20;
const ROLES = ['ADMIN', 'INSPECTOR', 'ANALYST', 'PARTNER', 'HOLDER'] as const;
type Who = 'public' | (typeof ROLES)[number];

const log = (line: string) => process.stderr.write(`${line}\n`);
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

let interrupted: string | null = null;
let running: autocannon.Instance | null = null;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) process.exit(130);
    interrupted = signal;
    running?.stop();
  });
}
function checkInterrupted() {
  if (interrupted) throw new Error(`interrupted by ${interrupted}`);
}

// ---------------------------------------------------------------------------------------------
// The hub: a child process, its demo keys read from its stdout

interface Hub {
  base: string;
  keys: Partial<Record<Who, string>>;
  banner: string;
  stop(): Promise<void>;
}

async function startHub(): Promise<Hub> {
  const port = await freePort();
  const env = { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'info', PORT: String(port), HOST: '127.0.0.1' };
  const proc: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  // If this process dies without stopping it (kill -9), a shell whose stdin is our pipe sees its end
  // and sends start.mjs SIGTERM, which passes it to the hub, which stops its embedded PostgreSQL.
  const dog = spawn('sh', ['-c', 'cat >/dev/null; kill -TERM "$0" 2>/dev/null', String(proc.pid)], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
  dog.on('error', () => {});
  dog.unref();
  (dog.stdin as unknown as { unref(): void }).unref();
  let alive = true;
  const exited = new Promise<string>((resolve) => {
    proc.once('error', (e) => resolve(`could not start: ${e.message}`));
    proc.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`));
  }).then((how) => {
    alive = false;
    dog.kill('SIGKILL');
    return how;
  });
  const stopOnExit = () => alive && proc.kill('SIGTERM');
  process.on('exit', stopOnExit);
  const stop = async () => {
    if (alive) {
      proc.kill('SIGTERM'); // start.mjs passes it on; it ends when the hub has stopped its database
      const force = setTimeout(() => proc.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(force);
    }
    process.off('exit', stopOnExit);
  };

  const keys: Hub['keys'] = { public: '' };
  const tail: string[] = [];
  let banner = '';
  let pending = '';
  const onLine = (line: string) => {
    const key = /^\s+([A-Z]+)\s+(pdh_\S+)/.exec(line);
    if (key && (ROLES as readonly string[]).includes(key[1]!)) keys[key[1] as Who] = key[2]!;
    if (line.includes(' hub ready in ')) banner = line.trim();
    tail.push(line.replace(/pdh_\S+/g, 'pdh_…')); // keys are not repeated in a failure message
    tail.splice(0, Math.max(0, tail.length - 25));
  };
  proc.stdout!.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop()!;
    lines.forEach(onLine);
  });
  proc.stderr!.on('data', (chunk: Buffer) => chunk.toString('utf8').split('\n').filter((l) => l.trim()).forEach(onLine));
  const failure = (what: string) => new Error(`the hub ${what}; its last output:\n    ${tail.join('\n    ') || '(none)'}`);

  log(`starting the hub: node scripts/start.mjs on port ${port}`);
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  try {
    while (!(keys.ANALYST && keys.INSPECTOR)) {
      checkInterrupted();
      if (!alive) throw failure(`stopped during start-up (${await exited})`);
      if (Date.now() > deadline) throw failure(`printed no ANALYST and INSPECTOR demo keys within ${STARTUP_TIMEOUT_MS / 1000} s (an external DATABASE_URL gets none)`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return { base: `http://127.0.0.1:${port}`, keys, banner, stop };
}

// ---------------------------------------------------------------------------------------------
// Cases: one operation with its variables and key

interface Case {
  op: string;
  label: string;
  who: Who;
  query: string;
  variables: Record<string, unknown>;
  send(client: HubClient): Promise<unknown>;
}

function op<D, V extends Record<string, unknown>>(doc: TypedDocumentNode<D, V>, label: string, who: Who, variables: V): Case {
  const def = doc.definitions[0]!;
  const name = def.kind === 'OperationDefinition' ? (def.name?.value ?? '?') : '?';
  return { op: name, label, who, query: print(doc), variables, send: (client) => client.request(doc, variables) };
}

/** What an answer was, in a few words: rows per field, or the error code (the page shows both). */
async function outcome(c: Case, client: HubClient): Promise<{ text: string; data?: any }> {
  try {
    const data = (await c.send(client)) as Record<string, any>;
    const parts = Object.entries(data).map(([field, v]) => {
      if (Array.isArray(v)) return `${field}: ${v.length}`;
      if (v && Array.isArray(v.edges)) return `${field}: ${v.edges.length} of ${fmt(v.totalCount)}`;
      return `${field}: ${v === null ? 'null' : v.__typename ?? 'found'}`;
    });
    return { text: parts.join(', '), data };
  } catch (e) {
    if (e instanceof HubError) return { text: `error ${e.code} (HTTP ${e.status})` };
    throw e;
  }
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

interface Row {
  c: Case;
  answer: string;
  p50: number;
  p95: number;
  reqPerSec?: number;
  loadP50?: number;
  problem?: string;
}

async function measure(hub: Hub, c: Case, o: Options): Promise<Row> {
  const client = createHubClient({ url: `${hub.base}/graphql`, key: hub.keys[c.who] || undefined });
  const first = await outcome(c, client);
  for (let i = 0; i < 3; i++) await c.send(client).catch(() => {}); // warm-up: plans, caches, JIT
  const times: number[] = [];
  for (let i = 0; i < o.runs; i++) {
    checkInterrupted();
    const t0 = performance.now();
    await c.send(client).catch((e: unknown) => {
      if (!(e instanceof HubError)) throw e;
    });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const row: Row = { c, answer: first.text, p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
  checkInterrupted();
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(hub.keys[c.who] ? { authorization: `Bearer ${hub.keys[c.who]}` } : {}) };
  const body = JSON.stringify({ query: c.query, variables: c.variables });
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    running = autocannon({ url: hub.base, connections: o.connections, duration: o.duration, timeout: 30, requests: [{ method: 'POST', path: '/graphql', headers, body }] }, (err, res) => {
      running = null;
      if (err) reject(err);
      else resolve(res);
    });
  });
  checkInterrupted();
  row.reqPerSec = r.requests.total / r.duration;
  row.loadP50 = r.latency.p50;
  // Every answer under load must have the HTTP status of the first one (an expected error included).
  const status = /\(HTTP (\d+)\)$/.exec(first.text)?.[1] ?? '200';
  const codes = Object.entries(r.statusCodeStats).map(([code, { count }]) => `${count}×${code}`);
  if (r.errors || r.timeouts || !r.requests.total || Object.keys(r.statusCodeStats).some((code) => code !== status)) {
    row.problem = `${codes.join(', ')}, ${r.errors} errors, ${r.timeouts} timeouts in ${r.requests.total} answers`;
  }
  const after = await outcome(c, client);
  if (after.text.replace(/ of [\d,]+/g, '') !== first.text.replace(/ of [\d,]+/g, '')) row.problem = `after the load: ${after.text} (before: ${first.text})`;
  return row;
}

// ---------------------------------------------------------------------------------------------
// Main

interface Options {
  runs: number;
  duration: number;
  connections: number;
}

function readOptions(argv: string[]): Options {
  const { positional, options } = parseArgs(argv);
  const known = ['runs', 'duration', 'connections'];
  const unknown = [...positional, ...Object.keys(options).filter((k) => !known.includes(k)).map((k) => `--${k}`)];
  if (unknown.length) throw new UsageError(`unknown argument ${unknown.join(' ')}; options: ${known.map((k) => `--${k}`).join(' ')}`);
  const int = (name: string, fallback: number, max: number) => {
    const raw = options[name];
    const n = Number(raw ?? fallback);
    if (raw === true || !Number.isInteger(n) || n < 1 || n > max) throw new UsageError(`--${name} must be an integer from 1 to ${max}`);
    return n;
  };
  return { runs: int('runs', 30, 10_000), duration: int('duration', 5, 600), connections: int('connections', 10, 1000) };
}

function table(rows: Row[], o: Options): string[] {
  const head = ['operation', 'variables', 'key', 'answer', 'p50 ms', 'p95 ms', `req/s (${o.connections} conn, ${o.duration} s)`, 'p50 ms under load'];
  const cells = rows.map((r) => [r.c.op, r.c.label, r.c.who, r.answer, fmt(r.p50, 1), fmt(r.p95, 1), r.problem ? 'FAILED' : fmt(r.reqPerSec!), r.problem ? '' : fmt(r.loadP50!)]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((x, i) => (i < 4 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i < 4 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...cells.map(line)];
}

async function main(o: Options): Promise<number> {
  const hub = await startHub();
  try {
    // Variables a visitor would produce, taken from the hub's own answers.
    const publicClient = createHubClient({ url: `${hub.base}/graphql` });
    const firstPage = (await publicClient.request(RegistrySearchDocument, { first: PAGE })).holders;
    const nodes = firstPage.edges.map((e) => e.node);
    const tin = nodes.find((n) => n.tin !== null && n.kind !== 'INDIVIDUAL_ENTREPRENEUR')?.tin;
    if (!tin || !firstPage.pageInfo.endCursor) throw new Error('the first Registry page has no legal entity TIN or no next page: is the demo set loaded?');
    const today = new Date();
    const monthsFrom = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1)).toISOString().slice(0, 10); // as the dashboard asks

    const cases = [
      op(RegistrySearchDocument, `first ${PAGE}, no filter`, 'public', { first: PAGE }),
      op(RegistrySearchDocument, 'search "Акылман" (name substring)', 'public', { first: PAGE, filter: { search: 'Акылман' } }),
      op(RegistrySearchDocument, `search legal entity TIN ${tin}`, 'public', { first: PAGE, filter: { search: tin } }),
      op(RegistrySearchDocument, 'region KG-GB + REGISTERED', 'public', { first: PAGE, filter: { regionCodes: ['KG-GB'], registrationStatuses: ['REGISTERED'] } }),
      op(RegistrySearchDocument, 'second page (after endCursor)', 'public', { first: PAGE, after: firstPage.pageInfo.endCursor }),
      op(RegistryHolderDocument, 'holder page by id', 'public', { id: nodes[0]!.id }),
      op(RegionsDocument, '(none)', 'public', {}),
      op(AgencyRegistryDocument, '(none)', 'ANALYST', {}),
      op(AgencyViolationsDocument, `monthsFrom ${monthsFrom}`, 'ANALYST', { monthsFrom }),
      op(AgencyInspectionsDocument, '(none)', 'ANALYST', {}),
      op(AgencyInspectionsDocument, '(none)', 'INSPECTOR', {}),
    ];
    const rows: Row[] = [];
    for (const c of cases) {
      const row = await measure(hub, c, o);
      rows.push(row);
      log(`  ${c.op} ${c.label} (${c.who}): ${row.answer}; p50 ${fmt(row.p50, 1)} ms, p95 ${fmt(row.p95, 1)} ms, ${row.problem ? `FAILED ${row.problem}` : `${fmt(row.reqPerSec!)} req/s`}`);
    }

    const cpus = os.cpus();
    const version = (pkg: string) => (JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;
    const database = /\(([^()]*PostgreSQL)\)/.exec(hub.banner)?.[1]?.split('; ').pop() ?? 'PostgreSQL';
    const failed = rows.filter((r) => r.problem);
    const out = [
      `machine: ${os.availableParallelism()} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${fmt(os.totalmem() / 2 ** 30, 1)} GiB, ${os.type()} ${os.release()}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`,
      `node ${process.version}; ${database}; autocannon ${version('autocannon')}; hub: NODE_ENV=production node scripts/start.mjs, demo keys`,
      `data: ${fmt(firstPage.totalCount)} holders; ${o.runs} sequential requests per row (after 3 warm-up), then ${o.connections} connections for ${o.duration} s`,
      '',
      ...table(rows, o),
      '',
      ...failed.map((r) => `FAILED ${r.c.op} ${r.c.label} (${r.c.who}): ${r.problem}`),
    ];
    process.stdout.write(`${out.join('\n')}\n`);
    return failed.length ? 1 : 0;
  } finally {
    log('stopping the hub');
    await hub.stop();
  }
}

await runCommand(() => main(readOptions(process.argv.slice(2))));
