// Rule tables: ordered rows of `when → result`, first match wins, else the default. Used for the
// Res. 760 protection level (and risk thresholds later), so an analyst can replace the numbers
// in seeds/rule-tables/ without touching code.
import type { Facts } from './facts.js';
import { evaluateRule, explainTrace, type Trace } from './evaluate.js';
import type { Rule } from './rule.js';

export interface RuleTable<R> {
  code: string;
  default: R;
  rows: { id: string; result: R; when: Rule; note?: string | null }[];
}

export interface RuleTableResult<R> {
  result: R;
  /** Id of the row that matched, or null when the default applied. */
  rowId: string | null;
  trace: Trace | null;
  reasons: string[];
}

/** The first row whose `when` holds for `facts`, with the reasons; the default when none does. */
export function evaluateRuleTable<R>(table: RuleTable<R>, facts: Facts): RuleTableResult<R> {
  for (const row of table.rows) {
    const trace = evaluateRule(row.when, facts);
    if (trace.result) {
      return {
        result: row.result,
        rowId: row.id,
        trace,
        reasons: [`${table.code} row ${row.id} → ${JSON.stringify(row.result)}${row.note ? ` (${row.note})` : ''}`, ...explainTrace(trace)],
      };
    }
  }
  return { result: table.default, rowId: null, trace: null, reasons: [`${table.code}: no row matched → default ${JSON.stringify(table.default)}`] };
}
