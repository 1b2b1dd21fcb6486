import { Migration } from '@mikro-orm/migrations';

export class Migration20261124204858_inspections extends Migration {

  override name = 'Migration20261124204858_inspections';

  override up(): void | Promise<void> {
    this.addSql(`create type "inspection_status" as enum ('PLANNED', 'NOTIFIED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');`);
    this.addSql(`create type "violation_source" as enum ('INSPECTION', 'COMPLAINT', 'SELF_REPORT', 'MONITORING');`);
    this.addSql(`create type "violation_status" as enum ('RECORDED', 'UNDER_APPEAL', 'UPHELD', 'CANCELLED', 'REMEDIED');`);
    this.addSql(`create table "inspection" ("id" serial primary key, "holder_id" int not null, "plan_id" int null, "planned" boolean not null, "ground" varchar(255) null, "track" varchar(255) not null, "legal_basis" varchar(255) not null, "inspector_ids" text[] not null, "notice_date" date null, "start_date" date null, "end_date" date null, "status" "inspection_status" not null, "cancel_reason" text null, "checklist" jsonb null, "report" jsonb null, "version" int not null default 1, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "inspection_holder_id_start_date_index" on "inspection" ("holder_id", "start_date");`);

    this.addSql(`create table "inspection_finding" ("id" serial primary key, "inspection_id" int not null, "item_key" varchar(255) not null, "result" "compliance_result" not null, "note" text null, "evidence" jsonb not null, "offence_article_code" varchar(255) null);`);
    this.addSql(`alter table "inspection_finding" add constraint "inspection_finding_inspection_id_item_key_unique" unique ("inspection_id", "item_key");`);

    this.addSql(`create table "inspection_plan" ("id" serial primary key, "year" int not null, "track" varchar(255) not null, "region_code" varchar(255) null, "capacity" int not null, "frozen" jsonb not null, "inputs_hash" varchar(64) not null, "approved_at" timestamptz not null, "approved_by_key_id" int null);`);

    this.addSql(`create table "inspector_conflict" ("id" serial primary key, "inspector_id" int not null, "holder_id" int not null, "declared_on" date not null, "note" text null);`);
    this.addSql(`alter table "inspector_conflict" add constraint "inspector_conflict_inspector_id_holder_id_unique" unique ("inspector_id", "holder_id");`);

    this.addSql(`create table "reference_document" ("id" serial primary key, "code" varchar(255) not null, "body" jsonb not null, "seed_hash" varchar(255) null);`);
    this.addSql(`alter table "reference_document" add constraint "reference_document_code_unique" unique ("code");`);

    this.addSql(`create table "violation" ("id" serial primary key, "holder_id" int not null, "array_id" int null, "system_id" int null, "provision_codes" text[] not null, "requirement_codes" text[] not null, "offence_article_code" varchar(255) null, "detected_on" date not null, "source" "violation_source" not null, "status" "violation_status" not null, "closed_on" date null, "description" text null, "inspection_id" int null, "sanction" jsonb null, "version" int not null default 1, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "violation_holder_id_detected_on_index" on "violation" ("holder_id", "detected_on");`);

    this.addSql(`alter table "inspection" add constraint "inspection_holder_id_foreign" foreign key ("holder_id") references "holder" ("id") on delete cascade;`);

    this.addSql(`alter table "violation" add constraint "violation_holder_id_foreign" foreign key ("holder_id") references "holder" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "inspection" cascade;`);
    this.addSql(`drop table if exists "inspection_finding" cascade;`);
    this.addSql(`drop table if exists "inspection_plan" cascade;`);
    this.addSql(`drop table if exists "inspector_conflict" cascade;`);
    this.addSql(`drop table if exists "reference_document" cascade;`);
    this.addSql(`drop table if exists "violation" cascade;`);

    this.addSql(`drop type "inspection_status";`);
    this.addSql(`drop type "violation_source";`);
    this.addSql(`drop type "violation_status";`);
  }

}
