// The Res. 760 protection level of one system on a date, from its facts and the rule table.
import type { Context } from '../../context.js';
import { systemFacts } from '../../domain/compliance/facts.js';
import { versionInForceOn } from '../../domain/legal/versions.js';
import { evaluateRuleTable } from '../../domain/rules/rule-table.js';
import type { InformationSystem } from '../holder/information-system.entity.js';
import type { ProtectionLevel } from './compliance.types.js';

export async function protectionLevelOf(ctx: Context, system: InformationSystem, asOf: string): Promise<ProtectionLevel> {
  const [catalog, inputs] = await Promise.all([ctx.loaders.catalog.load('catalog'), ctx.loaders.holderInputs.load(system.holder.id)]);
  const table = catalog.protectionTable;
  const base = { table: catalog.protectionLevels.code, verified: table?.verified ?? false };
  if (table && !versionInForceOn(catalog.versionsByAct.get(table.sourceActCode) ?? [], asOf)) {
    return { ...base, level: null, rowId: null, reasons: [`${table.sourceActCode} is not in force on ${asOf}`] };
  }
  const record = inputs?.systems.find((s) => s.id === system.id);
  if (!inputs || !record) return { ...base, level: null, rowId: null, reasons: ['the system is not (or no longer) in the Registry'] };
  const result = evaluateRuleTable(catalog.protectionLevels, systemFacts(inputs.holder, inputs.arrays, inputs.systems, record));
  const caveat = table && !table.verified && table.note ? [`unverified table: ${table.note}`] : [];
  return { ...base, level: result.result, rowId: result.rowId, reasons: [...result.reasons, ...caveat] };
}
