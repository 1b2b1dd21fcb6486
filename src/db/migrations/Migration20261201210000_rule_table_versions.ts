import { Migration } from '@mikro-orm/migrations';

export class Migration20261201210000_rule_table_versions extends Migration {

  override name = 'Migration20261201210000_rule_table_versions';

  override up(): void | Promise<void> {
    // Dated versions of a rule table (seeds/rule-tables): an answer on date D uses the version whose
    // valid_from is the latest on or before D. A version is never edited or removed once stored (the
    // trigger refuses it, for every role), so a past answer stays what it was; a changed file adds a
    // version. Who loaded it, from which file and its SHA-256, is also in audit_log_entry.
    // `rule_table` keeps the table's identity; its rows/default mirror the version in force when loaded.
    this.addSql(`create table "rule_table_version" ("id" serial primary key, "rule_table_id" int not null, "version" int not null, "valid_from" date not null, "verified" boolean not null, "note" text null, "when_facts_missing" varchar(32) not null, "default_result" jsonb not null, "rows" jsonb not null, "content_hash" varchar(64) not null, "file" varchar(1000) not null, "file_sha256" varchar(64) not null, "loaded_by" varchar(255) not null, "loaded_at" timestamptz not null default now());`);
    this.addSql(`alter table "rule_table_version" add constraint "rule_table_version_rule_table_id_foreign" foreign key ("rule_table_id") references "rule_table" ("id") on update cascade;`);
    this.addSql(`alter table "rule_table_version" add constraint "rule_table_version_table_version_unique" unique ("rule_table_id", "version");`);
    this.addSql(`alter table "rule_table_version" add constraint "rule_table_version_table_valid_from_unique" unique ("rule_table_id", "valid_from");`);
    this.addSql(`alter table "rule_table_version" add constraint "rule_table_version_when_facts_missing_check" check ("when_facts_missing" in ('UNDETERMINED', 'STRICTEST'));`);
    this.addSql(`create function rule_table_version_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'rule_table_version is append-only: % refused (add a version instead)', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger rule_table_version_no_update_delete before update or delete on "rule_table_version" for each row execute function rule_table_version_refuse_change();`);
    this.addSql(`create trigger rule_table_version_no_truncate before truncate on "rule_table_version" for each statement execute function rule_table_version_refuse_change();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "rule_table_version" cascade;`);
    this.addSql(`drop function if exists rule_table_version_refuse_change();`);
  }

}
