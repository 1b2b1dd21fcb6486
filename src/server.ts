// HTTP server: Apollo Server 5 on Node's HTTP server (graphql-http.ts) at /graphql (the public API)
// and /subgraph (the Federation subgraph, for gateways), and on Express 5 the hub's pages and
// GraphiQL (web-pages.ts: no CDN, they work with no internet) and a health check. Used by main.ts and tests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { DEFAULT_LIMITS, type Limits } from './config.js';
import { createContext, type Context } from './context.js';
import { compiledGateway } from './graphql/compiled-executor.js';
import { createFormatError } from './graphql/format-error.js';
import { operationLimits } from './graphql/limits.js';
import { requestIdPlugin } from './graphql/request-id.js';
import { GRAPHQL_PATH, graphqlHandler, graphqlPathOf, SUBGRAPH_PATH } from './graphql-http.js';
import { answerClientError, jsonErrorHandler, jsonNotFound } from './http-errors.js';
import type { Logger } from './logger.js';
import { resolveViewer } from './modules/auth/api-key.service.js';
import { servePages } from './web-pages.js';
import type { ServedSchemas } from './schema.js';
import { exportsRouter } from './exports/router.js';
import './exports/routes.js';

export function createApolloServer(schema: GraphQLSchema, logger: Logger, httpServer?: Server, limits: Limits = DEFAULT_LIMITS): ApolloServer<Context> {
  const guards = operationLimits(schema, limits);
  return new ApolloServer<Context>({
    gateway: compiledGateway(schema),
    validationRules: guards.validationRules,
    parseOptions: guards.parseOptions,
    // One operation per request: a batch would multiply every limit by its length.
    allowBatchedHttpRequests: false,
    formatError: createFormatError((message, err, requestId) => logger.error(message, { err, requestId })),
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM and stops server, ORM and database in order.
    stopOnTerminationSignals: false,
    // The schema is public and GraphiQL reads it; Apollo would turn introspection off in production.
    introspection: true,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Only the plugins the hub needs. Inline tracing and cache control would each hook every
      // field resolution (cache control is on by default; no response is cached by HTTP anyway),
      // and usage or schema reporting would send data to Apollo's cloud when APOLLO_KEY is set.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ...guards.plugins,
      requestIdPlugin,
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
}

export interface HubServer {
  httpServer: Server;
  /** Stops listening, drains the requests in flight on every endpoint, then stops both Apollo servers. */
  stop(): Promise<void>;
}

export async function createHttpServer(opts: {
  schemas: ServedSchemas;
  orm: MikroORM;
  logger: Logger;
  limits?: Limits;
  /** How long a looked-up API key is trusted (config VIEWER_TTL_MS); the service default when absent. */
  viewerTtlMs?: number;
}): Promise<HubServer> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const app = express();
  // The GraphQL endpoints are served by Apollo on Node's server directly (graphql-http.ts), the rest by Express.
  const graphql = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  // A client that sends its headers or body a byte at a time is cut off rather than holding a socket.
  const httpServer = createServer({ requestTimeout: limits.requestTimeoutMs, headersTimeout: Math.min(limits.requestTimeoutMs, 20_000) }, (req, res) =>
    (graphql.get(graphqlPathOf(req) ?? '') ?? app)(req, res),
  );
  // Only the API's server drains the HTTP server both share; the subgraph's stops after it.
  const apollo = createApolloServer(opts.schemas.api, opts.logger, httpServer, limits);
  const subgraph = createApolloServer(opts.schemas.subgraph, opts.logger, undefined, limits);
  // Requests Node's HTTP parser refuses before Express sees them (headers too large, bad bytes).
  httpServer.on('clientError', answerClientError);
  await Promise.all([apollo.start(), subgraph.start()]);

  app.disable('x-powered-by');
  // No ETag on answers: a POST to /graphql is never revalidated, and hashing every answer costs CPU
  // under load (GraphiQL's static files keep theirs).
  app.set('etag', false);
  app.get('/healthz', async (_req, res) => {
    const ok = await opts.orm.checkConnection();
    res.status(ok.ok ? 200 : 503).json({ status: ok.ok ? 'ok' : 'database unavailable' });
  });
  servePages(app, opts.logger); // /, /registry/, /agency/, /graphiql/ (web-pages.ts)
  // At most one EntityManager fork per request: made for the key lookup only when the key is not
  // cached, and then shared with the operation.
  const context = async (req: IncomingMessage) => {
    let em: EntityManager | undefined;
    const viewer = await resolveViewer(() => (em ??= opts.orm.em.fork()), req.headers.authorization, { ttlMs: opts.viewerTtlMs });
    return createContext(opts.orm, viewer, em);
  };
  app.use(exportsRouter({ orm: opts.orm, schema: opts.schemas.api, logger: opts.logger, viewerTtlMs: opts.viewerTtlMs }));
  // Both endpoints alike (keys, limits, error format, executor, context): only the schema differs.
  for (const [path, server] of [[GRAPHQL_PATH, apollo], [SUBGRAPH_PATH, subgraph]] as const) {
    graphql.set(path, graphqlHandler({ apollo: server, context, bodyBytes: limits.bodyBytes, responseBytes: limits.responseBytes, logger: opts.logger }));
  }
  // Anything that fails outside Apollo (body parsing, an unknown path) still answers GraphQL-style JSON.
  app.use(jsonNotFound);
  app.use(jsonErrorHandler(opts.logger));
  return {
    httpServer,
    async stop() {
      await apollo.stop();
      await subgraph.stop();
    },
  };
}
