// A holder's risk degree (Res. 108 chapter 25, adopted by Cabinet Res. No. 668: business risk tied
// to the Res. 760 threat ratings; the Agency's note puts recorded violations first). Every factor
// of the points table that holds adds its points; thresholds turn the sum into HIGH, MEDIUM or
// LOW. Points and thresholds are data (seeds/rule-tables), so the answer lists every factor.
import { evaluateRule, explainTrace } from '../rules/evaluate.js';
import type { Facts } from '../rules/facts.js';
import type { Rule } from '../rules/rule.js';

export const RISK_DEGREES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type RiskDegreeValue = (typeof RISK_DEGREES)[number];

export interface RiskTable {
  code: string;
  thresholds: { HIGH: number; MEDIUM: number };
  rows: { id: string; result: number; when: Rule; note?: string | null }[];
}

export interface RiskFactor {
  id: string;
  points: number;
  reasons: string[];
}

export interface RiskScore {
  degree: RiskDegreeValue;
  points: number;
  factors: RiskFactor[];
  reasons: string[];
}

export function scoreRisk(table: RiskTable, facts: Facts): RiskScore {
  const factors: RiskFactor[] = [];
  for (const row of table.rows) {
    const trace = evaluateRule(row.when, facts);
    if (trace.result) factors.push({ id: row.id, points: row.result, reasons: explainTrace(trace) });
  }
  const points = factors.reduce((n, f) => n + f.points, 0);
  const degree: RiskDegreeValue = points >= table.thresholds.HIGH ? 'HIGH' : points >= table.thresholds.MEDIUM ? 'MEDIUM' : 'LOW';
  const reasons = [
    `${points} points from ${factors.length} factor(s) of ${table.code}: ${factors.map((f) => `${f.id} +${f.points}`).join(', ') || 'none'}`,
    `HIGH from ${table.thresholds.HIGH}, MEDIUM from ${table.thresholds.MEDIUM} points → ${degree}`,
  ];
  return { degree, points, factors, reasons };
}

/** Whole months from `from` to `to` (ISO dates). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
