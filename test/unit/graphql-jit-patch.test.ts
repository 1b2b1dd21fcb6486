// scripts/patches/graphql-jit+0.8.9.patch (applied by `npm ci` through patch-package) changes only
// how graphql-jit's generated code reaches values that need no promise: leaf checks inline, list
// items and resolver results handed on directly, no resolve info for resolvers that read none. These tests hold the patched compiler to graphql-js's
// own answers (data, and every error's message, path and locations) on each path it touched,
// including the ones it must still take the slow way (promises, throws, rejections, bad values).
import { buildSchema, execute, parse, type GraphQLFieldResolver, type GraphQLObjectType } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(`
    type Item { name: String count: Int! tag: Tag }
    enum Tag { A B }
    type Query {
      sync: String
      later: String
      throws: String
      rejects: String
      throwsNonNull: String!
      leafError: String
      badInt: Int
      nullNonNull: Int!
      items: [Item!]!
      badItems: [Item!]
      badEnumItems: [Item]
      promisedItems: [Item]
      rejectedItem: [Item]
    }`);
const resolvers: Record<string, GraphQLFieldResolver<unknown, unknown>> = {
      sync: () => 'now',
      later: async () => 'later',
      throws: () => {
        throw new Error('thrown');
      },
      rejects: async () => {
        throw new Error('rejected');
      },
      throwsNonNull: () => {
        throw new Error('thrown non-null');
      },
      leafError: () => new Error('an Error as a value'),
      badInt: () => 'not a number',
      nullNonNull: () => null,
      items: () => [{ name: 'x', count: 1, tag: 'A' }, { name: null, count: 2, tag: null }],
      badItems: () => [{ name: 'y', count: 1, tag: 'A' }, { name: 'z', count: null, tag: 'B' }],
      badEnumItems: () => [{ name: 'y', count: 1, tag: 'C' }],
      promisedItems: () => [Promise.resolve({ name: 'p', count: 3, tag: 'B' }), { name: 'q', count: 4 }],
      rejectedItem: () => [Promise.reject(new Error('item failed')), { name: 'r', count: 5 }],
};
const query = schema.getQueryType() as GraphQLObjectType;
for (const [field, resolve] of Object.entries(resolvers)) query.getFields()[field]!.resolve = resolve;

const CASES: Record<string, string> = {
  'a value returned at once': '{ sync }',
  'a promise': '{ later }',
  'a resolver that throws': '{ sync throws }',
  'a promise that rejects': '{ sync rejects }',
  'a non-null field whose resolver throws': '{ throwsNonNull }',
  'an Error returned as a leaf value': '{ leafError }',
  'a value the scalar cannot serialize': '{ badInt }',
  'null for a non-null leaf': '{ sync nullNonNull }',
  'list items with null leaves': '{ items { name count tag } }',
  'a list item with a null non-null leaf': '{ badItems { name count tag } }',
  'a list item with an enum value the enum does not have': '{ badEnumItems { name tag } }',
  'list items that are promises': '{ promisedItems { name count tag } }',
  // Upstream graphql-jit put this null at the end of the list; the patch puts it at the item's index.
  'a list item that rejects': '{ rejectedItem { name count } }',
};

const plain = (r: { data?: unknown; errors?: readonly { message: string; path?: readonly unknown[]; locations?: readonly unknown[] }[] }) => ({
  data: JSON.parse(JSON.stringify(r.data ?? null)),
  errors: (r.errors ?? []).map((e) => ({ message: e.message, path: e.path, locations: e.locations })).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
});

describe('graphql-jit as patched', () => {
  for (const [name, source] of Object.entries(CASES)) {
    it(`answers ${name} exactly as graphql-js does`, async () => {
      const document = parse(source);
      const compiled = compileQuery(schema, document, undefined, { disablingCapturingStackErrors: true });
      if (!isCompiledQuery(compiled)) throw new Error('did not compile');
      const mine = plain(await compiled.query(undefined, {}, {}));
      expect(mine).toEqual(plain(await execute({ schema, document })));
      expect(mine.data ?? mine.errors.length).toBeTruthy(); // something was answered
    });
  }

  it('gives no info to a resolver whose field says readsInfo: false, and the usual info to others', async () => {
    const seen: Record<string, unknown> = {};
    const s = buildSchema('type Query { plain: String lean: String }');
    const fields = (s.getQueryType() as GraphQLObjectType).getFields();
    fields.plain!.resolve = (_r, _a, _c, info) => ((seen.plain = info?.fieldName), 'p');
    fields.lean!.resolve = (_r, _a, _c, info) => ((seen.lean = info), 'l');
    fields.lean!.extensions = { readsInfo: false };
    const compiled = compileQuery(s, parse('{ plain lean }'));
    if (!isCompiledQuery(compiled)) throw new Error('did not compile');
    expect(await compiled.query(undefined, {}, {})).toEqual({ data: { plain: 'p', lean: 'l' } });
    expect(seen).toEqual({ plain: 'plain', lean: undefined });
  });

  it('is the patched compiler: leaves are checked inline, not through checkNullableLeaf', () => {
    const compiled = compileQuery(schema, parse('{ items { name count } sync }'), undefined, { debug: true } as never);
    const code = (compiled as { __DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation?: string }).__DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation ?? '';
    expect(code).not.toMatch(/checkNullableLeaf\(|checkNonNullLeaf\(/);
    expect(code).toMatch(/if \(!__context\.rt\.isPromise\(__currentItem\)\)/);
    expect(code).toMatch(/if \(!__threw && !__context\.rt\.isPromise\(__resolved\)\)/);
  });
});
