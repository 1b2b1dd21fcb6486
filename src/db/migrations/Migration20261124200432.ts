import { Migration } from '@mikro-orm/migrations';

export class Migration20261124200432 extends Migration {

  override name = 'Migration20261124200432';

  override up(): void | Promise<void> {
    this.addSql(`create type "legal_act_type" as enum ('LAW', 'CODE', 'GOVERNMENT_RESOLUTION', 'CABINET_RESOLUTION', 'PRESIDENTIAL_DECREE', 'REGULATION', 'DRAFT', 'GUIDANCE');`);
    this.addSql(`create type "version_status" as enum ('IN_FORCE', 'NOT_IN_FORCE', 'DRAFT', 'PUBLIC_DISCUSSION', 'IN_COORDINATION');`);
    this.addSql(`create type "provision_kind" as enum ('CHAPTER', 'ARTICLE', 'PART', 'POINT', 'SUBPOINT', 'PARAGRAPH', 'ANNEX', 'SECTION');`);
    this.addSql(`create type "relation_type" as enum ('AMENDS', 'REPEALS', 'BASED_ON', 'CITES');`);
    this.addSql(`create table "legal_act" ("id" serial primary key, "code" varchar(255) not null, "type" "legal_act_type" not null, "number" varchar(255) null, "adopted_on" date null, "issuer" jsonb null, "current_status" "version_status" not null, "seed_hash" varchar(255) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "legal_act" add constraint "legal_act_code_unique" unique ("code");`);

    this.addSql(`create table "legal_act_version" ("id" serial primary key, "act_id" int not null, "version_date" date not null, "status" "version_status" not null, "in_force_from" date null, "in_force_to" date null, "titles" jsonb not null, "sources" jsonb not null, "verified" boolean not null default true, "note" text null);`);
    this.addSql(`create index "legal_act_version_act_id_index" on "legal_act_version" ("act_id");`);
    this.addSql(`alter table "legal_act_version" add constraint "legal_act_version_act_id_version_date_unique" unique ("act_id", "version_date");`);

    this.addSql(`create table "provision" ("id" serial primary key, "code" varchar(255) not null, "act_id" int not null, "parent_id" int null, "e_id" varchar(255) not null, "kind" "provision_kind" not null, "number" varchar(255) null, "heading" jsonb null, "summary" jsonb null, "position" int not null, "verified" boolean not null default true, "sources" jsonb not null default '[]');`);
    this.addSql(`alter table "provision" add constraint "provision_code_unique" unique ("code");`);
    this.addSql(`create index "provision_parent_id_index" on "provision" ("parent_id");`);
    this.addSql(`alter table "provision" add constraint "provision_act_id_e_id_unique" unique ("act_id", "e_id");`);

    this.addSql(`create table "legal_relation" ("id" serial primary key, "type" "relation_type" not null, "source_act_id" int not null, "source_provision_id" int null, "target_act_id" int not null, "target_provision_id" int null, "note" text null);`);
    this.addSql(`create index "legal_relation_source_act_id_index" on "legal_relation" ("source_act_id");`);
    this.addSql(`create index "legal_relation_target_act_id_index" on "legal_relation" ("target_act_id");`);
    this.addSql(`create index "legal_relation_target_provision_id_index" on "legal_relation" ("target_provision_id");`);

    this.addSql(`alter table "legal_act_version" add constraint "legal_act_version_act_id_foreign" foreign key ("act_id") references "legal_act" ("id") on delete cascade;`);

    this.addSql(`alter table "provision" add constraint "provision_act_id_foreign" foreign key ("act_id") references "legal_act" ("id") on delete cascade;`);
    this.addSql(`alter table "provision" add constraint "provision_parent_id_foreign" foreign key ("parent_id") references "provision" ("id") on delete cascade;`);

    this.addSql(`alter table "legal_relation" add constraint "legal_relation_source_act_id_foreign" foreign key ("source_act_id") references "legal_act" ("id") on delete cascade;`);
    this.addSql(`alter table "legal_relation" add constraint "legal_relation_source_provision_id_foreign" foreign key ("source_provision_id") references "provision" ("id") on delete cascade;`);
    this.addSql(`alter table "legal_relation" add constraint "legal_relation_target_act_id_foreign" foreign key ("target_act_id") references "legal_act" ("id") on delete cascade;`);
    this.addSql(`alter table "legal_relation" add constraint "legal_relation_target_provision_id_foreign" foreign key ("target_provision_id") references "provision" ("id") on delete cascade;`);

    // One edge per (type, source, target); provisions are optional ends, so NULLs are folded to 0.
    this.addSql(`create unique index "legal_relation_edge_unique" on "legal_relation" ("type", "source_act_id", coalesce("source_provision_id", 0), "target_act_id", coalesce("target_provision_id", 0));`);
    this.addSql(`alter table "legal_act_version" add constraint "legal_act_version_interval_check" check ("in_force_to" is null or "in_force_from" is null or "in_force_to" > "in_force_from");`);
  }

}
