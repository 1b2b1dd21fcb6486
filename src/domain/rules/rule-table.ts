// Rule tables: ordered rows of `when → result`, first match wins. Used for the Res. 760 protection
// level (Government Resolution No. 760 of 21 Nov 2017) and, additively, for the Res. 108 ch. 25 risk
// points (Cabinet Resolution No. 668 of 7 Dec 2022), so an analyst can replace the numbers in
// seeds/rule-tables/ without touching code.
//
// A table is kept as dated versions: an answer on date D uses the version whose validFrom is the
// latest on or before D (`rowValidOn`, src/domain/legal/versions.ts), and names it (`tableLabel`). Facts are three-valued here: a
// fact whose value is `null` is UNKNOWN (the Registry does not record it), a fact that is absent
// does not apply to the target (a leaf on it is false). A row that could match only if an unknown
// fact were known leaves the answer open: the table says, as data (`whenFactsMissing`), whether the
// answer is then UNDETERMINED (with the missing facts) or the STRICTEST result the known facts allow
// (rows are ordered strictest first, so it is the first row that may still match). The default
// applies only when every row is decided false, never because a fact is missing.
import type { FactName, Facts, FactValue } from './facts.js';
import { evaluateRule, explainTrace, type Trace } from './evaluate.js';
import type { Rule } from './rule.js';

export const WHEN_FACTS_MISSING = ['UNDETERMINED', 'STRICTEST'] as const;
export type WhenFactsMissing = (typeof WHEN_FACTS_MISSING)[number];

export const DETERMINATIONS = ['DETERMINED', 'STRICTEST_ALLOWED', 'UNDETERMINED'] as const;
export type Determination = (typeof DETERMINATIONS)[number];

export interface RuleTableRow<R> {
  id: string;
  result: R;
  when: Rule;
  note?: string | null;
}

export interface RuleTable<R> {
  code: string;
  default: R;
  rows: RuleTableRow<R>[];
  /** Version number and first day of validity; absent for an ad-hoc table (tests, "no table"). */
  version?: number;
  validFrom?: string;
  /** What a missing fact makes of the answer; UNDETERMINED when not said. */
  whenFactsMissing?: WhenFactsMissing;
  verified?: boolean;
  note?: string | null;
}

/** One stored version of a table. */
export interface RuleTableVersion<R> extends RuleTable<R> {
  version: number;
  validFrom: string;
  whenFactsMissing: WhenFactsMissing;
  verified: boolean;
  note: string | null;
}

/** `kg.res760.protection-level v1 (valid from 2017-11-21)`, as answers name the table they used. */
export function tableLabel(t: Pick<RuleTable<unknown>, 'code' | 'version' | 'validFrom'>): string {
  return t.version === undefined ? t.code : `${t.code} v${t.version} (valid from ${t.validFrom})`;
}

export type Kleene = true | false | null;

export interface KleeneResult {
  value: Kleene;
  /** Unknown facts the value depends on (only when value is null). */
  missing: FactName[];
}

/** Three-valued evaluation of `rule`: null when its value depends on a fact whose value is unknown (null). */
export function evaluateKleene(rule: Rule, facts: Facts): KleeneResult {
  if ('all' in rule || 'any' in rule) {
    const isAll = 'all' in rule;
    const parts = (isAll ? rule.all : rule.any).map((r) => evaluateKleene(r, facts));
    const decisive = isAll ? false : true;
    if (parts.some((p) => p.value === decisive)) return { value: decisive, missing: [] };
    const open = parts.filter((p) => p.value === null);
    return open.length ? { value: null, missing: uniq(open.flatMap((p) => p.missing)) } : { value: !decisive, missing: [] };
  }
  if ('not' in rule) {
    const inner = evaluateKleene(rule.not, facts);
    return inner.value === null ? inner : { value: !inner.value, missing: [] };
  }
  if (rule.op !== 'exists' && facts[rule.fact] === null) return { value: null, missing: [rule.fact] };
  return { value: evaluateRule(rule, facts).result, missing: [] };
}

const uniq = <T>(xs: T[]) => [...new Set(xs)];

/** Every fact a rule reads, in order of first use. */
export function factsOf(rule: Rule): FactName[] {
  if ('all' in rule) return uniq(rule.all.flatMap(factsOf));
  if ('any' in rule) return uniq(rule.any.flatMap(factsOf));
  if ('not' in rule) return factsOf(rule.not);
  return [rule.fact];
}

const showFact = (v: FactValue | undefined) => (v === undefined ? 'absent' : v === null ? 'UNKNOWN' : JSON.stringify(v));

/** `facts read: data.classes=["biometric"], system.threatType=UNKNOWN`. */
export function factsReadLine(facts: Facts, names: FactName[]): string {
  return `facts read: ${names.map((n) => `${n}=${showFact(facts[n])}`).join(', ') || 'none'}`;
}

export interface RuleTableResult<R> {
  /** The result; null when UNDETERMINED. */
  result: R | null;
  /** Id of the row that gave the result, or null (the default, or UNDETERMINED). */
  rowId: string | null;
  trace: Trace | null;
  determination: Determination;
  /** Unknown facts that left the answer open (empty when DETERMINED). */
  missingFacts: FactName[];
  /** The table version used, as `tableLabel` names it. */
  table: string;
  reasons: string[];
}

/** The first row that holds, with the reasons; see the header for unknown facts and the default. */
export function evaluateRuleTable<R>(table: RuleTable<R>, facts: Facts): RuleTableResult<R> {
  const label = tableLabel(table);
  const read = factsReadLine(facts, uniq(table.rows.flatMap((r) => factsOf(r.when))));
  const open: { row: RuleTableRow<R>; missing: FactName[] }[] = [];
  let matched: { row: RuleTableRow<R>; trace: Trace } | null = null;
  for (const row of table.rows) {
    const k = evaluateKleene(row.when, facts);
    if (k.value === true) {
      matched = { row, trace: evaluateRule(row.when, facts) };
      break;
    }
    if (k.value === null) open.push({ row, missing: k.missing });
  }
  const rowLine = (row: RuleTableRow<R>) => `${label} row ${row.id} → ${JSON.stringify(row.result)}${row.note ? ` (${row.note})` : ''}`;
  if (!open.length) {
    if (matched) {
      return { result: matched.row.result, rowId: matched.row.id, trace: matched.trace, determination: 'DETERMINED', missingFacts: [], table: label, reasons: [rowLine(matched.row), ...explainTrace(matched.trace), read] };
    }
    if (table.default === null || table.default === undefined) {
      return { result: null, rowId: null, trace: null, determination: 'UNDETERMINED', missingFacts: [], table: label, reasons: [`${label}: no row matched and the table has no default → UNDETERMINED`, read] };
    }
    return {
      result: table.default, rowId: null, trace: null, determination: 'DETERMINED', missingFacts: [], table: label,
      reasons: [`${label}: every row decided false on known facts → the table's default ${JSON.stringify(table.default)}`, read],
    };
  }
  const missingFacts = uniq(open.flatMap((o) => o.missing));
  const why = open.map((o) => `${label} row ${o.row.id} (→ ${JSON.stringify(o.row.result)}) may match: ${o.missing.join(', ')} unknown`);
  const then = matched ? [`${label} row ${matched.row.id} (→ ${JSON.stringify(matched.row.result)}) holds, but an earlier row may match`] : [];
  if ((table.whenFactsMissing ?? 'UNDETERMINED') === 'STRICTEST') {
    const strictest = open[0]!.row;
    return {
      result: strictest.result, rowId: strictest.id, trace: null, determination: 'STRICTEST_ALLOWED', missingFacts, table: label,
      reasons: [`${label}: missing ${missingFacts.join(', ')}; the table answers the strictest result the known facts allow → ${JSON.stringify(strictest.result)} (row ${strictest.id})`, ...why, ...then, read],
    };
  }
  return {
    result: null, rowId: null, trace: null, determination: 'UNDETERMINED', missingFacts, table: label,
    reasons: [`${label}: UNDETERMINED, missing ${missingFacts.join(', ')}`, ...why, ...then, read],
  };
}
