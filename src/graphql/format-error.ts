// The one place errors become GraphQL errors. AppError codes map to `extensions.code` (with the
// field at fault); GraphQL's own parse/validation/coercion errors pass through; anything else is
// logged and replaced by a generic message, so SQL and stack traces never reach a client.
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { AppError } from '../errors.js';
import { isLimitError, tokenLimitError } from './limits.js';

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

export function createFormatError(log: (message: string, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
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
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const field = formatted.extensions?.field;
      return { ...base, message: formatted.message, extensions: { code, ...(typeof field === 'string' ? { field } : {}) } };
    }
    log('unexpected error while executing a GraphQL operation', original);
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
