import { Migration } from '@mikro-orm/migrations';

// One holder is scheduled at most once per approved plan (issue 12): a second planned inspection
// of the same holder from the same plan is refused by the database (CONFLICT on input.holderId,
// src/db/write.ts), whatever the race. A cancelled one does not count, so a cancelled planned
// inspection can be scheduled again. Existing duplicates are not resolved here: they are legal
// records, so the migration stops and names them for the Agency to cancel one.
export class Migration20261202010000_plan_entry_once extends Migration {

  override name = 'Migration20261202010000_plan_entry_once';

  override up(): void | Promise<void> {
    this.addSql(`do $$
      declare dup text;
      begin
        select string_agg(format('plan %s holder %s (inspections %s)', plan_id, holder_id, ids), '; ') into dup
        from (select plan_id, holder_id, string_agg(id::text, ', ' order by id) as ids from inspection
              where plan_id is not null and status <> 'CANCELLED' group by 1, 2 having count(*) > 1) d;
        if dup is not null then
          raise exception 'holders scheduled twice from one plan: %; cancel one of each pair, then migrate again', dup;
        end if;
      end $$;`);
    this.addSql(`create unique index "inspection_plan_holder_unique" on "inspection" ("plan_id", "holder_id") where "plan_id" is not null and "status" <> 'CANCELLED';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "inspection_plan_holder_unique";`);
  }

}
