// The two database roles. The OWNER (DATABASE_URL, or the embedded superuser) owns the schema and
// runs migrations and seeds. The APP role (DATABASE_APP_URL, or `hub_app` on the embedded server)
// serves requests and operator writes with table privileges only: not being superuser or owner, it
// can neither disable the append-only audit trigger (ALTER TABLE) nor skip it
// (session_replication_role), and on the audit table it may only SELECT and INSERT.
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';

export const EMBEDDED_APP_ROLE = 'hub_app';
const AUDIT_TABLE = 'audit_log_entry';
const MIGRATIONS_TABLE = 'mikro_orm_migrations';
const RULE_TABLE_VERSION_TABLE = 'rule_table_version';
const PENALTY_DECISION_TABLE = 'penalty_decision';
/** Written only by the owner's triggers (Migration20261201200000_registry_history, Migration20261202000000_holder_tallies). */
const TRIGGER_TABLES = ['holder_history', 'personal_data_array_history', 'information_system_history', 'information_system_array_history', 'holder_tally', 'compliance_tally'];

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The embedded app role's password: made once, kept in the data directory (which only its user reads). */
export function embeddedAppPassword(dataDir: string): string {
  const file = resolve(dataDir, `${EMBEDDED_APP_ROLE}.password`);
  try {
    writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return readFileSync(file, 'utf8').trim();
}

/** Creates the app role on the server behind `adminUrl` (a superuser), or resets it to these attributes. */
export async function ensureAppRole(adminUrl: string, role: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const attributes = `login nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit password ${client.escapeLiteral(password)}`;
  try {
    const found = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    if (!found.rowCount) {
      await client.query(`create role ${ident(role)} ${attributes}`).catch(async (e: { code?: string }) => {
        if (e.code !== '42710') throw e; // created meanwhile by another process (an operator command)
      });
    }
    await client.query(`alter role ${ident(role)} ${attributes}`);
  } finally {
    await client.end();
  }
}

/**
 * Grants `role` what the hub needs, on every table the migrations made so far (so it runs after
 * each migration run, as the owner). Idempotent. MAINTAIN (PostgreSQL 17+) lets imports ANALYZE
 * the tables they filled; it does not allow ALTER TABLE, so it cannot touch triggers either.
 */
export async function grantAppPrivileges(em: EntityManager, role: string): Promise<void> {
  const r = ident(role);
  const [{ version }] = await em.execute<{ version: number }[]>(`select current_setting('server_version_num')::int as version`);
  const statements = [
    `grant usage on schema public to ${r}`,
    `grant select, insert, update, delete on all tables in schema public to ${r}`,
    `grant usage on all sequences in schema public to ${r}`,
    ...(version >= 170000 ? [`grant maintain on all tables in schema public to ${r}`] : []),
    // The append-only audit log: read and append, nothing else.
    `revoke all on ${ident(AUDIT_TABLE)} from ${r}`,
    `grant select, insert on ${ident(AUDIT_TABLE)} to ${r}`,
    // Rule-table versions: a version answers past dates, so it is only ever added (the seed adds it).
    `revoke all on ${ident(RULE_TABLE_VERSION_TABLE)} from ${r}`,
    `grant select, insert on ${ident(RULE_TABLE_VERSION_TABLE)} to ${r}`,
    // A penalty decision is an act of the Agency or a court that later offences are measured from
    // (repetition): recorded once, never rewritten by the hub.
    `revoke all on ${ident(PENALTY_DECISION_TABLE)} from ${r}`,
    `grant select, insert on ${ident(PENALTY_DECISION_TABLE)} to ${r}`,
    // The Registry's history and the dashboard tallies: the database writes them, the hub only reads
    // them (and ANALYZEs them after imports; tally_compact() folds the tallies as their owner).
    ...TRIGGER_TABLES.flatMap((t) => [`revoke all on ${ident(t)} from ${r}`, `grant select${version >= 170000 ? ', maintain' : ''} on ${ident(t)} to ${r}`]),
    // The hub never migrates while serving.
    `revoke all on ${ident(MIGRATIONS_TABLE)} from ${r}`,
  ];
  for (const sql of statements) await em.execute(sql);
}

export interface RoleFacts {
  user: string;
  superuser: boolean;
  /** Owns a table, sequence or view in the public schema (then it can ALTER it, triggers included). */
  ownsObjects: boolean;
}

/** Who `client` is connected as, and whether that role could bypass the audit trigger. */
export async function roleFacts(client: pg.Client): Promise<RoleFacts> {
  const { rows } = await client.query<RoleFacts>(
    `select current_user as "user", r.rolsuper as superuser,
            exists (select 1 from pg_class c where c.relowner = r.oid and c.relnamespace = 'public'::regnamespace) as "ownsObjects"
       from pg_roles r where r.rolname = current_user`,
  );
  return rows[0]!;
}
