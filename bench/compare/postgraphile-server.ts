// Child process of `npm run bench:compare`: PostGraphile 5 (amber preset, schema `public`, no auth,
// no GraphiQL) over PGL_DATABASE_URL on 127.0.0.1:PORT. It exits when its parent's stdin pipe closes,
// so a parent killed with -9 leaves no server behind.
import { createServer } from 'node:http';
import { serveAsChild } from './child-server.js';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const connectionString = process.env.PGL_DATABASE_URL;
const port = Number(process.env.PORT);
if (!connectionString || !Number.isInteger(port)) {
  process.stderr.write('PGL_DATABASE_URL and PORT are required\n');
  process.exit(2);
}

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString, schemas: ['public'] })],
  grafserv: { port, host: '127.0.0.1', graphiql: false, watch: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
await serveAsChild(server, port, () => pgl.release());
