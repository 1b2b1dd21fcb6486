// Which obligations exist on a date and whom they bind. A requirement exists on `asOf` when the
// act it comes from has a version in force that day (or the act is in the what-if scenario: a
// draft treated as in force, OpenFisca's "reform"), within the requirement's own window. It then
// applies to each target of its kind whose facts satisfy its rule. Every answer carries its reasons.
import { evaluateRule, explainTrace, type Trace } from '../rules/evaluate.js';
import type { Facts } from '../rules/facts.js';
import type { Rule } from '../rules/rule.js';
import { versionInForceOn, type DatedVersion } from '../legal/versions.js';

export type TargetType = 'HOLDER' | 'ARRAY' | 'SYSTEM';

export interface RequirementSpec {
  code: string;
  appliesTo: TargetType;
  sourceAct: string;
  rule: Rule | null;
  validFrom?: string | null;
  validTo?: string | null;
}

export interface Target {
  type: TargetType;
  id: number;
  facts: Facts;
}

export interface LegalBasis {
  actCode: string;
  /** The version in force on the date; null when the act applies only through the scenario. */
  version: DatedVersion | null;
  viaScenario: boolean;
}

export interface Obligation {
  requirementCode: string;
  target: { type: TargetType; id: number };
  basis: LegalBasis;
  applies: boolean;
  reasons: string[];
  trace: Trace | null;
}

/** The legal basis that makes `req` exist on `asOf`, or null when it does not exist then. */
export function legalBasisOn(req: RequirementSpec, versionsByAct: ReadonlyMap<string, readonly DatedVersion[]>, asOf: string, scenario: ReadonlySet<string>): LegalBasis | null {
  if ((req.validFrom && asOf < req.validFrom) || (req.validTo && asOf >= req.validTo)) return null;
  const version = versionInForceOn(versionsByAct.get(req.sourceAct) ?? [], asOf);
  if (version) return { actCode: req.sourceAct, version, viaScenario: false };
  return scenario.has(req.sourceAct) ? { actCode: req.sourceAct, version: null, viaScenario: true } : null;
}

function basisReason(b: LegalBasis, asOf: string): string {
  return b.viaScenario
    ? `${b.actCode} is not in force on ${asOf}; the scenario treats it as in force`
    : `${b.actCode} version of ${b.version!.versionDate} is in force on ${asOf}`;
}

/** Every obligation on `asOf` for the given targets: applying or not, each with its reasons. */
export function determineObligations(input: {
  requirements: readonly RequirementSpec[];
  versionsByAct: ReadonlyMap<string, readonly DatedVersion[]>;
  targets: readonly Target[];
  asOf: string;
  scenario?: ReadonlySet<string>;
}): Obligation[] {
  const scenario = input.scenario ?? new Set<string>();
  const obligations: Obligation[] = [];
  for (const req of input.requirements) {
    const basis = legalBasisOn(req, input.versionsByAct, input.asOf, scenario);
    if (!basis) continue;
    for (const target of input.targets) {
      if (target.type !== req.appliesTo) continue;
      const trace = req.rule ? evaluateRule(req.rule, target.facts) : null;
      obligations.push({
        requirementCode: req.code,
        target: { type: target.type, id: target.id },
        basis,
        applies: trace ? trace.result : true,
        reasons: [basisReason(basis, input.asOf), ...(trace ? explainTrace(trace) : [`applies to every ${req.appliesTo.toLowerCase()} (no condition)`])],
        trace,
      });
    }
  }
  return obligations;
}

export type ObligationKey = string;
export const obligationKey = (o: Pick<Obligation, 'requirementCode' | 'target'>): ObligationKey => `${o.requirementCode}@${o.target.type}:${o.target.id}`;

export interface ObligationsDiff {
  added: Obligation[];
  removed: Obligation[];
  /** Obligations present in both whose applicability changed. */
  changed: { baseline: Obligation; scenario: Obligation }[];
}

/** What a scenario adds, removes or changes compared with the baseline (only applying obligations count as present). */
export function diffObligations(baseline: readonly Obligation[], withScenario: readonly Obligation[]): ObligationsDiff {
  const index = (list: readonly Obligation[]) => new Map(list.map((o) => [obligationKey(o), o]));
  const base = index(baseline);
  const next = index(withScenario);
  const diff: ObligationsDiff = { added: [], removed: [], changed: [] };
  for (const [key, o] of next) {
    const b = base.get(key);
    if (o.applies && !b?.applies) diff.added.push(o);
    else if (b && b.applies && o.applies && b.basis.viaScenario !== o.basis.viaScenario) diff.changed.push({ baseline: b, scenario: o });
  }
  for (const [key, b] of base) if (b.applies && !next.get(key)?.applies) diff.removed.push(b);
  return diff;
}
