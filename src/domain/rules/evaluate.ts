// Evaluates a parsed rule over a target's facts and records why: every leaf in the trace names the
// fact, the operator, the expected value and the actual one. A fact the target does not have is
// "missing": its leaf is false (and `exists` answers false), so a rule never applies by accident.
import type { Facts, FactValue } from './facts.js';
import type { Leaf, Rule } from './rule.js';

export type Trace =
  | { kind: 'all' | 'any'; result: boolean; children: Trace[] }
  | { kind: 'not'; result: boolean; child: Trace }
  | { kind: 'leaf'; result: boolean; fact: string; op: string; expected: unknown; actual: FactValue | undefined; missing: boolean };

function testLeaf(leaf: Leaf, actual: FactValue | undefined): boolean {
  const v = leaf.value;
  if (leaf.op === 'exists') {
    const present = actual !== undefined && actual !== null && !(Array.isArray(actual) && actual.length === 0);
    return v === false ? !present : present;
  }
  if (actual === undefined || actual === null) return false;
  switch (leaf.op) {
    case 'eq':
      return actual === v;
    case 'ne':
      return actual !== v;
    case 'in':
      return (v as unknown[]).includes(actual);
    case 'notIn':
      return !(v as unknown[]).includes(actual);
    case 'gt':
      return (actual as number) > (v as number);
    case 'gte':
      return (actual as number) >= (v as number);
    case 'lt':
      return (actual as number) < (v as number);
    case 'lte':
      return (actual as number) <= (v as number);
    case 'contains':
      return (actual as string[]).includes(v as string);
    case 'containsAny':
      return (v as string[]).some((x) => (actual as string[]).includes(x));
  }
}

/** Evaluates `rule` over `facts`; the trace explains the result step by step. */
export function evaluateRule(rule: Rule, facts: Facts): Trace {
  if ('all' in rule) {
    const children = rule.all.map((r) => evaluateRule(r, facts));
    return { kind: 'all', result: children.every((c) => c.result), children };
  }
  if ('any' in rule) {
    const children = rule.any.map((r) => evaluateRule(r, facts));
    return { kind: 'any', result: children.some((c) => c.result), children };
  }
  if ('not' in rule) {
    const child = evaluateRule(rule.not, facts);
    return { kind: 'not', result: !child.result, child };
  }
  const actual = facts[rule.fact];
  return {
    kind: 'leaf',
    result: testLeaf(rule, actual),
    fact: rule.fact,
    op: rule.op,
    expected: rule.value,
    actual,
    missing: actual === undefined,
  };
}

/** One line per leaf, for people: `holder.track eq "BUSINESS" (actual "BUSINESS") → true`. */
export function explainTrace(trace: Trace, negated = false): string[] {
  if (trace.kind === 'leaf') {
    const actual = trace.missing ? 'missing' : `actual ${JSON.stringify(trace.actual)}`;
    const expected = trace.expected === undefined ? '' : ` ${JSON.stringify(trace.expected)}`;
    return [`${negated ? 'not ' : ''}${trace.fact} ${trace.op}${expected} (${actual}) → ${trace.result}`];
  }
  if (trace.kind === 'not') return explainTrace(trace.child, !negated);
  return trace.children.flatMap((c) => explainTrace(c, negated));
}
