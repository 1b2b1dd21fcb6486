// Field-level visibility: a field the viewer may not see resolves to null (documented on the field)
// instead of failing the whole query. Policies are pure functions in src/domain/access.
// The check is declared as a field extension and applied once to the built schema as a plain,
// synchronous wrapper: no middleware chain and no promise per field of every row of a page.
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Viewer } from '../domain/access/roles.js';

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
      const resolve: GraphQLFieldResolver<unknown, Viewed> = field.resolve ?? ((root, _args, _ctx, info) => (root as Record<string, unknown>)[info.fieldName]);
      field.resolve = (root, args, ctx: Viewed, info) => (check(ctx.viewer, root as never) ? resolve(root, args, ctx, info) : null);
    }
  }
  return schema;
}
