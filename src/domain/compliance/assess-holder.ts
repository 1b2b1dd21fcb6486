// The whole compliance answer for one holder on a date: its targets and their facts, the
// obligations that exist and apply, each obligation's effective result, and the aggregates for the
// holder and for each of its systems, every step with its reasons.
import type { DatedVersion } from '../legal/versions.js';
import { evaluateRuleTable, type RuleTable, type RuleTableResult } from '../rules/rule-table.js';
import { aggregateResults, type Aggregate } from './aggregate.js';
import { determineObligations, diffObligations, type Obligation, type ObligationsDiff, type RequirementSpec, type Target } from './applicability.js';
import { buildTargets, type ArrayRecord, type HolderRecord, type SystemRecord } from './facts.js';
import { effectiveResult, type AssessmentRecord, type EffectiveResult, type ViolationRecord } from './results.js';

export interface Catalog {
  requirements: (RequirementSpec & { weight: number })[];
  versionsByAct: ReadonlyMap<string, readonly DatedVersion[]>;
  protectionLevels: RuleTable<number | null>;
}

export interface HolderInputs {
  holder: HolderRecord;
  arrays: ArrayRecord[];
  systems: SystemRecord[];
  assessments: AssessmentRecord[];
  violations: ViolationRecord[];
}

export interface AssessedObligation extends Obligation {
  weight: number;
  effective: EffectiveResult;
}

export interface HolderAssessment {
  targets: Target[];
  protectionLevels: Map<number, RuleTableResult<number | null>>;
  obligations: AssessedObligation[];
  holder: Aggregate;
  systems: Map<number, Aggregate>;
}

export function assessHolder(catalog: Catalog, inputs: HolderInputs, asOf: string, scenario: ReadonlySet<string> = new Set()): HolderAssessment {
  const protectionLevels = new Map<number, RuleTableResult<number | null>>();
  const levelOf = (facts: Parameters<typeof evaluateRuleTable>[1]) => evaluateRuleTable(catalog.protectionLevels, facts);
  const targets = buildTargets(inputs.holder, inputs.arrays, inputs.systems, (facts) => levelOf(facts).result);
  for (const t of targets) if (t.type === 'SYSTEM') protectionLevels.set(t.id, levelOf({ ...t.facts, 'system.protectionLevel': undefined }));
  const weights = new Map(catalog.requirements.map((r) => [r.code, r.weight]));
  const obligations = determineObligations({ requirements: catalog.requirements, versionsByAct: catalog.versionsByAct, targets, asOf, scenario }).map((o) => ({
    ...o,
    weight: weights.get(o.requirementCode) ?? 1,
    effective: effectiveResult({
      requirementCode: o.requirementCode,
      applies: o.applies,
      assessments: inputs.assessments.filter((a) => a.requirementCode === o.requirementCode && a.targetType === o.target.type && a.targetId === o.target.id),
      violations: inputs.violations,
      asOf,
      target: o.target,
    }),
  }));
  const aggregateOf = (list: AssessedObligation[]) => aggregateResults(list.map((o) => ({ result: o.effective.result, weight: o.weight })));
  const systems = new Map(inputs.systems.map((s) => [s.id, aggregateOf(obligations.filter((o) => o.target.type === 'SYSTEM' && o.target.id === s.id))]));
  return { targets, protectionLevels, obligations, holder: aggregateOf(obligations), systems };
}

export type ResultedObligation = AssessedObligation & { result: EffectiveResult['result'] };

/**
 * What a scenario changes for one holder: its assessment without and with the scenario, and
 * diffObligations between them, each obligation carrying its effective result. The one answer
 * `obligationsDiff` gives for a holder and a regulatory-impact run sums over the Registry.
 */
export function scenarioDiff(catalog: Catalog, inputs: HolderInputs, asOf: string, scenario: ReadonlySet<string>) {
  const base = assessHolder(catalog, inputs, asOf);
  const next = assessHolder(catalog, inputs, asOf, scenario);
  const withResult = (list: AssessedObligation[]) => list.map((o) => Object.assign(o, { result: o.effective.result }));
  const diff: ObligationsDiff<ResultedObligation> = diffObligations(withResult(base.obligations), withResult(next.obligations));
  return { base, next, diff };
}
