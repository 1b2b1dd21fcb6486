// One system's Res. 760 protection level on a date, for the GraphQL field (Government Resolution
// No. 760 of 21 Nov 2017): the request's loaders, and the dated table of protection-level.service.ts.
// Apart from that service so that the services below the resolvers need no request ReadScope.
import type { ReadScope } from '../../loaders/read-scope.js';
import { systemFacts } from '../../domain/compliance/facts.js';
import { versionInForceOn } from '../../domain/legal/versions.js';
import { evaluateRuleTable } from '../../domain/rules/rule-table.js';
import type { InformationSystem } from '../holder/information-system.entity.js';
import type { ProtectionLevel } from './compliance.types.js';
import { protectionTableOn } from './protection-level.service.js';
import { versionView } from './rule-table.types.js';

export async function protectionLevelOf(ctx: ReadScope, system: InformationSystem, asOf: string): Promise<ProtectionLevel> {
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
