// Risk degree of holders on a date (Res. 108 chapter 25, added by Cabinet Resolution No. 668 of
// 7 Dec 2022): the compliance engine gives the facts (protection levels by the Res. 760 table
// version in force on the date, data, status), the violation history adds its facts, and the
// points-table version in force on the date scores them; the answer names both versions.
import type { EntityManager } from '@mikro-orm/postgresql';
import { assessHolder, type HolderInputs } from '../../domain/compliance/assess-holder.js';
import type { Facts } from '../../domain/rules/facts.js';
import { tableLabel } from '../../domain/rules/rule-table.js';
import { rowValidOn } from '../../domain/legal/versions.js';
import { monthsBetween, scoreRisk, type RiskScore } from '../../domain/risk/risk-degree.js';
import { inspectionTrackOf } from '../../domain/registry/holder-kind.js';
import { AppError } from '../../errors.js';
import { loadCatalog, loadHolderInputs, type DatedCatalog, type LoadedCatalog } from '../compliance/compliance.inputs.js';
import { catalogOn } from '../compliance/protection-level.service.js';
import { loadRiskTable, type VersionedRiskTable } from '../reference/reference-rules.js';

export interface HolderRisk extends RiskScore {
  holderId: number;
  track: 'BUSINESS' | 'STATE';
  recordedViolations: number;
  facts: Facts;
  /** The points-table version used. */
  tableVersion: { code: string; version: number; validFrom: string; verified: boolean };
}

const threeYearsBefore = (d: string) => `${Number(d.slice(0, 4)) - 3}${d.slice(4)}`;
/**
 * The facts the risk table reads, for one holder on `asOf`. A system whose level is UNDETERMINED
 * makes the holder's highest level UNKNOWN (null), unless a known level is already 1; a holder
 * without systems has no such fact (absent), and one without violations no monthsSinceLast.
 */
export function riskFacts(catalog: DatedCatalog, inputs: HolderInputs, asOf: string): { facts: Facts; recorded: number; reasons: string[] } {
  const assessment = assessHolder(catalog, inputs, asOf);
  const holderTarget = assessment.targets.find((t) => t.type === 'HOLDER')!;
  const results = [...assessment.protectionLevels.entries()];
  const known = results.map(([, r]) => r.result).filter((l): l is number => typeof l === 'number');
  const open = results.filter(([, r]) => typeof r.result !== 'number').map(([id]) => id);
  const best = known.length ? Math.min(...known) : null;
  const highest = !results.length ? undefined : open.length && best !== 1 ? null : best;
  const counted = inputs.violations.filter((v) => !v.cancelled && v.detectedOn <= asOf);
  const last = counted.map((v) => v.detectedOn).sort().at(-1);
  const facts: Facts = {
    ...holderTarget.facts,
    'risk.systemCount': inputs.systems.length,
    'compliance.status': assessment.holder.status,
    'violations.recorded': counted.length,
    'violations.lastThreeYears': counted.filter((v) => v.detectedOn >= threeYearsBefore(asOf)).length,
    'violations.open': counted.filter((v) => !v.closedOn || v.closedOn > asOf).length,
  };
  if (highest !== undefined) facts['risk.highestProtectionLevel'] = highest;
  if (last) facts['violations.monthsSinceLast'] = monthsBetween(last, asOf);
  const reasons = results.length
    ? [`protection levels by ${tableLabel(catalog.protectionLevels)}: ${results.map(([id, r]) => `system ${id} ${r.result ?? r.determination}${r.missingFacts.length ? ` (missing ${r.missingFacts.join(', ')})` : ''}`).join('; ')}`]
    : [];
  return { facts, recorded: counted.length, reasons };
}

export async function risksFor(em: EntityManager, holderIds: number[], asOf: string, cache?: { catalog: LoadedCatalog; table: VersionedRiskTable }): Promise<Map<number, HolderRisk>> {
  const table = cache?.table ?? (await loadRiskTable(em));
  const version = rowValidOn(table.versions, asOf);
  if (!version) throw AppError.notFound(null, `${table.code} has no version valid on ${asOf} (the first is valid from ${table.versions[0]!.validFrom})`);
  const catalog = await catalogOn(em, cache?.catalog ?? (await loadCatalog(em)), asOf);
  const inputs = await loadHolderInputs(em, holderIds, asOf);
  const result = new Map<number, HolderRisk>();
  for (const [id, input] of inputs) result.set(id, riskOf(version, catalog, input, asOf));
  return result;
}

/** One holder's risk from its loaded inputs by one points-table version (the stored recompute uses it too). */
export function riskOf(version: VersionedRiskTable['versions'][number], catalog: DatedCatalog, input: HolderInputs, asOf: string): HolderRisk {
  const { facts, recorded, reasons } = riskFacts(catalog, input, asOf);
  const score = scoreRisk(version, facts);
  return {
    holderId: input.holder.id, track: inspectionTrackOf(input.holder.kind), recordedViolations: recorded, facts, ...score,
    reasons: [...score.reasons, ...reasons],
    tableVersion: { code: version.code, version: version.version, validFrom: version.validFrom, verified: version.verified },
  };
}
