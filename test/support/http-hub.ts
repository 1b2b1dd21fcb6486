// The real HTTP server (Express + Apollo, as main.ts serves it) over a test hub's database, on a
// free loopback port, with helpers to POST raw bodies as a hostile client would, to /graphql or to
// the Federation endpoint /subgraph.
import type { AddressInfo } from 'node:net';
import { createApiKey } from '../../src/modules/auth/api-key.service.js';
import type { Logger } from '../../src/logger.js';
import type { RoleValue } from '../../src/domain/access/roles.js';
import { GRAPHQL_PATH, SUBGRAPH_PATH } from '../../src/graphql-http.js';
import { buildServedSchemas } from '../../src/schema.js';
import { createHttpServer, type HubServer } from '../../src/server.js';
import { loggedLine, startTestHub, type TestHub } from './test-hub.js';

/** What must never reach a client: HTML, stack frames, file paths, SQL, driver errors. */
export const LEAKS = /<html|<pre|\bat [\w.<>]+ \(|node_modules|\/work\/|\.ts:\d+|\bselect\b.+\bfrom\b|\binsert into\b|violates|DriverException/i;

export interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Requests to one GraphQL endpoint. */
export interface Endpoint {
  /** POSTs `{ query, variables }` as JSON; returns status, content-type and the parsed body. */
  gql(query: string, variables?: Record<string, unknown>, key?: string): Promise<{ status: number; type: string; body: GraphQLBody }>;
  /** POSTs a raw body with the given headers; the body is returned as text. */
  raw(body: string | Buffer, headers: Record<string, string>): Promise<{ status: number; type: string; text: string }>;
}

/** `gql` and `raw` go to /graphql; `subgraph` has the same for /subgraph. */
export interface HttpHub extends Endpoint {
  hub: TestHub;
  base: string;
  logged: string[];
  subgraph: Endpoint;
  keyFor(role: Exclude<RoleValue, 'PUBLIC'>): Promise<string>;
  close(): Promise<void>;
}

export async function startHttpHub(): Promise<HttpHub> {
  const hub = await startTestHub();
  const logged: string[] = [];
  const logger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: (m, e) => logged.push(loggedLine(m, e)) };
  const server: HubServer = await createHttpServer({ schemas: await buildServedSchemas(), orm: hub.orm, logger });
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  const endpoint = (path: string): Endpoint => {
    const raw: Endpoint['raw'] = async (body, headers) => {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers, body });
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
    };
    return {
      async gql(query, variables, key) {
        const r = await raw(JSON.stringify({ query, variables }), {
          'content-type': 'application/json',
          ...(key ? { authorization: `Bearer ${key}` } : {}),
        });
        return { status: r.status, type: r.type, body: JSON.parse(r.text) as GraphQLBody };
      },
      raw,
    };
  };
  return {
    hub,
    base,
    logged,
    ...endpoint(GRAPHQL_PATH),
    subgraph: endpoint(SUBGRAPH_PATH),
    async keyFor(role) {
      return (await createApiKey(hub.orm.em, { name: `http ${role}`, role })).key;
    },
    async close() {
      await server.stop();
      await hub.close();
    },
  };
}
