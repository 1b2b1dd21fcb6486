// Risk degree of holders on a date: the compliance engine gives the facts (protection levels,
// data, status), the violation history adds its facts, and the points table (data) scores them.
import type { EntityManager } from '@mikro-orm/postgresql';
import { assessHolder, type HolderInputs } from '../../domain/compliance/assess-holder.js';
import type { Facts } from '../../domain/rules/facts.js';
import { monthsBetween, scoreRisk, type RiskScore } from '../../domain/risk/risk-degree.js';
import { inspectionTrackOf } from '../../domain/registry/holder-kind.js';
import { loadCatalog, loadHolderInputs, type LoadedCatalog } from '../compliance/compliance.inputs.js';
import { loadRiskTable } from '../inspection/reference-rules.js';

export interface HolderRisk extends RiskScore {
  holderId: number;
  track: 'BUSINESS' | 'STATE';
  recordedViolations: number;
  facts: Facts;
}

const threeYearsBefore = (d: string) => `${Number(d.slice(0, 4)) - 3}${d.slice(4)}`;

/** The facts the risk table reads, for one holder on `asOf`. */
export function riskFacts(catalog: LoadedCatalog, inputs: HolderInputs, asOf: string): { facts: Facts; recorded: number } {
  const assessment = assessHolder(catalog, inputs, asOf);
  const holderTarget = assessment.targets.find((t) => t.type === 'HOLDER')!;
  const levels = assessment.targets.filter((t) => t.type === 'SYSTEM').map((t) => t.facts['system.protectionLevel']).filter((l): l is number => typeof l === 'number');
  const counted = inputs.violations.filter((v) => !v.cancelled && v.detectedOn <= asOf);
  const last = counted.map((v) => v.detectedOn).sort().at(-1);
  const facts: Facts = {
    ...holderTarget.facts,
    'risk.highestProtectionLevel': levels.length ? Math.min(...levels) : null,
    'risk.systemCount': inputs.systems.length,
    'compliance.status': assessment.holder.status,
    'violations.recorded': counted.length,
    'violations.lastThreeYears': counted.filter((v) => v.detectedOn >= threeYearsBefore(asOf)).length,
    'violations.open': counted.filter((v) => !v.closedOn || v.closedOn > asOf).length,
    'violations.monthsSinceLast': last ? monthsBetween(last, asOf) : null,
  };
  return { facts, recorded: counted.length };
}

export async function risksFor(em: EntityManager, holderIds: number[], asOf: string, cache?: { catalog: LoadedCatalog; table: Awaited<ReturnType<typeof loadRiskTable>> }): Promise<Map<number, HolderRisk>> {
  const catalog = cache?.catalog ?? (await loadCatalog(em));
  const table = cache?.table ?? (await loadRiskTable(em));
  const inputs = await loadHolderInputs(em, holderIds);
  const result = new Map<number, HolderRisk>();
  for (const [id, input] of inputs) {
    const { facts, recorded } = riskFacts(catalog, input, asOf);
    result.set(id, { holderId: id, track: inspectionTrackOf(input.holder.kind), recordedViolations: recorded, facts, ...scoreRisk(table, facts) });
  }
  return result;
}
