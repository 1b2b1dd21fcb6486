// The Res. 760 protection level (Government Resolution No. 760 of 21 Nov 2017) of one system on a
// date: the system's facts (its own and those of the arrays it processes) read by the version of
// the rule table in force on that date. A missing fact gives UNDETERMINED (or the strictest level,
// if that version says so), never a silent default; the answer names the version, row and facts.
// Here: the dated table and the catalogue of a date; the GraphQL field is protection-level.query.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import { rowValidOn } from '../../domain/legal/versions.js';
import type { RuleTable, RuleTableVersion } from '../../domain/rules/rule-table.js';
import { loadRuleTables, type StoredRuleTable } from '../reference/rule-table.entity.js';

export const PROTECTION_LEVEL_KIND = 'PROTECTION_LEVEL';

/** The protection-level table and its version in force on `asOf` (null when none is loaded or in force). */
export async function protectionTableOn(ctx: { em: EntityManager }, asOf: string): Promise<{ table: StoredRuleTable | null; version: RuleTableVersion<number | null> | null }> {
  const table = (await loadRuleTables(ctx.em)).find((t) => t.kind === PROTECTION_LEVEL_KIND) ?? null;
  const version = table ? (rowValidOn(table.versions, asOf) as RuleTableVersion<number | null> | null) : null;
  return { table, version };
}

const NO_TABLE: RuleTable<number | null> = { code: 'no-protection-level-table', default: null, rows: [] };

/**
 * The catalogue with the protection-level version in force on `asOf` (none in force: every level
 * UNDETERMINED). Whatever assesses a holder on a date passes this: the catalogue as loaded has no
 * table, so `system.protectionLevel` is always the one of that date.
 */
export async function catalogOn<C extends object>(em: EntityManager, catalog: C, asOf: string): Promise<C & { protectionLevels: RuleTable<number | null> }> {
  const { version } = await protectionTableOn({ em }, asOf);
  return { ...catalog, protectionLevels: version ?? NO_TABLE };
}
