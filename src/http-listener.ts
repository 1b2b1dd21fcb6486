// Binds the hub's address first thing at start-up, so that a busy PORT stops a second hub before it
// touches any state (migrations, the running hub's demo keys). Until the hub is ready every request
// is answered 503; then the bound socket itself is handed to the real HTTP server (`listen(handle)`),
// which from then on listens, times out and drains exactly as if it had bound the port.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer, type Socket } from 'node:net';
import { StartupError } from './startup-error.js';

export interface Listener {
  /** Hands the bound port to `server`; closing is then that server's business (Apollo drains it). */
  serve(server: Server): Promise<void>;
  /** Before serve: stops answering 503 and frees the port. Idempotent; a no-op after serve. */
  close(): Promise<void>;
}

const starting = createHttpServer((_req, res) => {
  res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '2', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message: 'the hub is starting', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
});

function bindError(e: NodeJS.ErrnoException, host: string, port: number): Error {
  if (e.code === 'EADDRINUSE') return new StartupError(`PORT ${port} is already in use on ${host} (is another hub running?); stop it or set PORT to a free port`);
  if (e.code === 'EACCES') return new StartupError(`PORT ${port}: permission denied on ${host}; choose a port above 1023`);
  if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') return new StartupError(`HOST ${host} is not an address of this machine`);
  return e;
}

export async function bindPort(host: string, port: number): Promise<Listener> {
  const early = new Set<Socket>();
  const listener = createServer((socket) => {
    early.add(socket);
    socket.once('close', () => early.delete(socket));
    starting.emit('connection', socket);
  });
  await new Promise<void>((resolve, reject) => {
    listener.once('error', (e) => reject(bindError(e, host, port)));
    listener.listen(port, host, resolve);
  });
  let handedOver = false;
  let closed: Promise<void> | undefined;
  return {
    async serve(server) {
      handedOver = true;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(listener, () => (server.off('error', reject), resolve()));
      });
    },
    close() {
      if (handedOver) return Promise.resolve();
      closed ??= new Promise((resolve) => {
        listener.close(() => resolve());
        early.forEach((s) => s.destroy()); // a failed start owes nobody an answer
      });
      return closed;
    },
  };
}
