import { Migration } from '@mikro-orm/migrations';

// Valid time for the Registry facts the rules read. The database itself keeps every version of a
// holder, personal-data array, information system and system↔array link in a `*_history` table,
// valid from the Bishkek day of the change up to the day of the next change (deletes close the
// range), so that no write path (GraphQL, bulk import, demo data, SQL by hand) can forget it. The
// triggers are per statement with transition tables (one INSERT … SELECT per bulk statement, not
// one per row) and SECURITY DEFINER, owned by the owner: the app role may only read the history.
//
// A record's first version starts on the day it was recorded, except that a holder's starts on its
// earliest registration date when that is earlier, and records entered in the same transaction as
// their holder's first version (an import or demo load of a registered holder) start with it.

interface History {
  table: string;
  history: string;
  /** Key columns, the same in the table and its history (`id` is renamed `key[0]`). */
  key: string[];
  /** Recorded columns besides the key: a change in one of them opens a new version. */
  columns: string[];
  /** valid_from of a row inserted now (alias `n`; `$1` is today), and the joins it needs. */
  insertFrom: string;
  insertJoins?: string;
}

/** The parent's versions: the first day of the first, and whether all were recorded in this transaction. */
const parentVersions = (history: string, key: string, value: string) =>
  `left join lateral (select min(p.valid_from) as valid_from, bool_and(p.recorded_xact = pg_current_xact_id()) as fresh
     from "${history}" p where p."${key}" = ${value}) parent on true`;
/** A parent entered in this same transaction: the child is part of that entry and starts with it; else today. */
const withParent = `case when parent.fresh then least(parent.valid_from, $1) else $1 end`;

const HOLDER_DATES = ['application_submitted_on', 'registered_on', 'lists_approved_on', 'deregistered_on'];

const HISTORIES: History[] = [
  {
    table: 'holder',
    history: 'holder_history',
    key: ['holder_id'],
    columns: ['kind', 'name_ky', 'name_ru', 'name_en', 'sector_key', 'staff_count', 'registration_status', ...HOLDER_DATES],
    insertFrom: `least($1, ${HOLDER_DATES.map((d) => `n.${d}`).join(', ')})`,
  },
  {
    table: 'personal_data_array',
    history: 'personal_data_array_history',
    key: ['array_id'],
    columns: ['holder_id', 'name', 'data_categories', 'subject_categories', 'subject_count', 'recipients', 'cross_border_countries', 'media'],
    insertFrom: withParent,
    insertJoins: parentVersions('holder_history', 'holder_id', 'n.holder_id'),
  },
  {
    table: 'information_system',
    history: 'information_system_history',
    key: ['system_id'],
    columns: ['holder_id', 'name', 'is_state_system', 'internet_exposed', 'hosting_country', 'data_categories', 'subject_count', 'employees_only', 'threat_type', 'version'],
    insertFrom: withParent,
    insertJoins: parentVersions('holder_history', 'holder_id', 'n.holder_id'),
  },
  {
    table: 'information_system_array',
    history: 'information_system_array_history',
    key: ['information_system_id', 'personal_data_array_id'],
    columns: [],
    insertFrom: withParent,
    insertJoins: parentVersions('information_system_history', 'system_id', 'n.information_system_id'),
  },
];

/** The base table's column for a history key column (`id` for the single renamed key). */
const baseKey = (h: History, k: string) => (h.key.length === 1 ? 'id' : k);
const q = (c: string) => `"${c}"`;
const fnOf = (h: History) => `${h.history}_write`;

/**
 * One function per table for its INSERT, UPDATE, DELETE and TRUNCATE triggers. Each statement is
 * planned at every call (EXECUTE): a plan cached while a bulk load starts on empty tables would
 * otherwise be kept for the whole load, however large the tables grow.
 */
function triggerFunction(h: History): string {
  const keys = h.key.map((k) => `h.${q(k)} = o.${q(baseKey(h, k))}`).join(' and ');
  const close = (from: string, where?: string) =>
    `update "${h.history}" h set valid_to = greatest($1, h.valid_from) from ${from} where ${keys} and h.valid_to is null${where ? ` and ${where}` : ''}`;
  const cols = [...h.key, ...h.columns].map(q).join(', ');
  const values = (alias: string) => [...h.key.map((k) => `${alias}.${q(baseKey(h, k))}`), ...h.columns.map((c) => `${alias}.${q(c)}`)].join(', ');
  const insert = (validFrom: string, from: string, where?: string) =>
    `insert into "${h.history}" (${cols}, valid_from) select ${values('n')}, ${validFrom} from ${from}${where ? ` where ${where}` : ''}`;
  const changed = `(${h.columns.map((c) => `o.${q(c)}`).join(', ')}) is distinct from (${h.columns.map((c) => `n.${q(c)}`).join(', ')})`;
  const pair = h.key.map((k) => `n.${q(baseKey(h, k))} = o.${q(baseKey(h, k))}`).join(' and ');
  // An UPDATE keeps the key of the three entity tables (their id): close and reopen the versions
  // whose recorded columns changed. The link table has only its key: an UPDATE moves the link.
  const update = h.columns.length
    ? [close(`old_rows o join new_rows n on ${pair}`, changed), insert('$1', `old_rows o join new_rows n on ${pair}`, changed)]
    : [close('old_rows o'), insert('$1', 'new_rows n')];
  const run = (sql: string) => `execute $q$${sql}$q$ using today;`;
  return `create function "${fnOf(h)}"() returns trigger language plpgsql security definer set search_path = public, pg_temp as $fn$
    declare
      today date := registry_today();
    begin
      if tg_op = 'INSERT' then
        ${run(insert(h.insertFrom, `new_rows n ${h.insertJoins ?? ''}`))}
      elsif tg_op = 'UPDATE' then
        ${update.map(run).join('\n        ')}
      elsif tg_op = 'DELETE' then
        ${run(close('old_rows o'))}
      else
        ${run(`update "${h.history}" set valid_to = greatest($1, valid_from) where valid_to is null`)}
      end if;
      return null;
    end $fn$;`;
}

function triggers(h: History): string[] {
  const on = `on "${h.table}"`;
  const run = `for each statement execute function "${fnOf(h)}"()`;
  return [
    `create trigger "${h.history}_insert" after insert ${on} referencing new table as new_rows ${run};`,
    `create trigger "${h.history}_update" after update ${on} referencing old table as old_rows new table as new_rows ${run};`,
    `create trigger "${h.history}_delete" after delete ${on} referencing old table as old_rows ${run};`,
    `create trigger "${h.history}_truncate" after truncate ${on} ${run};`,
  ];
}

const RANGE = `"valid_from" date not null, "valid_to" date null, "recorded_at" timestamptz not null default now(), "recorded_xact" xid8 not null default pg_current_xact_id()`;
const bishkekDay = (column: string) => `(${column} at time zone 'Asia/Bishkek')::date`;

export class Migration20261201200000_registry_history extends Migration {

  override name = 'Migration20261201200000_registry_history';

  override up(): void | Promise<void> {
    this.addSql(`create function registry_today() returns date language sql stable as $$ select ${bishkekDay('now()')} $$;`);

    this.addSql(`create table "holder_history" ("id" bigserial primary key, "holder_id" int not null, ${RANGE}, "kind" "holder_kind" not null, "name_ky" text null, "name_ru" text null, "name_en" text null, "sector_key" varchar(255) null, "staff_count" int null, "registration_status" "registration_status" not null, "application_submitted_on" date null, "registered_on" date null, "lists_approved_on" date null, "deregistered_on" date null, constraint "holder_history_range_check" check ("valid_to" >= "valid_from"));`);
    this.addSql(`create index "holder_history_holder_id_id_index" on "holder_history" ("holder_id", "id");`);
    this.addSql(`create unique index "holder_history_open_unique" on "holder_history" ("holder_id") where "valid_to" is null;`);

    this.addSql(`create table "personal_data_array_history" ("id" bigserial primary key, "array_id" int not null, "holder_id" int not null, ${RANGE}, "name" text not null, "data_categories" text[] not null, "subject_categories" text[] not null, "subject_count" int null, "recipients" text[] not null, "cross_border_countries" text[] not null, "media" text[] not null, constraint "personal_data_array_history_range_check" check ("valid_to" >= "valid_from"));`);
    this.addSql(`create index "personal_data_array_history_holder_id_valid_from_index" on "personal_data_array_history" ("holder_id", "valid_from");`);
    this.addSql(`create unique index "personal_data_array_history_open_unique" on "personal_data_array_history" ("array_id") where "valid_to" is null;`);

    this.addSql(`create table "information_system_history" ("id" bigserial primary key, "system_id" int not null, "holder_id" int not null, ${RANGE}, "name" text not null, "is_state_system" boolean not null, "internet_exposed" boolean not null, "hosting_country" varchar(2) null, "data_categories" text[] not null, "subject_count" int null, "employees_only" boolean not null, "threat_type" "threat_type" null, "version" int not null, constraint "information_system_history_range_check" check ("valid_to" >= "valid_from"));`);
    this.addSql(`create index "information_system_history_holder_id_valid_from_index" on "information_system_history" ("holder_id", "valid_from");`);
    this.addSql(`create index "information_system_history_system_id_id_index" on "information_system_history" ("system_id", "id");`);
    this.addSql(`create unique index "information_system_history_open_unique" on "information_system_history" ("system_id") where "valid_to" is null;`);

    this.addSql(`create table "information_system_array_history" ("id" bigserial primary key, "information_system_id" int not null, "personal_data_array_id" int not null, ${RANGE}, constraint "information_system_array_history_range_check" check ("valid_to" >= "valid_from"));`);
    this.addSql(`create index "information_system_array_history_system_valid_from_index" on "information_system_array_history" ("information_system_id", "valid_from");`);
    this.addSql(`create unique index "information_system_array_history_open_unique" on "information_system_array_history" ("information_system_id", "personal_data_array_id") where "valid_to" is null;`);

    // The triggers first: creating them waits for every open write on the tables, so the backfill
    // below sees all rows written before, and the triggers all rows written after.
    for (const h of HISTORIES) {
      this.addSql(triggerFunction(h));
      for (const sql of triggers(h)) this.addSql(sql);
    }

    // Backfill: one open version per existing record, from the day it was created (a holder from
    // its earliest registration date if earlier; records created with their holder, in the same
    // transaction as the bulk writes do, from the holder's day; a link from the later of its ends).
    this.addSql(`insert into "holder_history" ("holder_id", "valid_from", "recorded_at", "kind", "name_ky", "name_ru", "name_en", "sector_key", "staff_count", "registration_status", ${HOLDER_DATES.join(', ')})
      select id, least(${bishkekDay('created_at')}, ${HOLDER_DATES.join(', ')}), created_at, kind, name_ky, name_ru, name_en, sector_key, staff_count, registration_status, ${HOLDER_DATES.join(', ')}
      from "holder" order by id;`);
    const childFrom = (alias: string) => `case when ${alias}.created_at = h.created_at then hh.valid_from else ${bishkekDay(`${alias}.created_at`)} end`;
    this.addSql(`insert into "personal_data_array_history" ("array_id", "holder_id", "valid_from", "recorded_at", "name", "data_categories", "subject_categories", "subject_count", "recipients", "cross_border_countries", "media")
      select a.id, a.holder_id, ${childFrom('a')}, a.created_at, a.name, a.data_categories, a.subject_categories, a.subject_count, a.recipients, a.cross_border_countries, a.media
      from "personal_data_array" a join "holder" h on h.id = a.holder_id join "holder_history" hh on hh.holder_id = h.id order by a.id;`);
    this.addSql(`insert into "information_system_history" ("system_id", "holder_id", "valid_from", "recorded_at", "name", "is_state_system", "internet_exposed", "hosting_country", "data_categories", "subject_count", "employees_only", "threat_type", "version")
      select s.id, s.holder_id, ${childFrom('s')}, s.created_at, s.name, s.is_state_system, s.internet_exposed, s.hosting_country, s.data_categories, s.subject_count, s.employees_only, s.threat_type, s.version
      from "information_system" s join "holder" h on h.id = s.holder_id join "holder_history" hh on hh.holder_id = h.id order by s.id;`);
    this.addSql(`insert into "information_system_array_history" ("information_system_id", "personal_data_array_id", "valid_from")
      select l.information_system_id, l.personal_data_array_id, greatest(sh.valid_from, ah.valid_from)
      from "information_system_array" l
      join "information_system_history" sh on sh.system_id = l.information_system_id
      join "personal_data_array_history" ah on ah.array_id = l.personal_data_array_id
      order by 1, 2;`);
    // Statistics now, or the reader's first plans on a large Registry scan whole tables.
    this.addSql(`analyze "holder_history", "personal_data_array_history", "information_system_history", "information_system_array_history";`);
  }

  override down(): void | Promise<void> {
    for (const h of HISTORIES) {
      for (const op of ['insert', 'update', 'delete', 'truncate']) this.addSql(`drop trigger if exists "${h.history}_${op}" on "${h.table}";`);
      this.addSql(`drop function if exists "${fnOf(h)}"();`);
      this.addSql(`drop table if exists "${h.history}";`);
    }
    this.addSql(`drop function if exists registry_today();`);
  }

}
