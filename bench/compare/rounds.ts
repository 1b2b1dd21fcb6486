// Rounds of `npm run bench:compare`: every server is measured on a shape once per round, in an order
// that turns each round (round 1 hub, PostGraphile, SQL; round 2 PostGraphile, SQL, hub; …), and
// each figure is the median over the rounds. On a small virtual machine a run's throughput drifts by
// ±15 % from one minute to the next: a single run in a fixed order favours whichever server happens
// to run in a quiet minute, and always the same one.

/** One load run's figures, or why it gave none. */
export interface Figure {
  status: 'ok' | 'failed' | 'n/a';
  reqPerSec?: number;
  p50?: number;
  p99?: number;
  requests?: number;
  non2xx?: number;
  errors?: number;
  timeouts?: number;
  problem?: string;
}

export interface RoundPlan<S extends { name: string }, Shape extends { key: string }> {
  shapes: Shape[];
  servers: S[];
  rounds: number;
  /** The requests of a shape for a server, or null when it has no equivalent. */
  requestsOf(shape: Shape, server: S): unknown[] | null;
  /** Checks every request once before the first load of a shape on a server: a problem, or the answer. */
  precheck(shape: Shape, server: S, hubData: unknown): Promise<{ problem?: string; data?: unknown }>;
  measure(shape: Shape, server: S): Promise<Figure>;
  log(line: string): void;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The median figure of several runs: any failed run fails the cell; counts are summed. */
export function medianFigure(runs: Figure[]): Figure {
  const failed = runs.find((f) => f.status === 'failed');
  if (failed) return failed;
  if (!runs.length || runs.every((f) => f.status === 'n/a')) return { status: 'n/a' };
  const sum = (k: 'requests' | 'non2xx' | 'errors' | 'timeouts') => runs.reduce((n, f) => n + (f[k] ?? 0), 0);
  return {
    status: 'ok',
    reqPerSec: median(runs.map((f) => f.reqPerSec!)),
    p50: median(runs.map((f) => f.p50!)),
    p99: median(runs.map((f) => f.p99!)),
    requests: sum('requests'),
    non2xx: sum('non2xx'),
    errors: sum('errors'),
    timeouts: sum('timeouts'),
  };
}

/** Runs every round; returns each cell's runs, keyed `<shape>/<server>`. */
export async function runRounds<S extends { name: string }, Shape extends { key: string }>(plan: RoundPlan<S, Shape>): Promise<Map<string, Figure[]>> {
  const runs = new Map<string, Figure[]>();
  // Every request once before any load; the hub first, as its answer is what the others must match.
  const hubFirst = [...plan.servers].sort((a, b) => Number(b.name === 'hub') - Number(a.name === 'hub'));
  for (const shape of plan.shapes) {
    let hubData: unknown;
    for (const s of hubFirst) {
      const id = `${shape.key}/${s.name}`;
      if (!plan.requestsOf(shape, s)) {
        runs.set(id, [{ status: 'n/a' }]);
        continue;
      }
      const c = await plan.precheck(shape, s, hubData);
      if (c.problem) {
        runs.set(id, [{ status: 'failed', problem: `before the load: ${c.problem}` }]);
        plan.log(`  ${shape.key} ${s.name}: FAILED before the load: ${c.problem}`);
      } else if (s.name === 'hub') hubData = c.data;
    }
  }
  for (let round = 0; round < plan.rounds; round++) {
    for (const shape of plan.shapes) {
      for (let i = 0; i < plan.servers.length; i++) {
        const s = plan.servers[(i + round) % plan.servers.length]!;
        const id = `${shape.key}/${s.name}`;
        const before = runs.get(id) ?? [];
        if (before.some((f) => f.status !== 'ok')) continue; // n/a, or failed: no more load on it
        const f = await plan.measure(shape, s);
        runs.set(id, [...before, f]);
        plan.log(
          `  round ${round + 1}, ${shape.key} ${s.name}: ${f.status === 'ok' ? `${Math.round(f.reqPerSec!).toLocaleString('en-US')} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms` : `FAILED ${f.problem}`}` +
            ` (${f.requests ?? 0} answers, ${f.non2xx ?? 0} non-2xx, ${f.errors ?? 0} errors, ${f.timeouts ?? 0} timeouts)`,
        );
      }
    }
  }
  return runs;
}
