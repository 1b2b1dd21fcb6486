// The dashboard tallies (Migration20261202000000_holder_tallies) against the GROUP BY they replace:
// after registrations, bulk updates, deletes (cascading to stored compliance), compactions and
// concurrent writers, every breakdown equals a count over the holders themselves.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HolderBreakdownDocument } from '../__generated__/graphql.js';
import { compactTallies } from '../../src/modules/dashboard/tally-compaction.js';
import { makeHolder } from '../factories/registry.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
let sql: pg.Client;
beforeAll(async () => {
  hub = await startTestHub();
  sql = new pg.Client({ connectionString: hub.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await hub.close();
});

/** What the tallies must equal: the GROUP BY over holder (and holder_compliance) at this moment. */
const ORACLE = {
  REGION: 'select h.region_code as key, count(*)::int as holders from holder h group by 1',
  KIND: 'select h.kind::text as key, count(*)::int as holders from holder h group by 1',
  REGISTRATION_STATUS: 'select h.registration_status::text as key, count(*)::int as holders from holder h group by 1',
  SECTOR: "select split_part(h.sector_key, '.', 1) as key, count(*)::int as holders from holder h group by 1",
  COMPLIANCE_STATUS: "select coalesce(c.status::text, 'NOT_COMPUTED') as key, count(*)::int as holders from holder h left join holder_compliance c on c.holder_id = h.id group by 1",
} as const;

async function expectTalliesAgree() {
  const analyst = await hub.viewerFor('ANALYST');
  for (const [by, oracle] of Object.entries(ORACLE)) {
    const { rows } = await sql.query(`${oracle} order by 2 desc, 1`);
    const { data, errors } = await hub.execute(HolderBreakdownDocument, { by: by as keyof typeof ORACLE }, analyst);
    expect(errors, by).toBeUndefined();
    expect(data!.holderBreakdown, by).toEqual(rows);
  }
}

const tallyRows = async () => (await sql.query<{ n: number }>('select count(*)::int as n from holder_tally')).rows[0]!.n;

describe('dashboard tallies', () => {
  it('agree with the holders after registrations, bulk updates and deletes, and after compaction', async () => {
    const ids: number[] = [];
    for (const [i, regionCode] of ['KG-GB', 'KG-GB', 'KG-GO', 'KG-C', 'KG-C', 'KG-C'].entries()) {
      ids.push((await makeHolder(hub.orm.em, { regionCode, sectorKey: i % 2 ? 'retail' : 'finance.banking' })).id);
    }
    await expectTalliesAgree();

    // Stored compliance for some holders (the recompute upserts: INSERT … ON CONFLICT DO UPDATE).
    const store = (id: number, status: string) =>
      sql.query(
        `insert into holder_compliance (holder_id, as_of, status, counts, computed_at) values ($1, '2026-12-01', $2, '{}', now())
         on conflict (holder_id) do update set status = excluded.status`,
        [id, status],
      );
    await store(ids[0]!, 'COMPLIANT');
    await store(ids[1]!, 'NON_COMPLIANT');
    await store(ids[2]!, 'NOT_ASSESSED');
    await store(ids[1]!, 'PARTIALLY_COMPLIANT');
    await expectTalliesAgree();

    // One statement moving several holders across several dimensions; one changing none of them.
    await sql.query(`update holder set region_code = case when id % 2 = 0 then 'KG-Y' else null end, registration_status = 'REGISTERED', registry_number = 'RPD-T-' || id, application_submitted_on = '2026-01-01', registered_on = '2026-02-01' where id = any($1)`, [ids.slice(1, 4)]);
    const before = await tallyRows();
    await sql.query('update holder set name_en = name_ru where id = any($1)', [ids]);
    expect(await tallyRows(), 'an update that moves no holder adds no delta').toBe(before);
    await expectTalliesAgree();

    // A delete cascades to holder_compliance: both tallies lose the holder.
    await sql.query('delete from holder where id = any($1)', [[ids[0], ids[1]]]);
    await expectTalliesAgree();

    await compactTallies(hub.orm);
    const combos = (await sql.query<{ n: number }>('select count(distinct (region_code, kind, registration_status, sector_key))::int as n from holder')).rows[0]!.n;
    expect(await tallyRows()).toBe(combos);
    await expectTalliesAgree();
  });

  it('lets two writers in one region commit without waiting for each other, and compaction keep an uncommitted delta', async () => {
    const a = new pg.Client({ connectionString: hub.url });
    const b = new pg.Client({ connectionString: hub.url });
    await Promise.all([a.connect(), b.connect()]);
    try {
      const [first, second] = [await makeHolder(hub.orm.em, { regionCode: 'KG-N' }), await makeHolder(hub.orm.em, { regionCode: 'KG-N' })];
      for (const c of [a, b]) await c.query("begin; set local lock_timeout = '2s'");
      // With one counter row per region, b would wait here for a's commit (and time out).
      await a.query("update holder set region_code = 'KG-T' where id = $1", [first.id]);
      await b.query("update holder set region_code = 'KG-T' where id = $1", [second.id]);
      await b.query('commit');
      await compactTallies(hub.orm); // a's delta is not committed yet: it must survive the fold
      await a.query('commit');
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
    await expectTalliesAgree();
    await compactTallies(hub.orm);
    await expectTalliesAgree();
  });

  it('are written only by the database: the serving role may read them, not change them', async () => {
    await expect(sql.query("insert into holder_tally (kind, registration_status, holders) values ('STATE_BODY', 'REGISTERED', 1000)")).rejects.toThrow(/permission denied/);
    await expect(sql.query('delete from compliance_tally')).rejects.toThrow(/permission denied/);
    await expectTalliesAgree();
  });
});
