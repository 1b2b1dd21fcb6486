import { Migration } from '@mikro-orm/migrations';

export class Migration20261124204025_compliance extends Migration {

  override name = 'Migration20261124204025_compliance';

  override up(): void | Promise<void> {
    this.addSql(`create type "compliance_result" as enum ('COMPLIANT', 'PARTIALLY_COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE', 'NOT_ASSESSED');`);
    this.addSql(`create type "target_type" as enum ('HOLDER', 'ARRAY', 'SYSTEM');`);
    this.addSql(`create type "importance" as enum ('MANDATORY', 'RECOMMENDED');`);
    this.addSql(`create table "holder_compliance" ("holder_id" int not null, "as_of" date not null, "status" "compliance_result" not null, "score" double precision null, "coverage" double precision null, "counts" jsonb not null, "computed_at" timestamptz not null, primary key ("holder_id"));`);
    this.addSql(`create index "holder_compliance_status_index" on "holder_compliance" ("status");`);

    this.addSql(`create table "requirement" ("id" serial primary key, "code" varchar(255) not null, "titles" jsonb not null, "description" jsonb null, "applies_to" "target_type" not null, "source_act_code" varchar(255) not null, "provision_codes" text[] not null, "importance" "importance" not null, "weight" double precision not null, "evidence" jsonb not null, "rule" jsonb null, "valid_from" date null, "valid_to" date null, "verified" boolean not null, "note" text null, "seed_hash" varchar(255) null);`);
    this.addSql(`alter table "requirement" add constraint "requirement_code_unique" unique ("code");`);

    this.addSql(`create table "requirement_assessment" ("id" serial primary key, "requirement_id" int not null, "holder_id" int not null, "target_type" "target_type" not null, "target_id" int not null, "result" "compliance_result" not null, "assessed_on" date not null, "is_self_assessment" boolean not null, "assessor_key_id" int null, "assessor_role" "actor_role" not null, "note" text null, "evidence" jsonb not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "requirement_assessment_holder_id_requirement_id_as_0a656_index" on "requirement_assessment" ("holder_id", "requirement_id", "assessed_on");`);

    this.addSql(`create table "rule_table" ("id" serial primary key, "code" varchar(255) not null, "kind" varchar(255) not null, "source_act_code" varchar(255) not null, "titles" jsonb not null, "verified" boolean not null, "note" text null, "default_result" jsonb not null, "rows" jsonb not null, "seed_hash" varchar(255) null);`);
    this.addSql(`alter table "rule_table" add constraint "rule_table_code_unique" unique ("code");`);

    this.addSql(`alter table "holder_compliance" add constraint "holder_compliance_holder_id_foreign" foreign key ("holder_id") references "holder" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "requirement_assessment" add constraint "requirement_assessment_requirement_id_foreign" foreign key ("requirement_id") references "requirement" ("id");`);
    this.addSql(`alter table "requirement_assessment" add constraint "requirement_assessment_holder_id_foreign" foreign key ("holder_id") references "holder" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "requirement_assessment" drop constraint "requirement_assessment_requirement_id_foreign";`);

    this.addSql(`drop table if exists "holder_compliance" cascade;`);
    this.addSql(`drop table if exists "requirement" cascade;`);
    this.addSql(`drop table if exists "requirement_assessment" cascade;`);
    this.addSql(`drop table if exists "rule_table" cascade;`);

    this.addSql(`drop type "compliance_result";`);
    this.addSql(`drop type "target_type";`);
    this.addSql(`drop type "importance";`);
  }

}
