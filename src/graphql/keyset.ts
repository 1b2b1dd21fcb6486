// Keyset pages over one table by id, newest first, for the working lists (violations,
// inspections, plans, assessments): conditions as SQL fragments with `?` parameters, the page
// after a cursor of one id, and a COUNT of the whole filter run only when asked for.
// Streaming exports walk the same filter in batches (`walk`), so memory stays constant.
import type { EntityManager } from '@mikro-orm/postgresql';
import { readPage, toConnection, type ConnectionData, type PageArgs } from './pagination.js';
import { AppError } from '../errors.js';
import type { Viewer } from '../domain/access/roles.js';

export type Condition = [sql: string, params: unknown[]];

export interface KeysetQuery {
  /** `select … from … join …` without WHERE; the id column is `idColumn`. */
  select: string;
  idColumn: string;
  conditions: Condition[];
}

/** `where a and b …` of the conditions ('' for none), and their parameters in order. */
export const where = (c: Condition[]) => (c.length ? `where ${c.map(([sql]) => sql).join(' and ')}` : '');
export const params = (c: Condition[]) => c.flatMap(([, p]) => p);

async function rowsAfter<T>(em: EntityManager, q: KeysetQuery, after: number | null, limit: number): Promise<T[]> {
  const c = after === null ? q.conditions : [...q.conditions, [`${q.idColumn} < ?`, [after]] as Condition];
  return em.execute<T[]>(`${q.select} ${where(c)} order by ${q.idColumn} desc limit ?`, [...params(c), limit]);
}

/** One page, newest first, each row made a node by `map`; `countFrom` is the FROM/JOIN part for the COUNT. */
export async function keysetPage<R extends { id: number }, N extends { id: number }>(
  em: EntityManager,
  q: KeysetQuery,
  countFrom: string,
  args: PageArgs,
  map: (rows: R[]) => N[] | Promise<N[]>,
): Promise<ConnectionData<N>> {
  const page = readPage<[number]>(args, 1);
  if (page.after && typeof page.after[0] !== 'number') throw AppError.badInput('after', 'is not a cursor of this list');
  const rows = await map(await rowsAfter<R>(em, q, page.after?.[0] ?? null, page.limit + 1));
  const count = async () => {
    const [row] = await em.execute<{ n: string }[]>(`select count(*) as n ${countFrom} ${where(q.conditions)}`, params(q.conditions));
    return Number(row!.n);
  };
  return toConnection(rows, page, (r) => [r.id], count);
}

/** Every row of the filter, newest first, `batch` at a time (for streaming exports). */
export async function* walk<T extends { id: number }>(em: EntityManager, q: KeysetQuery, batch = 1000): AsyncGenerator<T> {
  let after: number | null = null;
  for (;;) {
    const rows: T[] = await rowsAfter<T>(em, q, after, batch);
    yield* rows;
    if (rows.length < batch) return;
    after = rows.at(-1)!.id;
  }
}

/** Most values one list filter takes: each is a condition PostgreSQL evaluates per row. */
export const MAX_FILTER_VALUES = 100;

/** `list` unless it is longer than MAX_FILTER_VALUES (BAD_USER_INPUT naming `field`). */
export function bounded<T>(list: T[] | null | undefined, field: string): T[] {
  if (list && list.length > MAX_FILTER_VALUES) throw AppError.badInput(field, `takes at most ${MAX_FILTER_VALUES} values, got ${list.length}`);
  return list ?? [];
}

/**
 * The rows a list shows a viewer: all of them when `seesAll`, else a HOLDER key's own (by
 * `holderColumn`); anyone else is refused FORBIDDEN naming the list (`field`), with `why`.
 */
export function holderScope(viewer: Viewer, seesAll: boolean, holderColumn: string, field: string, why: string): Condition[] {
  if (seesAll) return [];
  if (viewer.role !== 'HOLDER' || viewer.holderId === null) throw new AppError('FORBIDDEN', why, { field });
  return [[`${holderColumn} = ?`, [viewer.holderId]]];
}
