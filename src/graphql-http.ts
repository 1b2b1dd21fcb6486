// /graphql and /subgraph on Node's own HTTP server: the JSON body read by body-parser, then Apollo
// Server's documented `executeHTTPGraphQLRequest`, as Apollo's standalone server does. Express
// serves everything else (GraphiQL, /healthz). Measured under load on this machine, Express's
// request and response layers cost more per request than Apollo's own pipeline did (bench/README.md).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import bodyParser from 'body-parser';
import type { Logger } from './logger.js';
import { answerRequestError, sendResponseTooLarge } from './http-errors.js';
import { REQUEST_ID_HEADER, requestIdFrom, tagError } from './graphql/request-id.js';

export const GRAPHQL_PATH = '/graphql';
/** For Federation gateways and partners only: the same API plus `_entities` and `_service`, kept
 * out of /graphql so analysts and GraphiQL see exactly schema/schema.graphql. */
export const SUBGRAPH_PATH = '/subgraph';
const PATHS = new Set([GRAPHQL_PATH, SUBGRAPH_PATH]);

/** The GraphQL endpoint a request is for (`/graphql`, `/graphql?…`, `/graphql/?…`, same for /subgraph), or undefined. */
export function graphqlPathOf(req: IncomingMessage): string | undefined {
  const url = req.url ?? '';
  const query = url.indexOf('?');
  const path = query < 0 ? url : url.slice(0, query).replace(/\/$/, '');
  return PATHS.has(path) ? path : undefined;
}

export function graphqlHandler<C extends BaseContext>(opts: {
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage) => Promise<C>;
  bodyBytes: number;
  responseBytes: number;
  logger: Logger;
}): (req: IncomingMessage, res: ServerResponse) => void {
  const readJson = bodyParser.json({ limit: opts.bodyBytes });
  const answer = async (req: IncomingMessage & { body?: unknown }, res: ServerResponse, requestId: string) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    headers.set(REQUEST_ID_HEADER, requestId); // the id as resolved, for request-id.ts's plugin
    const search = req.url!.includes('?') ? req.url!.slice(req.url!.indexOf('?')) : '';
    const response = await opts.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search, body: req.body },
      // A failed context (the key lookup) never reaches the plugins: mark its error here.
      context: () =>
        opts.context(req).catch((e: unknown) => {
          tagError(e, requestId);
          throw e;
        }),
    });
    if (response.body.kind !== 'complete') throw new Error('incremental delivery is not served');
    // Encoded once, outside the JavaScript heap, and measured as sent: a string body would be
    // measured, then joined to the header text (a copy of the whole answer on the heap) and encoded
    // again by the socket. Over the limit it is refused (the cost limit bounds the work; this bounds
    // the memory and bandwidth one client takes).
    const body = Buffer.from(response.body.string, 'utf8');
    if (body.length > opts.responseBytes) return sendResponseTooLarge(res, opts.responseBytes);
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    res.setHeader('content-length', body.length);
    res.end(body);
  };
  return (req, res) => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    readJson(req, res, (err?: unknown) => {
      if (err) return answerRequestError(res, err as { type?: string }, opts.logger, requestId);
      answer(req, res, requestId).catch((e: unknown) => answerRequestError(res, e as { type?: string }, opts.logger, requestId));
    });
  };
}
