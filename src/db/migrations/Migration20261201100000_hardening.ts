import { Migration } from '@mikro-orm/migrations';

export class Migration20261201100000_hardening extends Migration {

  override name = 'Migration20261201100000_hardening';

  override up(): void | Promise<void> {
    // One approved plan per input: the hash covers year, track, region, capacity, the day and the
    // Registry state it was computed from, so two approvals of the same input cannot both insert.
    this.addSql(`alter table "inspection_plan" add constraint "inspection_plan_inputs_hash_unique" unique ("inputs_hash");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "inspection_plan" drop constraint "inspection_plan_inputs_hash_unique";`);
  }

}
