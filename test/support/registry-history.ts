// Fixtures are written today, but many tests ask about earlier days: this dates the Registry's
// history back, as if every record had been entered on `since` (and changed only as recorded since).
// Only the owner may write the history (the app role reads it), so it connects as the owner.
import pg from 'pg';
import type { TestHub } from './test-hub.js';

const HISTORIES = {
  holder_history: 'holder_id',
  personal_data_array_history: 'array_id',
  information_system_history: 'system_id',
  information_system_array_history: 'information_system_id, personal_data_array_id',
};

/** Every record's first version starts on `since` instead of the day it was written. */
export async function registrySince(hub: TestHub, since: string): Promise<void> {
  const client = new pg.Client({ connectionString: hub.ownerUrl });
  await client.connect();
  try {
    for (const [table, key] of Object.entries(HISTORIES)) {
      await client.query(
        `update ${table} set valid_from = least(valid_from, $1::date)
         where id in (select distinct on (${key}) id from ${table} order by ${key}, id)`,
        [since],
      );
    }
  } finally {
    await client.end();
  }
}
