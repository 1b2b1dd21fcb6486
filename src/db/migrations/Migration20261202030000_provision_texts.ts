import { Migration } from '@mikro-orm/migrations';

// The words of a provision per act version and language (issue 14): an amendment makes a new
// version of the act, and each version has its own wording of the provisions it changed, so a
// reading on a date takes the version in force then. One wording per provision, version and
// language. `search` feeds full-text search in Russian and English (PostgreSQL's stemmers); Kyrgyz
// has no stemmer in PostgreSQL, so it is searched by substring over a trigram index.
export class Migration20261202030000_provision_texts extends Migration {

  override name = 'Migration20261202030000_provision_texts';

  override up(): void | Promise<void> {
    this.addSql(`create table "provision_text" (
      "id" serial primary key,
      "provision_id" int not null references "provision" ("id") on delete cascade,
      "version_id" int not null references "legal_act_version" ("id") on delete cascade,
      "lang" text not null check ("lang" in ('ky', 'ru', 'en')),
      "heading" text null,
      "body" text not null,
      "truncated" boolean not null default false,
      "amended_by" text null,
      "verified" boolean not null,
      "note" text null,
      "sources" jsonb not null default '[]',
      "search" tsvector generated always as (to_tsvector(
        case "lang" when 'ru' then 'russian'::regconfig when 'en' then 'english'::regconfig else 'simple'::regconfig end,
        coalesce("heading", '') || ' ' || "body")) stored,
      constraint "provision_text_once" unique ("provision_id", "version_id", "lang"));`);
    this.addSql(`create index "provision_text_version_idx" on "provision_text" ("version_id");`);
    this.addSql(`create index "provision_text_search_idx" on "provision_text" using gin ("search");`);
    this.addSql(`create index "provision_text_trgm_idx" on "provision_text" using gin ("body" gin_trgm_ops);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "provision_text";`);
  }

}
