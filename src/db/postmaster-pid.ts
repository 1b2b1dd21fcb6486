// Reads PostgreSQL's lock file, postmaster.pid, to tell a server running on a data directory from
// a stale file. A pid that merely exists proves nothing: after a crash it may be a zombie, or the
// number may have been reused by an unrelated process, and either made a restart fail.
import { existsSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const pidFile = (dataDir: string) => resolve(dataDir, 'postmaster.pid');

/** The live postmaster serving `dataDir` (pid and port from its lock file), or null. */
export function findRunningServer(dataDir: string): { pid: number; port: number } | null {
  if (!existsSync(pidFile(dataDir))) return null;
  // Lines: pid, data directory, start time, port, … (written while the server starts: may be partial).
  const [pid, , , port] = readFileSync(pidFile(dataDir), 'utf8').split('\n').map((l) => l.trim());
  const n = Number(pid);
  if (!Number.isInteger(n) || n <= 0) return null;
  return isPostmasterOf(n, resolve(dataDir)) ? { pid: n, port: Number(port) } : null;
}

/** Removes a lock file that findRunningServer found stale (PostgreSQL refuses to start while the pid exists). */
export function removeStalePidFile(dataDir: string): void {
  rmSync(pidFile(dataDir), { force: true });
}

function isPostmasterOf(pid: number, dataDir: string): boolean {
  if (!existsSync('/proc/self/stat')) return alive(pid); // no procfs (macOS): existence is all we can check
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false; // dead, not yet reaped
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    if (!/^(postgres|postmaster)$/.test(basename(argv[0] ?? ''))) return false;
    const d = argv.indexOf('-D');
    // The postmaster also chdirs into its data directory, which covers a server started without -D.
    const dir = d >= 0 && argv[d + 1] ? resolve(argv[d + 1]!) : readlinkSync(`/proc/${pid}/cwd`);
    return dir === dataDir;
  } catch {
    return false; // gone, or not ours to inspect
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
