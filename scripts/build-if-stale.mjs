// Whether dist/ is older than the sources, and the build that refreshes it. `npm start`
// (scripts/start.mjs) builds (npm run build) only when a source is newer than the last build, so a
// restart does not pay the 10–55 s of tsc and Vite again. Plain JavaScript, because it runs before
// anything is compiled. The stamp is written after a build succeeds; a fresh clone has none, so its
// first start builds.
//   node scripts/build-if-stale.mjs [--check] [--root DIR]   (--check: print fresh/stale, build nothing)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a build reads: the sources, the seeds are read at run time and are not built. */
const INPUTS = ['src', 'scripts', 'bench', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];
const stampOf = (root) => join(root, 'dist', '.build-stamp');

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const name of readdirSync(path)) m = Math.max(m, newest(join(path, name)));
  return m;
}

export function isStale(root) {
  const stamp = stampOf(root);
  return !existsSync(stamp) || INPUTS.some((p) => newest(join(root, p)) > statSync(stamp).mtimeMs);
}

/** Runs `npm run build` in root, stamping dist/ if it succeeds. onChild gets the build process
 *  (the launcher forwards signals to it). Resolves with its exit and duration. */
export function build(root, onChild = () => {}) {
  const started = performance.now();
  return new Promise((done, failed) => {
    const child = spawn('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    onChild(child);
    child.on('error', failed);
    child.on('exit', (code, signal) => {
      const ms = performance.now() - started;
      if (code === 0) {
        writeFileSync(stampOf(root), `${new Date().toISOString()}\n`);
        process.stdout.write(`built in ${(ms / 1000).toFixed(1)} s\n`);
      }
      done({ code, signal, ms });
    });
  });
}

// Run as a command, not imported by start.mjs.
if (realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const root = resolve(args.includes('--root') ? args[args.indexOf('--root') + 1] : fileURLToPath(new URL('..', import.meta.url)));
  if (args.includes('--check')) process.stdout.write(`${isStale(root) ? 'stale' : 'fresh'}\n`);
  else if (isStale(root)) process.exitCode = (await build(root)).code ?? 1;
  else process.stdout.write('dist/ is up to date with the sources: not rebuilding\n');
}
