// A hub for one test file: its own clone of the migrated, seeded template database, the real
// schemas and Apollo servers (the API as /graphql serves it, the Federation subgraph as /subgraph
// does), and a log of every SQL statement (to assert batching).
import { randomBytes } from 'node:crypto';
import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError, OperationDefinitionNode } from 'graphql';
import pg from 'pg';
import { inject } from 'vitest';
import { createContext, type Context } from '../../src/context.js';
import type { RoleValue, Viewer } from '../../src/domain/access/roles.js';
import { createApiKey, resolveViewer } from '../../src/modules/auth/api-key.service.js';
import { ensureDatabase } from '../../src/db/database.js';
import { openOrm } from '../../src/db/orm.js';
import type { Logger } from '../../src/logger.js';
import { buildServedSchema, buildServedSchemas } from '../../src/schema.js';
import { createApolloServer } from '../../src/server.js';
import { asAppRole } from './app-role.js';

class QueryLog extends DefaultLogger {
  static queries: string[] = [];
  constructor(options: LoggerOptions) {
    super(options);
  }
  override logQuery(context: LogContext): void {
    if (context.query) QueryLog.queries.push(context.query);
  }
}

export interface Result<D> {
  data: D | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

export interface TestHub {
  /** Connected as the least-privileged app role, as the hub serves requests. */
  orm: MikroORM;
  /** The test database as the app role. */
  url: string;
  /** The same database as its owner, for what only migrations may do (dropping a table, bypassing grants). */
  ownerUrl: string;
  apollo: ApolloServer<Context>;
  /** Errors the server logged (unexpected failures), instead of printing them. */
  loggedErrors: string[];
  /** Runs an operation on the public API (/graphql) with a fresh per-request context, as the HTTP server does (PUBLIC by default). */
  execute<D, V>(doc: TypedDocumentNode<D, V>, variables?: V, viewer?: Viewer): Promise<Result<D>>;
  /** The same on the Federation subgraph (/subgraph: `_entities`, `_service`). */
  executeSubgraph<D, V>(doc: TypedDocumentNode<D, V>, variables?: V, viewer?: Viewer): Promise<Result<D>>;
  /** A viewer authenticated through a real API key of `role` (HOLDER keys are bound to `holderTin`). */
  viewerFor(role: Exclude<RoleValue, 'PUBLIC'>, holderTin?: string): Promise<Viewer>;
  /** Runs `fn` and returns the SQL statements it issued. */
  countQueries(fn: () => Promise<unknown>): Promise<string[]>;
  close(): Promise<void>;
}

/** A logged error as one line, its cause's message included (the hub logs `{ err, requestId }` or the error). */
export function loggedLine(message: string, extra: unknown): string {
  const err = extra instanceof Error ? extra : (extra as { err?: unknown } | undefined)?.err;
  return `${message} ${err instanceof Error ? err.message : ''}`;
}

function withDatabase(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function startTestHub(): Promise<TestHub> {
  const adminUrl = inject('pgAdminUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  await ensureDatabase(adminUrl, name, inject('pgTemplate'));
  const ownerUrl = withDatabase(adminUrl, name);
  const url = asAppRole(ownerUrl);
  const orm = await openOrm(url, { debug: ['query'], loggerFactory: (o) => new QueryLog(o) });
  await orm.em.fork().execute('select 1'); // connect now, so connection-time checks are not counted later
  const loggedErrors: string[] = [];
  const logger: Logger = {
    debug: () => {},
    info: () => {},
    warn: () => {},
    error: (message, extra) => loggedErrors.push(loggedLine(message, extra)),
  };
  const apollo = createApolloServer(await buildServedSchema(), logger);
  await apollo.start();
  // Only the few files that use it pay for the subgraph. A fresh build: the API's resolvers are
  // already wrapped by its server's limits, and the subgraph must not copy them (buildServedSchemas).
  let subgraph: Promise<ApolloServer<Context>> | undefined;
  const startSubgraph = async () => {
    const server = createApolloServer((await buildServedSchemas()).subgraph, logger);
    await server.start();
    return server;
  };
  const run = async <D, V>(server: ApolloServer<Context>, doc: TypedDocumentNode<D, V>, variables?: V, viewer?: Viewer): Promise<Result<D>> => {
    const res = await server.executeOperation<D, V & Record<string, unknown>>(
      { query: doc, variables: variables as V & Record<string, unknown> },
      { contextValue: createContext(orm, viewer) },
    );
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { data: res.body.singleResult.data, errors: res.body.singleResult.errors };
  };

  return {
    orm,
    url,
    ownerUrl,
    apollo,
    loggedErrors,
    execute: (doc, variables, viewer) => run(apollo, doc, variables, viewer),
    async executeSubgraph(doc, variables, viewer) {
      return run(await (subgraph ??= startSubgraph()), doc, variables, viewer);
    },
    async viewerFor(role, holderTin) {
      const { key } = await createApiKey(orm.em, { name: `test ${role}`, role, holderTin: holderTin ?? null });
      return resolveViewer(orm.em.fork(), `Bearer ${key}`);
    },
    async countQueries(fn) {
      const start = QueryLog.queries.length;
      await fn();
      return QueryLog.queries.slice(start);
    },
    async close() {
      await apollo.stop();
      if (subgraph) await (await subgraph).stop();
      await orm.close();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/**
 * A setup call that must succeed: its data, or a throw naming the operation and its errors, so a
 * broken setup fails where it broke instead of as an `undefined` deep in a later assertion.
 */
export async function ok<D, V>(hub: TestHub, doc: TypedDocumentNode<D, V>, variables?: V, viewer?: Viewer): Promise<D> {
  const { data, errors } = await hub.execute(doc, variables, viewer);
  if (errors?.length || !data) {
    const name = (doc.definitions[0] as OperationDefinitionNode | undefined)?.name?.value ?? 'operation';
    throw new Error(`${name} failed: ${JSON.stringify(errors)}`);
  }
  return data;
}
