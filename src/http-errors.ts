// Failures outside GraphQL execution (malformed or oversized bodies, unsupported charsets or
// encodings, unknown paths, an answer too large to send) answer as GraphQL-over-HTTP JSON errors
// with a stable code, never Express's HTML page with a stack trace and absolute paths.
import type { ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from './logger.js';

/** A GraphQL-over-HTTP error answer on a plain Node response (Express's is one too). */
export function sendError(res: ServerResponse, status: number, code: string, message: string, extra: Record<string, unknown> = {}): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

/** body-parser's error types → what the client did wrong, in words that name no file or module. */
const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'BAD_REQUEST', 'the request body is not valid JSON'],
  'entity.too.large': [413, 'REQUEST_TOO_LARGE', 'the request body is too large'],
  'charset.unsupported': [415, 'BAD_REQUEST', 'unsupported charset: send UTF-8 JSON'],
  'encoding.unsupported': [415, 'BAD_REQUEST', 'unsupported content-encoding: send identity, gzip, deflate or br'],
  'request.aborted': [400, 'BAD_REQUEST', 'the request was aborted'],
  'request.size.invalid': [400, 'BAD_REQUEST', 'the request body does not match its content-length'],
  'entity.verify.failed': [400, 'BAD_REQUEST', 'the request body was refused'],
};

/** Answers a failure to read a request (body-parser's errors above) or anything unexpected, logged with the request's id. */
export function answerRequestError(res: ServerResponse, err: { type?: string; status?: number; limit?: number }, logger: Logger, requestId?: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const known = err.type ? BODY_ERRORS[err.type] : undefined;
  if (known) return sendError(res, known[0], known[1], known[2], err.limit ? { limit: err.limit } : {});
  if (typeof err.status === 'number' && err.status >= 400 && err.status < 500) return sendError(res, err.status, 'BAD_REQUEST', 'the request could not be read');
  logger.error('unexpected HTTP error', { err, requestId });
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: { type?: string; status?: number; limit?: number }, _req, res, _next) => answerRequestError(res, err, logger);
}

export const jsonNotFound: RequestHandler = (_req, res) =>
  sendError(res, 404, 'NOT_FOUND', 'no such path: GraphQL is served at /graphql, GraphiQL at /graphiql/');

export function sendResponseTooLarge(res: ServerResponse, maxBytes: number): void {
  sendError(res, 400, 'RESPONSE_TOO_LARGE', `the answer is over ${maxBytes} bytes: ask for fewer fields or a smaller page`, { limit: 'responseBytes', max: maxBytes });
}

/**
 * Node's own answer to a request its parser refuses is an empty body; this one is JSON too. The
 * socket is closed after it, as Node does (the stream can no longer be trusted).
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, reason, message] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', 'the request headers are too large']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'Request Timeout', 'the request took too long to arrive']
        : [400, 'Bad Request', 'the request is not valid HTTP'];
  const body = JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
