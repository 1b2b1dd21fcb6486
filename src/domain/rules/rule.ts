// A small JSON rule language for applicability rules and rule tables (CISO Assistant's
// "rules as data" idea, in GitLab's `{ field, operator, value }` shape): `all` / `any` / `not` over
// leaves `{ fact, op, value }`. Rules are parsed (validated) once, when seeded, and evaluated by a
// pure function that returns the result and a trace of every step.
import { FACTS, isFactName, type FactName, type FactType } from './facts.js';

export const OPS = ['eq', 'ne', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'contains', 'containsAny', 'exists'] as const;
export type Op = (typeof OPS)[number];

export type Leaf = { fact: FactName; op: Op; value?: unknown };
export type Rule = { all: Rule[] } | { any: Rule[] } | { not: Rule } | Leaf;

export interface RuleProblem {
  /** Path inside the rule, e.g. `all[1].op`. */
  path: string;
  message: string;
}

const SCALAR_OPS: Record<FactType, readonly Op[]> = {
  string: ['eq', 'ne', 'in', 'notIn', 'exists'],
  number: ['eq', 'ne', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'exists'],
  boolean: ['eq', 'ne', 'exists'],
  'string[]': ['contains', 'containsAny', 'exists'],
};

const scalarOf = (t: FactType) => (t === 'string[]' ? 'string' : t);
const isType = (v: unknown, t: 'string' | 'number' | 'boolean') => typeof v === t;

function checkLeaf(node: Record<string, unknown>, path: string, problems: RuleProblem[]): void {
  const extra = Object.keys(node).filter((k) => !['fact', 'op', 'value'].includes(k));
  if (extra.length) problems.push({ path, message: `unknown key(s) ${extra.join(', ')}` });
  const { fact, op, value } = node;
  if (typeof fact !== 'string' || !isFactName(fact)) {
    problems.push({ path: `${path}.fact`, message: `unknown fact ${JSON.stringify(fact)}` });
    return;
  }
  const type = FACTS[fact].type;
  if (typeof op !== 'string' || !(OPS as readonly string[]).includes(op)) {
    problems.push({ path: `${path}.op`, message: `unknown op ${JSON.stringify(op)} (one of ${OPS.join(', ')})` });
    return;
  }
  if (!SCALAR_OPS[type].includes(op as Op)) {
    problems.push({ path: `${path}.op`, message: `op ${op} does not apply to ${fact} (${type}); use ${SCALAR_OPS[type].join(', ')}` });
    return;
  }
  const scalar = scalarOf(type);
  const listOp = op === 'in' || op === 'notIn' || op === 'containsAny';
  if (op === 'exists') {
    if (value !== undefined && typeof value !== 'boolean') problems.push({ path: `${path}.value`, message: 'exists takes true, false or no value' });
  } else if (listOp) {
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => isType(v, scalar))) {
      problems.push({ path: `${path}.value`, message: `${op} needs a non-empty list of ${scalar} values` });
    }
  } else if (!isType(value, scalar)) {
    problems.push({ path: `${path}.value`, message: `${op} on ${fact} needs a ${scalar} value` });
  }
}

function check(node: unknown, path: string, problems: RuleProblem[]): void {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    problems.push({ path: path || '(rule)', message: 'a rule is an object: { all }, { any }, { not } or { fact, op, value }' });
    return;
  }
  const obj = node as Record<string, unknown>;
  const combinator = (['all', 'any', 'not'] as const).find((k) => k in obj);
  if (!combinator) return checkLeaf(obj, path || '(rule)', problems);
  const at = (k: string) => (path ? `${path}.${k}` : k);
  if (Object.keys(obj).length !== 1) problems.push({ path: path || '(rule)', message: `${combinator} must be the only key of its object` });
  if (combinator === 'not') return check(obj.not, at('not'), problems);
  const list = obj[combinator];
  if (!Array.isArray(list) || list.length === 0) {
    problems.push({ path: at(combinator), message: `${combinator} needs a non-empty list of rules` });
    return;
  }
  list.forEach((child, i) => check(child, `${at(combinator)}[${i}]`, problems));
}

/** Validates untrusted JSON as a rule; the problems name the path inside the rule. */
export function parseRule(json: unknown): { ok: true; rule: Rule } | { ok: false; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  check(json, '', problems);
  return problems.length ? { ok: false, problems } : { ok: true, rule: json as Rule };
}
