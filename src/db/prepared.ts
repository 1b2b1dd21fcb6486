// Runs the hottest read (a page of holders) as a prepared statement on the ORM's own pg pool
// (MikroORM's getNativeClient()). PostgreSQL then parses and plans it once per connection instead
// of on every request, which was about a third of its cost for a flat page on this machine.
// MikroORM cannot do this itself: it formats the parameters into the SQL text.
// Bounded: at most PREPARED_PER_CONNECTION names per pooled connection. Past that a statement
// runs unnamed, so a client sending ever new selections cannot fill the server's memory.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Pool, PoolClient, QueryConfig } from 'pg';

export const PREPARED_PER_CONNECTION = 200;
const preparedOn = new WeakMap<PoolClient, Set<string>>();

/** `?` placeholders (MikroORM's style) as `$n`; an array parameter becomes one `$n` per element. */
export function numbered(sql: string, params: readonly unknown[]): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  let i = 0;
  const text = sql.replace(/\?/g, () => {
    if (i >= params.length) throw new Error(`statement has more placeholders than its ${params.length} parameters`);
    const p = params[i++];
    if (!Array.isArray(p)) return `$${values.push(p)}`;
    return p.map((v) => `$${values.push(v)}`).join(', ');
  });
  if (i !== params.length) throw new Error(`statement has ${i} placeholders for ${params.length} parameters`);
  return { text, values };
}

/** Rows of a read-only statement outside any transaction, prepared per connection. */
export async function queryPrepared<T>(em: EntityManager, sql: string, params: readonly unknown[]): Promise<T[]> {
  const { text, values } = numbered(sql, params);
  const pool = (await em.getConnection().getNativeClient()) as unknown as Pool;
  const client = await pool.connect();
  const started = performance.now();
  try {
    let names = preparedOn.get(client);
    if (!names) preparedOn.set(client, (names = new Set()));
    const name = `hub_${createHash('sha1').update(text).digest('base64url')}`;
    const config: QueryConfig = names.has(name) || names.size < PREPARED_PER_CONNECTION ? { name, text, values } : { text, values };
    if (config.name) names.add(name);
    const result = await client.query(config);
    // Logged like every ORM statement (the tests count them; debug mode prints them).
    em.config.getLogger().logQuery({ query: sql, params: [...params], took: Math.round(performance.now() - started), results: result.rowCount ?? 0, level: 'info' });
    return result.rows as T[];
  } finally {
    client.release();
  }
}
