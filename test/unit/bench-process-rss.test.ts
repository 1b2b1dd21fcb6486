// bench:compare --soak reports the RSS of the hub's whole process tree: `npm start`'s wrapper runs
// the hub as its child, so the wrapper's own RSS would say nothing about the hub.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { describeTreeRss, processTreeRss } from '../../bench/compare/process-rss.js';

// A parent that starts a child holding ~64 MiB, then prints the child's pid.
const PARENT = `
const { spawn } = require('node:child_process');
const c = spawn(process.execPath, ['-e', 'globalThis.keep = Buffer.alloc(64 * 1024 * 1024, 1); setInterval(() => {}, 1000)'], { stdio: 'ignore' });
setTimeout(() => process.stdout.write(String(c.pid) + '\\n'), 500);
setInterval(() => {}, 1000);
process.on('SIGTERM', () => { c.kill(); process.exit(0); });`;

describe.skipIf(!existsSync('/proc/self/status'))('process-tree RSS', () => {
  const parent = spawn(process.execPath, ['-e', PARENT], { stdio: ['ignore', 'pipe', 'inherit'] });
  afterAll(() => void parent.kill('SIGTERM'));

  it('counts the child a wrapper started, not only the wrapper', async () => {
    const childPid = await new Promise<number>((done) => parent.stdout.once('data', (b: Buffer) => done(Number(b.toString().trim()))));
    const tree = processTreeRss(parent.pid!)!;
    expect(tree.map((p) => p.pid).sort()).toEqual([parent.pid, childPid].sort());
    const child = tree.find((p) => p.pid === childPid)!;
    expect(child.kib).toBeGreaterThan(64 * 1024);
    expect(describeTreeRss(parent.pid!)).toContain(`largest: pid ${childPid}`);
  });

  it('is null for a process that does not exist', () => {
    expect(processTreeRss(2 ** 22 + 1)).toBeNull();
    expect(describeTreeRss(2 ** 22 + 1)).toBe('n/a (no /proc)');
  });
});
