// Binds the hub's address first thing at start-up, so that a busy PORT stops a second hub before it
// touches any state (migrations, the running hub's demo keys). Until the hub is ready every request
// is answered 503; then each new connection is handed to the real HTTP server.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer, type Socket } from 'node:net';
import { StartupError } from './startup-error.js';

export interface Listener {
  /** Hands every new connection to `server` from now on. */
  serve(server: Server): void;
  /** Stops accepting; resolves once every connection is closed (the rest are destroyed after `graceMs`). Idempotent. */
  close(graceMs?: number): Promise<void>;
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
  let target: Server = starting;
  const sockets = new Set<Socket>();
  let closed: Promise<void> | undefined;
  const listener = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    target.emit('connection', socket);
  });
  await new Promise<void>((resolve, reject) => {
    listener.once('error', (e) => reject(bindError(e, host, port)));
    listener.listen(port, host, resolve);
  });
  return {
    serve(server) {
      target = server;
    },
    close(graceMs = 10_000) {
      closed ??= new Promise((resolve) => {
        const timer = setTimeout(() => sockets.forEach((s) => s.destroy()), graceMs).unref();
        listener.close(() => (clearTimeout(timer), resolve()));
      });
      return closed;
    },
  };
}
