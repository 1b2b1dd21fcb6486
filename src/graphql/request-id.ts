// Every request to /graphql and /subgraph has an id, so an operator can match a client's report to
// the log lines its request wrote. The id rides on the errors themselves (a WeakMap, no per-request
// async context): only a request that fails pays for it, and nothing is logged for one that succeeds.
import { randomUUID } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';

export const REQUEST_ID_HEADER = 'x-request-id';
// What a proxy or client may send us and we echo and log as is: short, and no byte a log or header could misread.
const WELL_FORMED = /^[A-Za-z0-9._-]{1,100}$/;

/** The client's id when it is well formed (one header, at most 100 of [A-Za-z0-9._-]), else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && WELL_FORMED.test(header) ? header : randomUUID();
}

const requestIds = new WeakMap<object, string>();

/** Marks an error as raised while handling request `id` (the first mark stays). */
export function tagError(error: unknown, id: string): void {
  if (typeof error === 'object' && error !== null && !requestIds.has(error)) requestIds.set(error, id);
}

/** The request an error was raised in: marked on it, or on the error it wraps (Apollo wraps a failed context). */
export function requestIdOfError(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const wrapped = (error as { originalError?: unknown }).originalError;
  return requestIds.get(error) ?? (typeof wrapped === 'object' && wrapped !== null ? requestIds.get(wrapped) : undefined);
}

/** Marks the errors of an operation with the id the HTTP layer put in its headers, before formatError sees them. */
const listener: GraphQLRequestListener<BaseContext> = {
  async didEncounterErrors(rc) {
    const id = rc.request.http?.headers.get(REQUEST_ID_HEADER);
    if (id) for (const e of rc.errors) tagError(e, id);
  },
};
export const requestIdPlugin: ApolloServerPlugin<BaseContext> = { requestDidStart: () => Promise.resolve(listener) };
