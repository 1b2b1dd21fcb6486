// The one place errors become GraphQL errors. AppError codes map to `extensions.code` (with the
// field at fault); GraphQL's own parse/validation/coercion errors pass through; anything else is
// logged and replaced by a generic message, so SQL and stack traces never reach a client.
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { AppError } from '../errors.js';
import { isLimitError, tokenLimitError } from './limits-errors.js';
import { requestIdOfError } from './request-id.js';

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** The variable path or argument graphql-js names when coercion fails (`i.kind`, `c[1]`, `first`). */
function coercedField(message: string): string | undefined {
  const m = /^Variable "\$[^"]+" got invalid value .*? at "([^"]+)";/s.exec(message) ?? /^(?:Variable "\$|Argument ")([^"]+)"/.exec(message);
  return m?.[1];
}

/** `log` gets the id of the request the error was raised in (request-id.ts), when it came over HTTP. */
export function createFormatError(log: (message: string, error: unknown, requestId: string | undefined) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const report = (message: string) => log(message, original, requestIdOfError(error));
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) {
      const { field, ...details } = original.details;
      return { ...base, message: original.message, extensions: { code: original.code, ...(field ? { field } : {}), ...details } };
    }
    // Apollo wraps validation-rule errors in its own ValidationError; the refusal is the original.
    const refusal =
      [original, (original as { originalError?: unknown } | null)?.originalError].find(isLimitError) ?? tokenLimitError(original);
    if (refusal) {
      const { code, limit, max } = refusal.extensions;
      return { ...base, message: refusal.message, extensions: { code, limit, max } };
    }
    if (original instanceof ArgumentValidationError) {
      return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    // graphql-js stops coercing after 50 bad variable values with this error, which has no code.
    if (/^Too many errors processing variables/.test(formatted.message)) {
      return { ...base, message: formatted.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const field = formatted.extensions?.field ?? (code === 'BAD_USER_INPUT' ? coercedField(formatted.message) : undefined);
      // Why a key was refused (api-key.service.ts): a stable word, never the key.
      const reason = code === 'UNAUTHENTICATED' ? formatted.extensions?.reason : undefined;
      return { ...base, message: formatted.message, extensions: { code, ...(typeof field === 'string' ? { field } : {}), ...(typeof reason === 'string' ? { reason } : {}) } };
    }
    // statement_timeout cancelled it (src/db/orm.config.ts servingOptions): the request was too heavy or waited too long.
    if ((original as { code?: unknown } | null)?.code === '57014') {
      return { ...base, message: 'the database took too long to answer; ask for less or retry later', extensions: { code: 'TIMEOUT' } };
    }
    // Every pooled connection stayed busy past the connect timeout (pg / pg-pool's own words).
    if (original instanceof Error && /connection timeout|timeout exceeded when trying to connect/i.test(original.message)) {
      report('no database connection became free in time');
      return { ...base, message: 'the hub is busy; retry shortly', extensions: { code: 'TIMEOUT' } };
    }
    // Apollo's own refusals of a request (a persisted-query hash that does not match, a bad APQ
    // version) carry a 4xx status but no code: they are the client's fault, not ours.
    const status = (original as { extensions?: { http?: { status?: number } } } | null)?.extensions?.http?.status;
    if (original instanceof GraphQLError && typeof status === 'number' && status >= 400 && status < 500) {
      return { ...base, message: original.message, extensions: { code: 'BAD_REQUEST' } };
    }
    report('unexpected error while executing a GraphQL operation');
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
