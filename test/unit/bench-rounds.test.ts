// bench:compare's rounds: the order of servers turns each round, and a cell's figure is the median
// of its runs (a failed run fails it), so no server always runs in the same minute of a drifting machine.
import { describe, expect, it } from 'vitest';
import { medianFigure, runRounds, type Figure } from '../../bench/compare/rounds.js';

const ok = (reqPerSec: number, p99: number): Figure => ({ status: 'ok', reqPerSec, p50: 1, p99, requests: 10, non2xx: 0, errors: 0, timeouts: 0 });

describe('bench:compare rounds', () => {
  it('takes the median of each figure and sums the counts', () => {
    expect(medianFigure([ok(100, 9), ok(300, 7), ok(200, 30)])).toMatchObject({ status: 'ok', reqPerSec: 200, p99: 9, requests: 30 });
    expect(medianFigure([ok(100, 10), ok(200, 20)])).toMatchObject({ reqPerSec: 150, p99: 15 });
  });

  it('fails a cell when any of its runs failed', () => {
    expect(medianFigure([ok(100, 9), { status: 'failed', problem: '3 non-2xx' }])).toEqual({ status: 'failed', problem: '3 non-2xx' });
  });

  it('turns the order each round, checks the hub first, and skips what has no equivalent', async () => {
    const order: string[] = [];
    const checked: string[] = [];
    const servers = [{ name: 'hub' }, { name: 'PostGraphile' }, { name: 'SQL' }];
    const runs = await runRounds({
      shapes: [{ key: 'a' }, { key: 'e' }],
      servers,
      rounds: 3,
      requestsOf: (shape, s) => (shape.key === 'e' && s.name !== 'hub' ? null : [{}]),
      precheck: async (shape, s) => (checked.push(`${shape.key}/${s.name}`), { data: s.name }),
      measure: async (shape, s) => (order.push(`${shape.key}/${s.name}`), ok(order.length, 1)),
      log: () => {},
    });
    expect(checked).toEqual(['a/hub', 'a/PostGraphile', 'a/SQL', 'e/hub']);
    expect(order.filter((x) => x.startsWith('a/'))).toEqual(['a/hub', 'a/PostGraphile', 'a/SQL', 'a/PostGraphile', 'a/SQL', 'a/hub', 'a/SQL', 'a/hub', 'a/PostGraphile']);
    expect(runs.get('e/SQL')).toEqual([{ status: 'n/a' }]);
    expect(runs.get('a/hub')).toHaveLength(3);
  });
});
