// type-graphql runs every resolver through one generic handler. Per call it does several things
// even when none of them applies:
//   - sorts the parameter list;
//   - converts and "validates" each argument in an async function, so any field with an argument
//     returns a promise;
//   - builds a middleware chain.
// Under load that is a visible share of CPU for every field of every row (bench/README.md).
// This binds the resolvers that need none of it straight to their methods, once, on the built
// schema. They are the ones with no middleware and no auth roles, only root, context, info and
// scalar or enum arguments, and validation off, as buildSchema is called here. It decides that from
// type-graphql's own metadata. A plain field becomes a property read (a function still, so a
// promise-valued property is awaited). The Registry's row types go further with type-graphql's
// `simpleResolvers`: no resolver at all, so the compiled executor reads the property inline (their
// rows are plain column values, never promises).
import { isObjectType, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type Param = { kind: string; index: number; name?: string; propertyName?: string; getType?: () => unknown; validateFn?: unknown; validateSettings?: unknown };
type Read = (root: unknown, args: Record<string, unknown>, ctx: unknown, info: unknown) => unknown;

const SIMPLE_ARG_TYPES: unknown[] = [String, Number, Boolean];

/** How to read one parameter, or null when type-graphql must handle it. */
function reader(p: Param): Read | null {
  switch (p.kind) {
    case 'root':
      return p.propertyName || p.getType ? null : (root) => root;
    case 'context':
      return p.propertyName ? null : (_r, _a, ctx) => ctx;
    case 'info':
      return (_r, _a, _c, info) => info;
    case 'arg': {
      if (p.validateFn || p.validateSettings) return null;
      const type = p.getType?.();
      // Scalars and enums (an enum is a plain object) pass through type-graphql unchanged; input classes do not.
      if (typeof type === 'function' && !SIMPLE_ARG_TYPES.includes(type)) return null;
      const name = p.name!;
      return (_r, args) => args[name];
    }
    default:
      return null;
  }
}

function direct(target: Function, methodName: string, params: Param[], instances: Map<Function, object>): GraphQLFieldResolver<unknown, unknown> | null {
  const readers = [...params].sort((a, b) => a.index - b.index).map(reader);
  if (readers.some((r) => r === null)) return null;
  let instance = instances.get(target);
  if (!instance) instances.set(target, (instance = new (target as new () => object)()));
  const method = (instance as Record<string, (...a: unknown[]) => unknown>)[methodName]!.bind(instance);
  const [r0, r1, r2] = readers as Read[];
  // The common arities without a spread; field resolvers here take at most three parameters.
  if (readers.length === 0) return () => method();
  if (readers.length === 1) return (root, args, ctx, info) => method(r0!(root, args, ctx, info));
  if (readers.length === 2) return (root, args, ctx, info) => method(r0!(root, args, ctx, info), r1!(root, args, ctx, info));
  if (readers.length === 3) return (root, args, ctx, info) => method(r0!(root, args, ctx, info), r1!(root, args, ctx, info), r2!(root, args, ctx, info));
  return (root, args, ctx, info) => method(...(readers as Read[]).map((r) => r(root, args, ctx, info)));
}

/**
 * Declares that a field's resolver never reads its `info` argument: the patched graphql-jit then
 * builds no GraphQLResolveInfo and response path for each call (per row of a page, several objects
 * per field). graphql-js ignores the extension.
 */
export function markReadsNoInfo(field: GraphQLField<unknown, unknown>): void {
  field.extensions = { ...field.extensions, readsInfo: false };
}

/** Whether `markReadsNoInfo` was applied (or the field has no resolver, so nothing reads info). */
export function readsNoInfo(field: GraphQLField<unknown, unknown>): boolean {
  return !field.resolve || field.extensions?.readsInfo === false;
}

export function bindResolversDirectly(schema: GraphQLSchema): GraphQLSchema {
  const storage = getMetadataStorage();
  const typeName = new Map(storage.objectTypes.map((o) => [o.target, o.name]));
  const fieldOf = (target: Function | undefined, name: string) => {
    const type = target && schema.getType(typeName.get(target) ?? '');
    return isObjectType(type) ? type.getFields()[name] : undefined;
  };
  for (const f of storage.fields) {
    if (f.middlewares?.length || f.roles?.length || f.params?.length) continue;
    const field = fieldOf(f.target, f.schemaName);
    const property = f.name;
    if (field?.resolve) {
      field.resolve = (root) => (root as Record<string, unknown>)[property];
      markReadsNoInfo(field);
    }
  }
  const instances = new Map<Function, object>();
  for (const r of storage.fieldResolvers) {
    if (r.kind !== 'external' || r.middlewares?.length || r.roles?.length) continue;
    const field = fieldOf(r.getObjectType?.(), r.schemaName);
    const params = (r.params ?? []) as Param[];
    const resolve = field && direct(r.target, r.methodName, params, instances);
    if (field && resolve) {
      field.resolve = resolve;
      if (!params.some((p) => p.kind === 'info')) markReadsNoInfo(field);
    }
  }
  return schema;
}
