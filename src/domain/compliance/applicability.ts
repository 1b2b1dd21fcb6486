// Which obligations exist on a date and whom they bind. A requirement exists on `asOf` when the
// act it comes from has a version in force that day (or the act is in the what-if scenario: a
// draft treated as in force, OpenFisca's "reform"), within the requirement's own window. Its
// citations are dated (src/domain/legal/citations.ts): it cites only provisions of act versions in
// force on `asOf`, and when none of its cited sources is in force yet it does not apply, with that
// reason. It then applies to each target of its kind whose facts satisfy its rule.
//
// A scenario act may also take baseline requirements away (seeds/requirements/*.yaml
// `scenarioEffects`, applied only when that act is in the scenario): REPEALS ends an obligation,
// REPLACES ends it in favour of a requirement the act brings, TAKES_OVER keeps it but moves its
// legal basis to the act (the act would repeal the one it came from). Every answer carries its
// reasons, citing the scenario act's provision.
import { evaluateRule, explainTrace, type Trace } from '../rules/evaluate.js';
import type { Facts } from '../rules/facts.js';
import type { Rule } from '../rules/rule.js';
import { citationReason, citationsOn, type Citation, type CitationSpec, type OmittedCitation } from '../legal/citations.js';
import { versionInForceOn, type DatedVersion } from '../legal/versions.js';
import type { ComplianceResult } from './results.js';

export type TargetType = 'HOLDER' | 'ARRAY' | 'SYSTEM';

export type ScenarioEffectKind = 'REPEALS' | 'REPLACES' | 'TAKES_OVER';

/** What a scenario act does to one baseline requirement (stored with that requirement). */
export interface ScenarioEffect {
  /** The act whose presence in the scenario triggers the effect. */
  act: string;
  kind: ScenarioEffectKind;
  /** REPLACES: the requirement (brought by `act`) that takes its place. */
  replacement?: string | null;
  /** The provision of `act` that says so (act code or `<act>#<eId>`). */
  cites: string;
  verified: boolean;
  note?: string | null;
}

export interface RequirementSpec {
  code: string;
  appliesTo: TargetType;
  sourceAct: string;
  rule: Rule | null;
  validFrom?: string | null;
  validTo?: string | null;
  /** Dated references; when absent, the source act itself is the only one. */
  citations?: readonly CitationSpec[];
  scenarioEffects?: readonly ScenarioEffect[];
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
  /** The references that count on the date (in-force versions, or scenario acts). */
  citations: Citation[];
  /** References of the requirement that do not count on the date, each with why. */
  omittedCitations: OmittedCitation[];
  /** The scenario effect applied to it, if any. */
  effect: ScenarioEffect | null;
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

const unverified = (e: ScenarioEffect) => (e.verified ? '' : ` (verified: false${e.note ? `: ${e.note}` : ''})`);

/** The reason line for a scenario effect, citing the act's provision. */
export function effectReason(e: ScenarioEffect, code: string): string {
  switch (e.kind) {
    case 'REPEALS':
      return `under the scenario ${e.cites} repeals ${code}${unverified(e)}`;
    case 'REPLACES':
      return `under the scenario ${e.cites} replaces ${code} with ${e.replacement}${unverified(e)}`;
    case 'TAKES_OVER':
      return `under the scenario ${e.cites} takes over ${code}: its basis moves to ${e.act}${unverified(e)}`;
  }
}

/** The first effect on `req` whose act is in the scenario. */
export function effectIn(req: Pick<RequirementSpec, 'scenarioEffects'>, scenario: ReadonlySet<string>): ScenarioEffect | null {
  return req.scenarioEffects?.find((e) => scenario.has(e.act)) ?? null;
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
    let basis = legalBasisOn(req, input.versionsByAct, input.asOf, scenario);
    if (!basis) continue;
    const effect = effectIn(req, scenario);
    let { cited, omitted } = citationsOn(req.citations ?? [{ ref: req.sourceAct }], input.versionsByAct, input.asOf, scenario);
    const head: string[] = [basisReason(basis, input.asOf)];
    if (effect?.kind === 'TAKES_OVER') {
      // The act it came from would be repealed: its own provisions give way to the scenario act's.
      const moved = citationsOn([{ ref: effect.cites }], input.versionsByAct, input.asOf, scenario).cited;
      omitted = [...omitted, ...cited.filter((c) => c.actCode === req.sourceAct).map((c) => ({ ref: c.ref, reason: `${c.ref} not cited: ${effectReason(effect, req.code)}` }))];
      cited = [...moved, ...cited.filter((c) => c.actCode !== req.sourceAct)];
      basis = { actCode: effect.act, version: versionInForceOn(input.versionsByAct.get(effect.act) ?? [], input.asOf), viaScenario: true };
      head.push(effectReason(effect, req.code));
    }
    head.push(...cited.map((c) => citationReason(c, input.asOf)), ...omitted.map((o) => o.reason));
    const ended = effect && effect.kind !== 'TAKES_OVER' ? effectReason(effect, req.code) : null;
    const noSource = !cited.length ? `none of its cited sources is in force on ${input.asOf}, so it does not apply yet` : null;
    for (const target of input.targets) {
      if (target.type !== req.appliesTo) continue;
      const common = { requirementCode: req.code, target: { type: target.type, id: target.id }, basis, citations: cited, omittedCitations: omitted, effect };
      if (ended || noSource) {
        obligations.push({ ...common, applies: false, reasons: [(ended ?? noSource)!, ...head], trace: null });
        continue;
      }
      const trace = req.rule ? evaluateRule(req.rule, target.facts) : null;
      obligations.push({
        ...common,
        applies: trace ? trace.result : true,
        reasons: [...head, ...(trace ? explainTrace(trace) : [`applies to every ${req.appliesTo.toLowerCase()} (no condition)`])],
        trace,
      });
    }
  }
  return obligations;
}

export type ObligationKey = string;
export const obligationKey = (o: Pick<Obligation, 'requirementCode' | 'target'>): ObligationKey => `${o.requirementCode}@${o.target.type}:${o.target.id}`;

/** An obligation with its effective result, when the diff is over assessed obligations. */
export type DiffInput = Obligation & { result?: ComplianceResult };

export interface DiffEntry<O extends DiffInput = DiffInput> {
  obligation: O;
  reasons: string[];
}

export interface ObligationChange<O extends DiffInput = DiffInput> {
  baseline: O;
  scenario: O;
  reasons: string[];
}

export interface ObligationsDiff<O extends DiffInput = DiffInput> {
  added: DiffEntry<O>[];
  removed: DiffEntry<O>[];
  /** Same target, different requirement (a replacement), result, basis or citations. */
  changed: ObligationChange<O>[];
}

const basisLabel = (b: LegalBasis) => `${b.actCode}${b.version ? ` (version of ${b.version.versionDate})` : ''}${b.viaScenario ? ' via the scenario' : ''}`;
const sameBasis = (a: LegalBasis, b: LegalBasis) => a.actCode === b.actCode && a.viaScenario === b.viaScenario && a.version?.versionDate === b.version?.versionDate;
const refs = (o: Obligation) => o.citations.map((c) => c.ref);

/** What changed between the same obligation (or a replacement) in baseline and scenario; [] when nothing did. */
function differences(b: DiffInput, s: DiffInput): string[] {
  const out: string[] = [];
  if (!sameBasis(b.basis, s.basis)) out.push(`basis: ${basisLabel(b.basis)} → ${basisLabel(s.basis)}`);
  const before = refs(b);
  const after = refs(s);
  const dropped = before.filter((r) => !after.includes(r));
  const gained = after.filter((r) => !before.includes(r));
  if (dropped.length || gained.length) out.push(`citations: ${dropped.length ? `no longer ${dropped.join(', ')}` : ''}${dropped.length && gained.length ? '; ' : ''}${gained.length ? `now ${gained.join(', ')}` : ''}`);
  if (b.result && s.result && b.result !== s.result) out.push(`result: ${b.result} → ${s.result}`);
  return out;
}

/**
 * What a scenario adds, removes or changes compared with the baseline. Only applying obligations
 * count as present. A baseline obligation whose requirement the scenario replaces is `changed`
 * when the replacement applies to the same target, else `removed`; every entry says why.
 */
export function diffObligations<O extends DiffInput>(baseline: readonly O[], withScenario: readonly O[]): ObligationsDiff<O> {
  const index = (list: readonly O[]) => new Map(list.map((o) => [obligationKey(o), o]));
  const base = index(baseline);
  const next = index(withScenario);
  const diff: ObligationsDiff<O> = { added: [], removed: [], changed: [] };
  const pairedReplacements = new Set<ObligationKey>();
  for (const [key, b] of base) {
    if (!b.applies) continue;
    const s = next.get(key);
    if (s?.applies) {
      const what = differences(b, s);
      if (what.length) diff.changed.push({ baseline: b, scenario: s, reasons: [...(s.effect ? [effectReason(s.effect, s.requirementCode)] : []), ...what] });
      continue;
    }
    const effect = s?.effect ?? null;
    if (effect?.kind === 'REPLACES' && effect.replacement) {
      const replacementKey = obligationKey({ requirementCode: effect.replacement, target: b.target });
      const r = next.get(replacementKey);
      if (r?.applies) {
        pairedReplacements.add(replacementKey);
        diff.changed.push({ baseline: b, scenario: r, reasons: [effectReason(effect, b.requirementCode), ...differences(b, r)] });
        continue;
      }
      diff.removed.push({ obligation: b, reasons: [effectReason(effect, b.requirementCode), `${effect.replacement} does not apply to this target`, ...(r ? r.reasons : [])] });
      continue;
    }
    diff.removed.push({ obligation: b, reasons: s ? s.reasons : ['the requirement does not exist under the scenario'] });
  }
  for (const [key, o] of next) {
    if (!o.applies || base.get(key)?.applies || pairedReplacements.has(key)) continue;
    diff.added.push({ obligation: o, reasons: o.reasons });
  }
  return diff;
}
