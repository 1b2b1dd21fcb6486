// HTTP from bench:compare to the servers it started: requests, checked answers, readiness.
import { abort, checkAborted, childFailure, sleep, type Child } from './children.js';

const STARTUP_TIMEOUT_MS = 180_000;

export interface Req {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface Server {
  name: 'hub' | 'PostGraphile' | 'SQL';
  base: string;
  child: Child;
  headers: Record<string, string>;
}

export const gqlReq = (s: Server, query: string, variables: Record<string, unknown> = {}): Req => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': 'application/json', ...s.headers },
  body: JSON.stringify({ query, variables }),
});

export async function send(s: Server, r: Req): Promise<{ status: number; text: string }> {
  const res = await fetch(s.base + r.path, { method: r.method, headers: r.headers, body: r.body, signal: AbortSignal.any([abort.signal, AbortSignal.timeout(60_000)]) });
  return { status: res.status, text: await res.text() };
}

/** The answer's `data`, or the reason it is not a usable answer (HTTP status, GraphQL errors, no data). */
export async function answer(s: Server, r: Req): Promise<{ data?: any; problem?: string }> {
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

export async function gql(s: Server, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, problem } = await answer(s, gqlReq(s, query, variables));
  if (problem) throw new Error(`${s.name}: ${problem}\n  query: ${query}`);
  return data;
}

export async function waitReady(s: Server, probe: Req): Promise<void> {
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
