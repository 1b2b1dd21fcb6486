// One error vocabulary for the whole hub. Services throw AppError; graphql/format-error.ts maps the
// code to `extensions.code` once. No GraphQL import here, so domain code and scripts can use it.

export type AppErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INVALID_SEED';

export interface AppErrorDetails {
  /** The argument or input field at fault, as a dotted path (`input.tin`, `after`). */
  field?: string;
  [key: string]: unknown;
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: AppErrorDetails = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  static badInput(field: string, message: string, extra: Record<string, unknown> = {}): AppError {
    return new AppError('BAD_USER_INPUT', `${field}: ${message}`, { field, ...extra });
  }

  /**
   * The one way to say "no such record": `field` names the argument that pointed at it (null only
   * when no argument did, as for reference data missing from seeds/). A hidden record answers the same.
   */
  static notFound(field: string | null, message: string, extra: Record<string, unknown> = {}): AppError {
    return new AppError('NOT_FOUND', message, field === null ? extra : { field, ...extra });
  }
}
