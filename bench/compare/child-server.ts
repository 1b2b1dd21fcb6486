// What the child servers of `npm run bench:compare` share: listen on 127.0.0.1:PORT, and stop (the
// server, then what `release` frees) on SIGTERM, SIGINT or when the parent's stdin pipe closes, so
// a parent killed with -9 leaves no server behind.
import type { Server } from 'node:http';

export async function serveAsChild(server: Server, port: number, release: () => unknown): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    server.close();
    await Promise.resolve().then(release).catch(() => {});
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.stdin.on('end', () => void stop()).on('error', () => void stop()).resume();
}
