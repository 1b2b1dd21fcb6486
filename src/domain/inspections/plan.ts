// The annual inspection plan, transparent by construction (the Agency's note: remove corruption
// risks, make the process transparent). Ranking: priority group 1 = holders with recorded
// violations; then risk degree; then time since the last inspection (never inspected first); then
// points. Business holders under a moratorium are left out unless an exception covers them, and
// planned-inspection frequency limits per risk degree are respected. Every entry says why.
import { monthsBetween, type RiskDegreeValue } from '../risk/risk-degree.js';

export interface Moratorium {
  code: string;
  from: string;
  until: string;
  track: 'BUSINESS' | 'STATE';
  exceptRecordedViolations: boolean;
}

export interface PlanLimits {
  planned: Record<RiskDegreeValue, number>;
}

export interface PlanCandidate {
  holderId: number;
  track: 'BUSINESS' | 'STATE';
  riskDegree: RiskDegreeValue;
  riskPoints: number;
  recordedViolations: number;
  lastInspectionOn: string | null;
}

export interface PlanEntry extends PlanCandidate {
  rank: number;
  priorityGroup: 1 | 2;
  reasons: string[];
}

export interface ExcludedCandidate extends PlanCandidate {
  reasons: string[];
}

export interface Plan {
  entries: PlanEntry[];
  /** Eligible but beyond the capacity. */
  waiting: PlanEntry[];
  excluded: ExcludedCandidate[];
}

const DEGREE_ORDER: Record<RiskDegreeValue, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** Ranks candidates for plan year `year` (the plan starts on 1 January of that year). */
export function rankForPlan(input: { year: number; capacity: number; candidates: readonly PlanCandidate[]; moratoria: readonly Moratorium[]; limits: PlanLimits | null }): Plan {
  const start = `${input.year}-01-01`;
  const end = `${input.year + 1}-01-01`;
  const excluded: ExcludedCandidate[] = [];
  const eligible: PlanCandidate[] = [];
  for (const c of input.candidates) {
    const moratorium = input.moratoria.find((m) => m.track === c.track && m.from < end && start < m.until);
    if (moratorium && !(moratorium.exceptRecordedViolations && c.recordedViolations > 0)) {
      excluded.push({ ...c, reasons: [`moratorium ${moratorium.code} (${moratorium.from} until ${moratorium.until}) covers ${input.year}`] });
      continue;
    }
    const minMonths = input.limits?.planned[c.riskDegree];
    if (minMonths !== undefined && c.lastInspectionOn && monthsBetween(c.lastInspectionOn, start) < minMonths) {
      excluded.push({ ...c, reasons: [`inspected on ${c.lastInspectionOn}; risk ${c.riskDegree} allows a planned inspection only every ${minMonths} months`] });
      continue;
    }
    eligible.push(c);
  }
  const sorted = [...eligible].sort(
    (a, b) =>
      Number(b.recordedViolations > 0) - Number(a.recordedViolations > 0) ||
      DEGREE_ORDER[a.riskDegree] - DEGREE_ORDER[b.riskDegree] ||
      (a.lastInspectionOn ?? '').localeCompare(b.lastInspectionOn ?? '') ||
      b.riskPoints - a.riskPoints ||
      a.holderId - b.holderId,
  );
  const ranked: PlanEntry[] = sorted.map((c, i) => {
    const group = c.recordedViolations > 0 ? 1 : 2;
    return {
      ...c,
      rank: i + 1,
      priorityGroup: group,
      reasons: [
        group === 1 ? `priority group 1: ${c.recordedViolations} recorded violation(s)` : 'priority group 2: no recorded violation',
        `risk degree ${c.riskDegree} (${c.riskPoints} points)`,
        c.lastInspectionOn ? `last inspected on ${c.lastInspectionOn}` : 'never inspected',
      ],
    };
  });
  return { entries: ranked.slice(0, input.capacity), waiting: ranked.slice(input.capacity), excluded };
}

/** JSON with sorted keys, so that anyone can recompute a plan's hash from its published inputs. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
