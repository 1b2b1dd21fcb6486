// Field-level visibility: a field the viewer may not see resolves to null (documented on the field)
// instead of failing the whole query. Policies are pure functions in src/domain/access.
// The check is declared as a field extension and applied once to the built schema as a plain,
// synchronous wrapper: no middleware chain and no promise per field of every row of a page.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Viewer } from '../domain/access/roles.js';
import { markReadsNoInfo, readsNoInfo } from './direct-resolvers.js';

/** What visibility reads of the request context: only who asks (so this file needs no Context). */
type Viewed = { viewer: Viewer };

type Check = (viewer: Viewer, root: never) => boolean;

/** Resolves the field only when `check(viewer, root)` holds; otherwise answers null. */
export function VisibleWhen<R>(check: (viewer: Viewer, root: R) => boolean) {
  return Extensions({ visibleWhen: check });
}

/** Wraps every field declared with VisibleWhen; call once on the schema type-graphql built. */
export function applyVisibility(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const check = field.extensions?.visibleWhen as Check | undefined;
      if (!check) continue;
      // Without info when the field's own resolver reads none (graphql-jit then builds none per row).
      const noInfo = readsNoInfo(field);
      const name = field.name;
      const resolve: GraphQLFieldResolver<unknown, Viewed> = field.resolve ?? ((root) => (root as Record<string, unknown>)[name]);
      field.resolve = (root, args, ctx: Viewed, info) => (check(ctx.viewer, root as never) ? resolve(root, args, ctx, info) : null);
      if (noInfo) markReadsNoInfo(field);
    }
  }
  return schema;
}
