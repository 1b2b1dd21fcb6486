// Helpers that put batch-query rows back in DataLoader key order.
import DataLoader from 'dataloader';

/** One row (or null) per key. */
export function oneByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const map = new Map<K, R>();
  for (const r of rows) map.set(keyOf(r), r);
  return keys.map((k) => map.get(k) ?? null);
}

/** All rows per key (rows keep their query order). */
export function manyByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K | readonly K[]): R[][] {
  const map = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const r of rows) {
    const ks = keyOf(r);
    for (const k of (Array.isArray(ks) ? ks : [ks]) as K[]) map.get(k)?.push(r);
  }
  return keys.map((k) => map.get(k)!);
}

/** A request-scoped DataLoader; `maxBatchSize` keeps `IN (…)` lists reasonable on big pages. */
export function loader<K, V>(batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  return new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
}
