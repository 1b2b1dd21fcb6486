// A holder's risk degree (Res. 108 chapter 25, added by Cabinet Resolution No. 668 of 7 Dec 2022:
// business risk tied to the Res. 760 threat ratings; the Agency's note puts recorded violations
// first). Every factor of the points table that holds adds its points; thresholds turn the sum into
// HIGH, MEDIUM or LOW. Points and thresholds are data (seeds/rule-tables, dated versions), so the
// answer names the table version and lists every factor. A factor that reads an UNKNOWN fact (null)
// may or may not hold: when the degree would differ between "none of them" and "all of them", the
// table decides (as data) between UNDETERMINED and the strictest degree the known facts allow.
import { evaluateKleene, factsOf, factsReadLine, tableLabel, type Determination, type WhenFactsMissing } from '../rules/rule-table.js';
import { evaluateRule, explainTrace } from '../rules/evaluate.js';
import type { FactName, Facts } from '../rules/facts.js';
import type { Rule } from '../rules/rule.js';

export const RISK_DEGREES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type RiskDegreeValue = (typeof RISK_DEGREES)[number];

export interface RiskTable {
  code: string;
  thresholds: { HIGH: number; MEDIUM: number };
  rows: { id: string; result: number; when: Rule; note?: string | null }[];
  version?: number;
  validFrom?: string;
  whenFactsMissing?: WhenFactsMissing;
  verified?: boolean;
  note?: string | null;
}

export interface RiskFactor {
  id: string;
  points: number;
  reasons: string[];
}

export interface RiskScore {
  /** Null when UNDETERMINED. */
  degree: RiskDegreeValue | null;
  /** The degree if every open factor held: the strictest the known facts allow. */
  strictestDegree: RiskDegreeValue;
  determination: Determination;
  missingFacts: FactName[];
  /** Points of the factors that hold. */
  points: number;
  /** Points if every open factor held too. */
  maxPoints: number;
  factors: RiskFactor[];
  /** The table version used, as `tableLabel` names it. */
  table: string;
  reasons: string[];
}

export function degreeOf(thresholds: RiskTable['thresholds'], points: number): RiskDegreeValue {
  return points >= thresholds.HIGH ? 'HIGH' : points >= thresholds.MEDIUM ? 'MEDIUM' : 'LOW';
}

export function scoreRisk(table: RiskTable, facts: Facts): RiskScore {
  const label = tableLabel(table);
  const factors: RiskFactor[] = [];
  const open: { id: string; points: number; missing: FactName[] }[] = [];
  for (const row of table.rows) {
    const k = evaluateKleene(row.when, facts);
    if (k.value === true) factors.push({ id: row.id, points: row.result, reasons: explainTrace(evaluateRule(row.when, facts)) });
    else if (k.value === null) open.push({ id: row.id, points: row.result, missing: k.missing });
  }
  const points = factors.reduce((n, f) => n + f.points, 0);
  const maxPoints = points + open.reduce((n, f) => n + Math.max(0, f.points), 0);
  const minPoints = points + open.reduce((n, f) => n + Math.min(0, f.points), 0);
  const low = degreeOf(table.thresholds, minPoints);
  const strictestDegree = degreeOf(table.thresholds, maxPoints);
  const missingFacts = [...new Set(open.flatMap((o) => o.missing))];
  const reasons = [
    `${points} points from ${factors.length} factor(s) of ${label}: ${factors.map((f) => `${f.id} +${f.points}`).join(', ') || 'none'}`,
    `HIGH from ${table.thresholds.HIGH}, MEDIUM from ${table.thresholds.MEDIUM} points`,
  ];
  let degree: RiskDegreeValue | null = low;
  let determination: Determination = 'DETERMINED';
  if (open.length) {
    reasons.push(`open factor(s), facts unknown: ${open.map((o) => `${o.id} ${o.points >= 0 ? '+' : ''}${o.points} (${o.missing.join(', ')})`).join('; ')} → from ${minPoints} to ${maxPoints} points`);
  }
  if (low !== strictestDegree) {
    if ((table.whenFactsMissing ?? 'UNDETERMINED') === 'STRICTEST') {
      degree = strictestDegree;
      determination = 'STRICTEST_ALLOWED';
      reasons.push(`missing ${missingFacts.join(', ')}: the table answers the strictest degree the known facts allow → ${degree}`);
    } else {
      degree = null;
      determination = 'UNDETERMINED';
      reasons.push(`missing ${missingFacts.join(', ')}: between ${low} and ${strictestDegree} → UNDETERMINED`);
    }
  } else {
    reasons.push(`→ ${low}${open.length ? ' whichever way the open factors go' : ''}`);
  }
  reasons.push(factsReadLine(facts, [...new Set(table.rows.flatMap((r) => factsOf(r.when)))]));
  return { degree, strictestDegree, determination, missingFacts: determination === 'DETERMINED' ? [] : missingFacts, points, maxPoints, factors, table: label, reasons };
}

/** Whole months from `from` to `to` (ISO dates). */
export function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
