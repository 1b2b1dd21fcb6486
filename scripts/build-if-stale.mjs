// `npm start` runs this before the server: it builds (npm run build) only when a source is newer
// than the last build, so a restart does not pay the 10–55 s of tsc and Vite again. Plain
// JavaScript, because it runs before anything is compiled. The stamp is written after a build
// succeeds; a fresh clone has none, so its first start builds.
//   node scripts/build-if-stale.mjs [--check] [--root DIR]   (--check: print fresh/stale, build nothing)
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const root = resolve(args.includes('--root') ? args[args.indexOf('--root') + 1] : new URL('..', import.meta.url).pathname);
const STAMP = join(root, 'dist', '.build-stamp');
/** What a build reads: the sources, the seeds are read at run time and are not built. */
const INPUTS = ['src', 'scripts', 'bench', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let m = st.mtimeMs;
  for (const name of readdirSync(path)) m = Math.max(m, newest(join(path, name)));
  return m;
}

const stale = !existsSync(STAMP) || INPUTS.some((p) => newest(join(root, p)) > statSync(STAMP).mtimeMs);
if (args.includes('--check')) {
  process.stdout.write(`${stale ? 'stale' : 'fresh'}\n`);
} else if (stale) {
  const started = performance.now();
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
  process.stdout.write(`built in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
} else {
  process.stdout.write('dist/ is up to date with the sources: not rebuilding\n');
}
