// Load runs with autocannon (10 connections by default), as figures.
import autocannon from 'autocannon';
import { checkAborted, childFailure, setRunningLoad } from './children.js';
import { answer, type Req, type Server } from './http.js';
import type { Options } from './options.js';
import type { Figure } from './rounds.js';

export function cannon(s: Server, requests: Req[], seconds: number, connections: number, onTick?: (n: number) => void): Promise<autocannon.Result> {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: s.base, connections, duration: seconds, timeout: 30, requests }, (err, result) => {
      setRunningLoad(null);
      if (err) reject(err);
      else resolve(result);
    });
    if (onTick) instance.on('tick', (t) => onTick(t.counter));
    setRunningLoad(instance);
  }).then(async (r) => {
    checkAborted();
    if (!s.child.alive) throw childFailure(s.child, `stopped under load (${await s.child.exited})`);
    return r;
  });
}

export function figureOf(r: autocannon.Result): Figure {
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

export async function measure(s: Server, reqs: Req[], o: Options): Promise<Figure> {
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
