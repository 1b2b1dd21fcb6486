// Everything the hub serves besides GraphQL for partners and the public: exports of lists and
// dashboards (CSV, XLSX), open data, OSCAL and ELI documents. Each format has its own route file;
// this one authenticates (the same bearer key as /graphql, PUBLIC without one) and mounts them.
// Failures answer GraphQL-style JSON with a stable `extensions.code` (http-errors.ts).
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Viewer } from '../domain/access/roles.js';
import { AppError, type AppErrorCode } from '../errors.js';
import { sendError } from '../http-errors.js';
import { ReaderGone } from './table.js';
import type { Logger } from '../logger.js';
import { resolveViewer } from '../modules/auth/api-key.service.js';

export interface ExportDeps {
  orm: MikroORM;
  /** The served schema: exports coerce their `filter` with its input types, as GraphQL does. */
  schema: GraphQLSchema;
  logger: Logger;
  viewerTtlMs?: number;
}

/** What every export route gets: the viewer of the request's key and the ORM. */
export interface ExportRequest {
  viewer: Viewer;
  orm: MikroORM;
  req: Request;
  res: Response;
}

export type ExportHandler = (x: ExportRequest) => Promise<void>;

const STATUS: Record<AppErrorCode, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429, INVALID_SEED: 500 };

/**
 * Wraps a handler: resolves the viewer; an AppError answers with its code (and field), anything
 * else goes to the JSON error handler. A failure after the first byte of a streamed export can
 * only cut the connection, so the client sees an incomplete file, never a silently short one.
 */
export function exportRoute(deps: ExportDeps, handler: ExportHandler) {
  return (req: Request, res: Response, next: NextFunction) => {
    (async () => {
      const viewer = await resolveViewer(() => deps.orm.em.fork(), req.headers.authorization, { ttlMs: deps.viewerTtlMs });
      await handler({ viewer, orm: deps.orm, req, res });
    })().catch((e: unknown) => {
      if (e instanceof ReaderGone) {
        res.destroy();
      } else if (res.headersSent) {
        deps.logger.warn(`export ${req.path} failed after it started: ${e instanceof Error ? e.message : String(e)}`);
        res.destroy();
      } else if (e instanceof AppError) {
        // Headers a route set before it failed (an attachment's name) must not dress up the error.
        for (const name of res.getHeaderNames()) res.removeHeader(name);
        sendError(res, STATUS[e.code], e.code, e.message, e.details);
      } else if (e instanceof GraphQLError && e.extensions.code === 'UNAUTHENTICATED') {
        // A refused key, as /graphql answers it (api-key.service.ts resolveViewer).
        sendError(res, 401, 'UNAUTHENTICATED', e.message, { reason: e.extensions.reason });
      } else {
        next(e);
      }
    });
  };
}

/** A query-string parameter as one string (an array or object is refused, naming it). */
export function queryParam(req: Request, name: string): string | undefined {
  const v = req.query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw AppError.badInput(name, 'must be given once, as text');
  return v;
}

/** Route files register here, each with its own paths. */
const mounts: ((router: Router, deps: ExportDeps) => void)[] = [];

export function exportsRouter(deps: ExportDeps): Router {
  const router = express.Router();
  for (const mount of mounts) mount(router, deps);
  return router;
}

export function registerExports(mount: (router: Router, deps: ExportDeps) => void): void {
  mounts.push(mount);
}
