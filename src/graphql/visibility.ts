// Field-level visibility: a field the viewer may not see resolves to null (documented on the field)
// instead of failing the whole query. Policies are pure functions in src/domain/access.
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Viewer } from '../domain/access/roles.js';
import type { Context } from '../context.js';

/** Resolves the field only when `check(viewer, root)` holds; otherwise answers null. */
export function VisibleWhen<R>(check: (viewer: Viewer, root: R) => boolean) {
  const middleware: MiddlewareFn<Context> = async ({ root, context }, next) => (check(context.viewer, root as R) ? next() : null);
  return UseMiddleware(middleware);
}
