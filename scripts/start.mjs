// `npm start`. When dist/ is stale it first checks the environment (src/config.ts, through swc), so
// a wrong PORT or DATABASE_URL is reported before the 10–55 s build rather than after it; then it
// builds and runs the hub, telling it when `npm start` began and how long the build took, so the
// ready banner gives the whole wait. Plain JavaScript: nothing is compiled yet. When dist/ is fresh
// the hub checks the environment itself (the same code, same message and status 2).
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { build, isStale } from './build-if-stale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// Ctrl-C reaches the whole process group anyway; `kill <pid>` or a process manager signals only
// this process, so it is passed on to the child running now (the hub shuts down its database).
let current;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => (current ? current.kill(signal) : process.exit(128 + constants.signals[signal])));
}

function run(args, env = {}) {
  return new Promise((done, failed) => {
    current = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    current.on('error', failed);
    current.on('exit', (code, signal) => {
      current = undefined;
      done({ code, signal });
    });
  });
}

/** Ends this process as the child ended: its status, or the same signal. */
function exitAs({ code, signal }) {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  }
  process.exit(code ?? 1);
}

let buildMs;
if (isStale(root)) {
  const checked = await run(['--import', '@swc-node/register/esm-register', 'scripts/check-config.ts']);
  if (checked.code !== 0) exitAs(checked);
  const built = await build(root, (child) => (current = child));
  current = undefined;
  if (built.code !== 0) exitAs(built);
  buildMs = built.ms;
} else {
  process.stdout.write('dist/ is up to date with the sources: not rebuilding\n');
}
// --no-allocation-site-pretenuring: under steady load V8 decided that the allocation sites of
// per-request objects (pg rows, result objects) survive, and allocated them straight in the old
// generation, where only a full mark-compact frees them. Measured on shape b of bench:compare:
// promoted 55-70 → 28 MB/s, fewer mark-compacts, and more req/s in each A/B (bench/README.md).
exitAs(
  await run(['--experimental-async-context-frame', '--no-allocation-site-pretenuring', 'dist/src/main.js'], {
    HUB_LAUNCHED_AT: String(performance.timeOrigin),
    ...(buildMs === undefined ? {} : { HUB_BUILD_MS: String(Math.round(buildMs)) }),
  }),
);
