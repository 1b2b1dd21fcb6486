// Loads seeds/rule-tables/*.yaml: every file validated first (rules included), its source act
// checked against the legal-act seeds, then its dated versions appended. A version once stored is
// never edited nor removed (it answers past dates; the database refuses it too): a file whose
// stored version changed, or that drops one, stops the seed naming the file and the version. A new
// version is inserted with who loaded it, the file and its SHA-256, and audited in audit_log_entry
// in the same transaction. Idempotent: an unchanged file writes nothing.
import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { todayInBishkek } from '../clock.js';
import { rowValidOn } from '../domain/legal/versions.js';
import { actReferenceChecker, type LoadedAct } from './read-legal-acts.js';
import { RuleTableFileSchema, type RuleTableFile, type RuleTableVersionSeed } from './rule-tables.schema.js';
import { SeedError } from './seed-error.js';
import { parseYamlSeed, readYamlFolder } from './yaml-file.js';

export interface RuleTableSeedReport {
  ruleTables: number;
  /** Versions stored after the run. */
  versions: number;
  /** Versions added by this run. */
  added: number;
  /** Rows written (table heads and versions). */
  changed: number;
}

export interface LoadedRuleTable {
  file: string;
  /** SHA-256 of the file's bytes, as audited. */
  sha256: string;
  table: RuleTableFile;
}

export const RULE_TABLE_VERSION_ADDED = 'RULE_TABLE_VERSION_ADDED';

export function readRuleTables(dir: string, acts: LoadedAct[], root = process.cwd()): LoadedRuleTable[] {
  const check = actReferenceChecker(acts);
  const owners = new Map<string, string>();
  return readYamlFolder(join(dir, 'rule-tables'), root).map(({ file, source }) => {
    const table = parseYamlSeed(file, source, RuleTableFileSchema);
    check(file, 'sourceAct', table.sourceAct);
    const other = owners.get(table.code);
    if (other) throw new SeedError(file, 'code', `table ${table.code} is already defined in ${other}`);
    owners.set(table.code, file);
    return { file, sha256: createHash('sha256').update(source).digest('hex'), table };
  });
}

const sha256 = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');
const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
/** What a version says; its hash tells an unchanged version from an edited one. */
const contentOf = (v: RuleTableVersionSeed) => ({
  version: v.version, validFrom: v.validFrom, verified: v.verified, note: v.note ?? null, whenFactsMissing: v.whenFactsMissing, default: v.default ?? null, rows: v.rows,
});

/** The seeding operator: HUB_SEED_OPERATOR, else the OS user, with the database role it seeds as. */
async function operatorOf(em: EntityManager): Promise<string> {
  const [{ role }] = await em.execute<{ role: string }[]>('select current_user as role');
  let who = process.env.HUB_SEED_OPERATOR?.trim();
  if (!who) {
    try {
      who = userInfo().username;
    } catch {
      who = 'unknown';
    }
  }
  return `${who} (database role ${role})`;
}

export async function writeRuleTables(em: EntityManager, tables: LoadedRuleTable[], today = todayInBishkek()): Promise<RuleTableSeedReport> {
  let changed = 0;
  let added = 0;
  let versions = 0;
  let operator: string | null = null;
  for (const { file, sha256: fileSha, table: t } of tables) {
    const latest = rowValidOn(t.versions, today) ?? t.versions[0]!;
    const headHash = sha256({ code: t.code, kind: t.kind, sourceAct: t.sourceAct, title: t.title, latest: contentOf(latest) });
    // The head: the table's identity; its rows/default mirror the version in force on the day of
    // the load (readers that answer for a date use the versions: see catalogOn).
    const head = await em.execute<{ id: number }[]>(
      `insert into rule_table (code, kind, source_act_code, titles, verified, note, default_result, rows, seed_hash)
       values (?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb, ?)
       on conflict (code) do update set kind = excluded.kind, source_act_code = excluded.source_act_code, titles = excluded.titles,
         verified = excluded.verified, note = excluded.note, default_result = excluded.default_result, rows = excluded.rows,
         seed_hash = excluded.seed_hash
       where rule_table.seed_hash is distinct from excluded.seed_hash
       returning id`,
      [t.code, t.kind, t.sourceAct, json(t.title), latest.verified, latest.note ?? null, JSON.stringify(latest.default ?? null), json(latest.rows), headHash],
    );
    changed += head.length;
    const [{ id: tableId }] = head.length ? head : await em.execute<{ id: number }[]>('select id from rule_table where code = ?', [t.code]);
    const stored = await em.execute<{ version: number; validFrom: string; contentHash: string; file: string; fileSha256: string }[]>(
      `select version, valid_from::text as "validFrom", content_hash as "contentHash", file, file_sha256 as "fileSha256"
       from rule_table_version where rule_table_id = ? order by version`,
      [tableId],
    );
    for (const s of stored) {
      const i = t.versions.findIndex((v) => v.version === s.version);
      const v = t.versions[i];
      if (!v) throw new SeedError(file, 'versions', `version ${s.version} (valid from ${s.validFrom}) of ${t.code} is stored and answers past dates; it cannot be removed`);
      if (sha256(contentOf(v)) !== s.contentHash) {
        throw new SeedError(file, `versions[${i}]`,
          `version ${s.version} (valid from ${s.validFrom}) of ${t.code} was loaded from ${s.file} (sha256 ${s.fileSha256}) and answers past dates; it cannot be edited: add version ${t.versions.length + 1} with a later validFrom`);
      }
    }
    const last = stored.at(-1);
    for (const v of t.versions.filter((x) => x.version > (last?.version ?? 0))) {
      operator ??= await operatorOf(em);
      const content = contentOf(v);
      const contentHash = sha256(content);
      await em.execute(
        `insert into rule_table_version (rule_table_id, version, valid_from, verified, note, when_facts_missing, default_result, rows, content_hash, file, file_sha256, loaded_by)
         values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)`,
        [tableId, v.version, v.validFrom, v.verified, v.note ?? null, v.whenFactsMissing, JSON.stringify(v.default ?? null), json(v.rows), contentHash, file, fileSha, operator],
      );
      const after = (x: unknown) => ({ before: null, after: x });
      await em.execute(
        `insert into audit_log_entry (actor_key_id, actor_role, action, entity_type, entity_id, changes, reason) values (null, 'ADMIN', ?, 'RuleTableVersion', ?, ?::jsonb, ?)`,
        [
          RULE_TABLE_VERSION_ADDED,
          `${t.code}@v${v.version}`,
          JSON.stringify({
            table: after(t.code), version: after(v.version), validFrom: after(v.validFrom), verified: after(v.verified), whenFactsMissing: after(v.whenFactsMissing),
            file: after(file), fileSha256: after(fileSha), contentHash: after(contentHash), operator: after(operator),
            previousVersion: after(last ? { version: last.version, validFrom: last.validFrom } : null),
          }),
          `seeded by ${operator} from ${file} (sha256 ${fileSha}): ${t.code} version ${v.version} valid from ${v.validFrom}`,
        ],
      );
      added += 1;
      changed += 1;
    }
    versions += t.versions.length;
  }
  return { ruleTables: tables.length, versions, added, changed };
}
