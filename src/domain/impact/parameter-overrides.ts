// Parametric what-if for an impact run (issue 15): "what if the special-category threshold were
// 1,000 subjects". An override replaces the value of every leaf on one fact in one rule: a row of
// a rule table (e.g. kg.res760.protection-level row l1-special-type2-large, fact subjects.count) or
// a requirement's applicability rule. The seeds are not touched; the run stores its overrides and
// each with the value it replaced, and its hash covers them.
import type { Catalog } from '../compliance/assess-holder.js';
import { FACTS, isFactName } from '../rules/facts.js';
import type { Leaf, Rule } from '../rules/rule.js';

export interface ParameterOverride {
  /** `table:<rule-table code>#<row id>` or `requirement:<requirement code>`. */
  target: string;
  fact: string;
  value: unknown;
}

export interface AppliedOverride extends ParameterOverride {
  /** The values it replaced, one per leaf. */
  replaced: unknown[];
}

export class OverrideProblem extends Error {
  constructor(readonly field: string, message: string) {
    super(message);
  }
}

const isLeaf = (r: Rule): r is Leaf => 'fact' in r;

/** A copy of `rule` with `fact`'s leaf values set to `value`, and the values replaced. */
function replaceIn(rule: Rule, fact: string, value: unknown, replaced: unknown[]): Rule {
  if (isLeaf(rule)) {
    if (rule.fact !== fact) return rule;
    replaced.push(rule.value);
    return { ...rule, value };
  }
  if ('all' in rule) return { all: rule.all.map((r) => replaceIn(r, fact, value, replaced)) };
  if ('any' in rule) return { any: rule.any.map((r) => replaceIn(r, fact, value, replaced)) };
  return { not: replaceIn(rule.not, fact, value, replaced) };
}

function checkValue(fact: string, value: unknown, field: string): void {
  if (!isFactName(fact)) throw new OverrideProblem(`${field}.fact`, `no fact ${fact}`);
  const type = FACTS[fact].type;
  const ok = type === 'string[]' ? (Array.isArray(value) && value.every((v) => typeof v === 'string')) || typeof value === 'string' : typeof value === type;
  if (!ok) throw new OverrideProblem(`${field}.value`, `${fact} takes a ${type}`);
}

/** The catalogue the run evaluates: the dated one with the overrides applied, each checked. */
export function applyOverrides<C extends Catalog>(catalog: C, overrides: readonly ParameterOverride[]): { catalog: C; applied: AppliedOverride[] } {
  let requirements = catalog.requirements;
  let table = catalog.protectionLevels;
  const applied = overrides.map((o, i) => {
    const field = `overrides[${i}]`;
    checkValue(o.fact, o.value, field);
    const replaced: unknown[] = [];
    const [kind, ref] = [o.target.slice(0, o.target.indexOf(':')), o.target.slice(o.target.indexOf(':') + 1)];
    if (kind === 'requirement') {
      const req = requirements.find((r) => r.code === ref);
      if (!req) throw new OverrideProblem(`${field}.target`, `no requirement ${ref}`);
      if (!req.rule) throw new OverrideProblem(`${field}.target`, `${ref} has no applicability rule`);
      requirements = requirements.map((r) => (r === req ? { ...r, rule: replaceIn(r.rule!, o.fact, o.value, replaced) } : r));
    } else if (kind === 'table') {
      const [code, rowId] = ref.split('#');
      if (code !== table.code) throw new OverrideProblem(`${field}.target`, `no rule table ${code} in force on the run's date`);
      if (!table.rows.some((r) => r.id === rowId)) throw new OverrideProblem(`${field}.target`, `${code} has no row ${rowId}`);
      table = { ...table, rows: table.rows.map((r) => (r.id === rowId ? { ...r, when: replaceIn(r.when, o.fact, o.value, replaced) } : r)) };
    } else {
      throw new OverrideProblem(`${field}.target`, 'must be table:<code>#<row id> or requirement:<code>');
    }
    if (!replaced.length) throw new OverrideProblem(`${field}.fact`, `${o.target} does not test ${o.fact}`);
    return { ...o, replaced };
  });
  return { catalog: { ...catalog, requirements, protectionLevels: table }, applied };
}
