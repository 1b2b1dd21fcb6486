// Loads seeds/rule-tables/*.yaml: every file validated first (rules included), its source act
// checked against the legal-act seeds, then upserted by code with a hash so an unchanged table is
// never rewritten.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actReferenceChecker, type LoadedAct } from './read-legal-acts.js';
import { RuleTableFileSchema, type RuleTableFile } from './rule-tables.schema.js';
import { parseYamlSeed, readYamlFolder } from './yaml-file.js';

export interface RuleTableSeedReport {
  ruleTables: number;
  changed: number;
}

export function readRuleTables(dir: string, acts: LoadedAct[], root = process.cwd()): RuleTableFile[] {
  const check = actReferenceChecker(acts);
  return readYamlFolder(join(dir, 'rule-tables'), root).map(({ file, source }) => {
    const table = parseYamlSeed(file, source, RuleTableFileSchema);
    check(file, 'sourceAct', table.sourceAct);
    return table;
  });
}

const hashOf = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');
const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export async function writeRuleTables(em: EntityManager, tables: RuleTableFile[]): Promise<RuleTableSeedReport> {
  let changed = 0;
  for (const t of tables) {
    const rows = await em.execute(
      `insert into rule_table (code, kind, source_act_code, titles, verified, note, default_result, rows, seed_hash)
       values (?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?::jsonb, ?)
       on conflict (code) do update set kind = excluded.kind, source_act_code = excluded.source_act_code, titles = excluded.titles,
         verified = excluded.verified, note = excluded.note, default_result = excluded.default_result, rows = excluded.rows,
         seed_hash = excluded.seed_hash
       where rule_table.seed_hash is distinct from excluded.seed_hash
       returning id`,
      [t.code, t.kind, t.sourceAct, json(t.title), t.verified, t.note ?? null, JSON.stringify(t.default ?? null), json(t.rows), hashOf(t)],
    );
    changed += rows.length;
  }
  return { ruleTables: tables.length, changed };
}
