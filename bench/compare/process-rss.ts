// Resident memory of a process and every process below it, from /proc. The hub under
// `npm run bench:compare -- --soak` is started by `scripts/start.mjs`, which runs the built hub as
// its own child: the wrapper's RSS alone stays flat whatever the hub does.
import { readFileSync } from 'node:fs';

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssKiB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** `pid` and its descendants with their RSS in KiB (a process that has already gone is left out); null when `pid` has none (gone, or no /proc). */
export function processTreeRss(pid: number): { pid: number; kib: number }[] | null {
  const out: { pid: number; kib: number }[] = [];
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop()!;
    const kib = rssKiB(p);
    if (kib === null) continue;
    out.push({ pid: p, kib });
    todo.push(...children(p));
  }
  return out.length ? out : null;
}

/** "435 MiB (largest: pid 7494, 382 MiB; 2 processes)": the tree's total and its largest process. */
export function describeTreeRss(pid: number): string {
  const tree = processTreeRss(pid);
  if (!tree) return 'n/a (no /proc)';
  const mib = (kib: number) => `${Math.round(kib / 1024)} MiB`;
  const total = tree.reduce((s, p) => s + p.kib, 0);
  if (tree.length === 1) return mib(total);
  const largest = tree.reduce((a, b) => (b.kib > a.kib ? b : a));
  return `${mib(total)} (largest: pid ${largest.pid}, ${mib(largest.kib)}; ${tree.length} processes)`;
}
