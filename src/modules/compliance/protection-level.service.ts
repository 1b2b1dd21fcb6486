// The Res. 760 protection level (Government Resolution No. 760 of 21 Nov 2017) of one system on a
// date: the system's facts (its own and those of the arrays it processes) read by the version of
// the rule table in force on that date. A missing fact gives UNDETERMINED (or the strictest level,
// if that version says so), never a silent default; the answer names the version, row and facts.
import type { Context } from '../../context.js';
import { systemFacts } from '../../domain/compliance/facts.js';
import { rowValidOn, versionInForceOn } from '../../domain/legal/versions.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { evaluateRuleTable, type RuleTable, type RuleTableVersion } from '../../domain/rules/rule-table.js';
import type { InformationSystem } from '../holder/information-system.entity.js';
import type { ProtectionLevel } from './compliance.types.js';
import { loadRuleTables, type StoredRuleTable } from './rule-table.entity.js';
import { versionView } from './rule-table.types.js';

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

export async function protectionLevelOf(ctx: Context, system: InformationSystem, asOf: string): Promise<ProtectionLevel> {
  const [catalog, inputs, { table, version }] = await Promise.all([ctx.loaders.catalog.load('catalog'), ctx.loaders.holderInputsOn.load(`${asOf}|${system.holder.id}`), protectionTableOn(ctx, asOf)]);
  const undetermined = (why: string): ProtectionLevel => ({
    level: null, table: table?.code ?? 'no-protection-level-table', rowId: null, verified: version?.verified ?? false, determination: 'UNDETERMINED', missingFacts: [],
    tableVersion: table && version ? versionView(table.versions, table.versions.find((v) => v.version === version.version)!) : null, reasons: [why],
  });
  if (!table) return undetermined('no protection-level table is loaded (seeds/rule-tables)');
  if (!version) return undetermined(`${table.code} has no version valid on ${asOf} (the first is valid from ${table.versions[0]?.validFrom ?? '—'})`);
  if (!versionInForceOn(catalog.versionsByAct.get(table.sourceActCode) ?? [], asOf)) return undetermined(`${table.sourceActCode} is not in force on ${asOf}`);
  const record = inputs?.systems.find((s) => s.id === system.id);
  if (!inputs || !record) return undetermined('the system is not (or no longer) in the Registry');
  const result = evaluateRuleTable(version, systemFacts(inputs.holder, inputs.arrays, inputs.systems, record));
  const caveat = !version.verified && version.note ? [`unverified table: ${version.note}`] : [];
  return {
    level: result.result,
    table: table.code,
    rowId: result.rowId,
    verified: version.verified,
    determination: result.determination,
    missingFacts: result.missingFacts,
    tableVersion: versionView(table.versions, table.versions.find((v) => v.version === version.version)!),
    reasons: [...result.reasons, ...caveat],
  };
}
