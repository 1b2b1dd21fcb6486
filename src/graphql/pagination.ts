// Relay cursor connections with keyset cursors: a cursor holds the sort-key values of its row, so
// the next page is `WHERE (key) > (cursor)`, never OFFSET (which makes PostgreSQL read and discard
// every skipped row). `totalCount` runs its COUNT only when a client asks for it.
import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { textProblem } from '../db/storable-text.js';
import { AppError } from '../errors.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor (an `endCursor` of a previous page).' })
  after?: string | null;
}

export interface Page<K> {
  limit: number;
  /** Sort-key values of the row after which the page starts. */
  after: K | null;
}

/** Validates `first` and decodes `after`; errors name the argument. */
export function readPage<K extends unknown[]>(args: PageArgs, keyLength: number): Page<K> {
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw AppError.badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}, got ${limit}`);
  }
  return { limit, after: args.after ? (decodeCursor(args.after, keyLength) as K) : null };
}

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, keyLength: number): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Only the scalar sort-key values connections encode: integer keys of int4 columns, and text
    // PostgreSQL can compare; anything else would reach SQL as a type error.
    const int4 = (v: number) => Number.isInteger(v) && v >= -2_147_483_648 && v <= 2_147_483_647;
    const scalar = (v: unknown) => v === null || (typeof v === 'number' && int4(v)) || (typeof v === 'string' && !textProblem(v));
    if (Array.isArray(key) && key.length === keyLength && key.every(scalar) && encodeCursor(key) === cursor) return key;
  } catch {
    // fall through to the error below
  }
  throw AppError.badInput('after', 'is not a cursor returned by this connection');
}

@ObjectType({ simpleResolvers: true, description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was requested with `after` (items precede it).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionData<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: Promise<number>;
}

/** An edge whose cursor is encoded only when a client selects it (50 encodings per page otherwise). */
class LazyEdge<T> {
  constructor(
    readonly node: T,
    private readonly keyOf: (row: T) => unknown[],
  ) {}

  get cursor(): string {
    return encodeCursor(this.keyOf(this.node));
  }
}

/** Builds a connection from `limit + 1` fetched rows; `count` runs only if totalCount is selected. */
export function toConnection<T>(rows: T[], page: Page<unknown[]>, keyOf: (row: T) => unknown[], count: () => Promise<number>): ConnectionData<T> {
  const items = rows.length > page.limit ? rows.slice(0, page.limit) : rows;
  const edges = items.map((node) => new LazyEdge(node, keyOf));
  let total: Promise<number> | undefined;
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.after !== null,
      startCursor: items.length ? encodeCursor(keyOf(items[0]!)) : null,
      endCursor: items.length ? encodeCursor(keyOf(items.at(-1)!)) : null,
    },
    get totalCount() {
      return (total ??= count());
    },
  };
}

/** Declares `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `An edge in a page of ${what}.` })
  class EdgeType {
    @Field(() => nodeType, { description: 'The item.' })
    node!: T;

    @Field({ description: 'Opaque keyset cursor of this item.' })
    cursor!: string;
  }

  // Not simpleResolvers: `totalCount` is a promise (its COUNT runs on demand), which the compiled
  // executor awaits only behind a resolver function.
  @ObjectType(`${name}Connection`, { description: `A page of ${what} (Relay connection).` })
  class Connection {
    @Field(() => [EdgeType], { description: 'Items of this page with their cursors.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter, across all pages (counted on demand).' })
    totalCount!: number;
  }
  return Connection;
}

/**
 * A page of a small list already in memory and sorted by a unique text key (the requirement
 * catalogue, the offence articles): the same cursors and arguments as a keyset page in SQL.
 */
export function memoryPage<T>(sorted: readonly T[], args: PageArgs, keyOf: (item: T) => string): ConnectionData<T> {
  const page = readPage<[string]>(args, 1);
  if (page.after && typeof page.after[0] !== 'string') throw AppError.badInput('after', 'is not a cursor of this list');
  const start = page.after ? sorted.findIndex((t) => keyOf(t) > page.after![0]) : 0;
  const rows = start < 0 ? [] : sorted.slice(start, start + page.limit + 1);
  return toConnection(rows, page, (t) => [keyOf(t)], async () => sorted.length);
}

/** Orders items by their code as `memoryPage` cursors compare them (UTF-16 code units). */
export const byCode = <T extends { code: string }>(a: T, b: T): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
