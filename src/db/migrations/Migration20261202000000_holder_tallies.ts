import { Migration } from '@mikro-orm/migrations';

// Tallies for the dashboards (holderBreakdown), kept by the database in the writing transaction,
// so a breakdown reads a few hundred rows instead of grouping 100,000 holders (issue 11, shape d).
//
// A tally is append-only deltas: every INSERT, UPDATE or DELETE statement on holder (or
// holder_compliance) adds one row per combination of dimensions it changed, with the signed number
// of holders. Writers therefore never update a shared counter row: no hot row, no lock wait, no
// deadlock between two registrations in one region. A reader sums the rows (MVCC gives it a
// consistent sum); tally_compact() folds committed deltas into one row per combination and runs
// from the hub's timer (src/modules/dashboard/tally-compaction.ts).
//
// holder_tally holds holder's own dimensions; compliance_tally the stored compliance status (one
// holder_compliance row per holder), so "not computed" is the holders minus the computed ones.
const HOLDER_DIMS = ['region_code', 'kind', 'registration_status', 'sector_key'];
const dims = (alias: string) => `${alias}.region_code, ${alias}.kind::text, ${alias}.registration_status::text, ${alias}.sector_key`;

/** The delta statements of one tally: (dimensions…, holders) grouped, zero changes dropped. */
function tallyFunction(fn: string, tally: string, cols: string[], select: (alias: string) => string): string {
  const list = cols.map((c) => `"${c}"`).join(', ');
  const names = cols.map((_, i) => `d${i + 1}`).join(', ');
  const delta = (from: string) => `insert into "${tally}" (${list}, holders) select ${names}, sum(n) from (${from}) d(${names}, n) group by ${names} having sum(n) <> 0`;
  return `create function "${fn}"() returns trigger language plpgsql security definer set search_path = public, pg_temp as $fn$
    begin
      if tg_op = 'INSERT' then
        ${delta(`select ${select('n')}, 1 from new_rows n`)};
      elsif tg_op = 'UPDATE' then
        ${delta(`select ${select('o')}, -1 from old_rows o union all select ${select('n')}, 1 from new_rows n`)};
      elsif tg_op = 'DELETE' then
        ${delta(`select ${select('o')}, -1 from old_rows o`)};
      else
        delete from "${tally}";
      end if;
      return null;
    end $fn$;`;
}

const TALLIES = [
  { table: 'holder', tally: 'holder_tally', fn: 'holder_tally_write', cols: HOLDER_DIMS, select: dims },
  { table: 'holder_compliance', tally: 'compliance_tally', fn: 'compliance_tally_write', cols: ['status'], select: (a: string) => `${a}.status::text` },
];

export class Migration20261202000000_holder_tallies extends Migration {

  override name = 'Migration20261202000000_holder_tallies';

  override up(): void | Promise<void> {
    this.addSql(`create table "holder_tally" ("region_code" text null, "kind" text not null, "registration_status" text not null, "sector_key" text null, "holders" bigint not null);`);
    this.addSql(`create table "compliance_tally" ("status" text not null, "holders" bigint not null);`);
    for (const t of TALLIES) {
      this.addSql(tallyFunction(t.fn, t.tally, t.cols, t.select));
      const run = `for each statement execute function "${t.fn}"()`;
      this.addSql(`create trigger "${t.tally}_insert" after insert on "${t.table}" referencing new table as new_rows ${run};`);
      this.addSql(`create trigger "${t.tally}_update" after update on "${t.table}" referencing old table as old_rows new table as new_rows ${run};`);
      this.addSql(`create trigger "${t.tally}_delete" after delete on "${t.table}" referencing old table as old_rows ${run};`);
      this.addSql(`create trigger "${t.tally}_truncate" after truncate on "${t.table}" ${run};`);
    }
    // Folds the committed deltas. A delta committed after this statement's snapshot is not deleted
    // and stays; a second compaction running at once waits on the first's rows, then skips them.
    this.addSql(`create function tally_compact() returns void language sql security definer set search_path = public, pg_temp as $fn$
      with gone as (delete from "holder_tally" returning *)
      insert into "holder_tally" (${HOLDER_DIMS.join(', ')}, holders)
        select ${HOLDER_DIMS.join(', ')}, sum(holders) from gone group by ${HOLDER_DIMS.map((_, i) => i + 1).join(', ')} having sum(holders) <> 0;
      with gone as (delete from "compliance_tally" returning *)
      insert into "compliance_tally" (status, holders) select status, sum(holders) from gone group by 1 having sum(holders) <> 0;
    $fn$;`);
    // Backfill after the triggers: creating them waits for open writes on the tables, so the
    // backfill counts every row written before and the triggers every row written after.
    this.addSql(`insert into "holder_tally" (${HOLDER_DIMS.join(', ')}, holders) select ${dims('h')}, count(*) from "holder" h group by 1, 2, 3, 4;`);
    this.addSql(`insert into "compliance_tally" (status, holders) select status::text, count(*) from "holder_compliance" group by 1;`);
  }

  override down(): void | Promise<void> {
    for (const t of TALLIES) {
      for (const op of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists "${t.tally}_${op}" on "${t.table}";`);
      this.addSql(`drop function if exists "${t.fn}"();`);
      this.addSql(`drop table if exists "${t.tally}";`);
    }
    this.addSql(`drop function if exists tally_compact();`);
  }

}
