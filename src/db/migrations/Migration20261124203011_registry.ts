import { Migration } from '@mikro-orm/migrations';

export class Migration20261124203011_registry extends Migration {

  override name = 'Migration20261124203011_registry';

  override up(): void | Promise<void> {
    // Trigram index for text search over holder names in any language.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create type "actor_role" as enum ('ADMIN', 'INSPECTOR', 'ANALYST', 'HOLDER', 'PARTNER', 'PUBLIC');`);
    this.addSql(`create type "holder_kind" as enum ('STATE_BODY', 'LOCAL_STATE_ADMINISTRATION', 'LOCAL_SELF_GOVERNMENT', 'COMMERCIAL_ORGANISATION', 'NON_COMMERCIAL_ORGANISATION', 'INDIVIDUAL_ENTREPRENEUR');`);
    this.addSql(`create type "registration_status" as enum ('NOT_REGISTERED', 'APPLICATION_SUBMITTED', 'REGISTERED', 'LISTS_APPROVED', 'DEREGISTERED');`);
    this.addSql(`create type "ownership_form" as enum ('STATE', 'MUNICIPAL', 'PRIVATE', 'MIXED', 'FOREIGN');`);
    this.addSql(`create type "api_role" as enum ('ADMIN', 'INSPECTOR', 'ANALYST', 'HOLDER', 'PARTNER');`);
    this.addSql(`create type "threat_type" as enum ('TYPE_1', 'TYPE_2', 'TYPE_3');`);
    this.addSql(`create table "audit_log_entry" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_key_id" int null, "actor_role" "actor_role" not null, "action" varchar(255) not null, "entity_type" varchar(255) not null, "entity_id" varchar(255) null, "changes" jsonb not null, "reason" text null);`);
    this.addSql(`create index "audit_log_entry_at_index" on "audit_log_entry" ("at");`);
    this.addSql(`create index "audit_log_entry_action_index" on "audit_log_entry" ("action");`);
    this.addSql(`create index "audit_log_entry_entity_type_entity_id_id_index" on "audit_log_entry" ("entity_type", "entity_id", "id");`);

    this.addSql(`create table "holder" ("id" serial primary key, "tin" varchar(14) not null, "kind" "holder_kind" not null, "name_ky" text null, "name_ru" text null, "name_en" text null, "sort_name" text generated always as (lower(coalesce(name_ru, name_ky, name_en, ''))) stored null, "registry_number" varchar(255) null, "registration_status" "registration_status" not null, "application_submitted_on" date null, "registered_on" date null, "lists_approved_on" date null, "deregistered_on" date null, "legal_address" text null, "region_code" varchar(8) null, "sector_key" varchar(255) null, "ownership_form" "ownership_form" null, "subordination" text null, "head_name" text null, "head_position" text null, "phone" varchar(255) null, "email" varchar(255) null, "responsible_person_name" text null, "responsible_person_phone" varchar(255) null, "responsible_person_email" varchar(255) null, "staff_count" int null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "holder" add constraint "holder_tin_unique" unique ("tin");`);
    this.addSql(`create index "holder_kind_index" on "holder" ("kind");`);
    this.addSql(`alter table "holder" add constraint "holder_registry_number_unique" unique ("registry_number");`);
    this.addSql(`create index "holder_registration_status_index" on "holder" ("registration_status");`);
    this.addSql(`create index "holder_region_code_index" on "holder" ("region_code");`);
    this.addSql(`create index "holder_sector_key_index" on "holder" ("sector_key");`);
    this.addSql(`create index "holder_name_trgm_idx" on "holder" using gin ((coalesce(name_ky, '') || ' ' || coalesce(name_ru, '') || ' ' || coalesce(name_en, '')) gin_trgm_ops);`);
    this.addSql(`create index "holder_registered_on_idx" on "holder" ("registered_on", "id");`);
    this.addSql(`create index "holder_sort_name_idx" on "holder" ("sort_name", "id");`);

    this.addSql(`create table "api_key" ("id" serial primary key, "name" varchar(255) not null, "role" "api_role" not null, "holder_id" int null, "key_hash" varchar(64) not null, "is_demo" boolean not null default false, "created_at" timestamptz not null default now(), "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);

    this.addSql(`create table "information_system" ("id" serial primary key, "holder_id" int not null, "name" text not null, "is_state_system" boolean not null default false, "hosting_country" varchar(2) null, "internet_exposed" boolean not null default false, "data_categories" text[] not null, "subject_count" int null, "employees_only" boolean not null default false, "threat_type" "threat_type" null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "information_system_holder_id_index" on "information_system" ("holder_id");`);
    this.addSql(`alter table "information_system" add constraint "information_system_holder_id_name_unique" unique ("holder_id", "name");`);

    this.addSql(`create table "personal_data_array" ("id" serial primary key, "holder_id" int not null, "name" text not null, "purposes" text[] not null, "collection_methods" text null, "use_methods" text null, "storage_modes" text null, "storage_term" text null, "data_categories" text[] not null, "subject_categories" text[] not null, "subject_count" int null, "sources" text null, "informing_procedure" text null, "security_measures" text null, "recipients" text[] not null, "cross_border_countries" text[] not null, "media" text[] not null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`create index "personal_data_array_holder_id_index" on "personal_data_array" ("holder_id");`);
    this.addSql(`create index "personal_data_array_data_categories_index" on "personal_data_array" using gin ("data_categories");`);
    this.addSql(`alter table "personal_data_array" add constraint "personal_data_array_holder_id_name_unique" unique ("holder_id", "name");`);

    this.addSql(`create table "information_system_array" ("information_system_id" int not null, "personal_data_array_id" int not null, primary key ("information_system_id", "personal_data_array_id"));`);

    this.addSql(`create table "taxonomy_term" ("id" serial primary key, "taxonomy" varchar(255) not null, "key" varchar(255) not null, "parent_key" varchar(255) null, "label" jsonb not null, "description" jsonb null, "kind" varchar(255) null, "verified" boolean not null default true, "note" text null, "seed_hash" varchar(255) null);`);
    this.addSql(`alter table "taxonomy_term" add constraint "taxonomy_term_taxonomy_key_unique" unique ("taxonomy", "key");`);

    this.addSql(`alter table "api_key" add constraint "api_key_holder_id_foreign" foreign key ("holder_id") references "holder" ("id") on delete cascade;`);

    this.addSql(`alter table "information_system" add constraint "information_system_holder_id_foreign" foreign key ("holder_id") references "holder" ("id") on delete cascade;`);

    this.addSql(`alter table "personal_data_array" add constraint "personal_data_array_holder_id_foreign" foreign key ("holder_id") references "holder" ("id") on delete cascade;`);

    this.addSql(`alter table "information_system_array" add constraint "information_system_array_information_system_id_foreign" foreign key ("information_system_id") references "information_system" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "information_system_array" add constraint "information_system_array_personal_data_array_id_foreign" foreign key ("personal_data_array_id") references "personal_data_array" ("id") on update cascade on delete cascade;`);

    this.addSql(`create index "information_system_array_array_idx" on "information_system_array" ("personal_data_array_id");`);

    // The audit log is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE.
    this.addSql(`create function audit_log_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_log_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger audit_log_entry_no_update_delete before update or delete on "audit_log_entry" for each row execute function audit_log_refuse_change();`);
    this.addSql(`create trigger audit_log_entry_no_truncate before truncate on "audit_log_entry" for each statement execute function audit_log_refuse_change();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "api_key" drop constraint "api_key_holder_id_foreign";`);
    this.addSql(`alter table "information_system" drop constraint "information_system_holder_id_foreign";`);
    this.addSql(`alter table "personal_data_array" drop constraint "personal_data_array_holder_id_foreign";`);
    this.addSql(`alter table "information_system_array" drop constraint "information_system_array_information_system_id_foreign";`);
    this.addSql(`alter table "information_system_array" drop constraint "information_system_array_personal_data_array_id_foreign";`);

    this.addSql(`drop trigger if exists audit_log_entry_no_truncate on "audit_log_entry";`);
    this.addSql(`drop table if exists "audit_log_entry" cascade;`);
    this.addSql(`drop function if exists audit_log_refuse_change();`);
    this.addSql(`drop table if exists "holder" cascade;`);
    this.addSql(`drop table if exists "api_key" cascade;`);
    this.addSql(`drop table if exists "information_system" cascade;`);
    this.addSql(`drop table if exists "personal_data_array" cascade;`);
    this.addSql(`drop table if exists "information_system_array" cascade;`);
    this.addSql(`drop table if exists "taxonomy_term" cascade;`);

    this.addSql(`drop type "actor_role";`);
    this.addSql(`drop type "holder_kind";`);
    this.addSql(`drop type "registration_status";`);
    this.addSql(`drop type "ownership_form";`);
    this.addSql(`drop type "api_role";`);
    this.addSql(`drop type "threat_type";`);
  }

}
