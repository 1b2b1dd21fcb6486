// The inspection workflow: planned → notified → in progress → completed, or cancelled with a
// reason; and the guards the law sets as numbers (advance notice, maximum duration) plus the
// conflict-of-interest rule. A refused action names the rule that refused it.
import { monthsBetween } from '../risk/risk-degree.js';

export const INSPECTION_STATUSES = ['PLANNED', 'NOTIFIED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'] as const;
export type InspectionStatusValue = (typeof INSPECTION_STATUSES)[number];
export type InspectionAction = 'NOTIFY' | 'START' | 'COMPLETE' | 'CANCEL';

const FLOW: Record<InspectionAction, { from: InspectionStatusValue[]; to: InspectionStatusValue }> = {
  NOTIFY: { from: ['PLANNED'], to: 'NOTIFIED' },
  START: { from: ['NOTIFIED', 'PLANNED'], to: 'IN_PROGRESS' },
  COMPLETE: { from: ['IN_PROGRESS'], to: 'COMPLETED' },
  CANCEL: { from: ['PLANNED', 'NOTIFIED', 'IN_PROGRESS'], to: 'CANCELLED' },
};

export interface Refusal {
  rule: string;
  reason: string;
}

export function transitionInspection(from: InspectionStatusValue, action: InspectionAction): { to: InspectionStatusValue } | Refusal {
  const f = FLOW[action];
  return f.from.includes(from) ? { to: f.to } : { rule: 'inspection-status', reason: `${action} is allowed only from ${f.from.join(' or ')}, not ${from}` };
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** A planned inspection starts no earlier than `noticeDays` after the written notice. */
export function noticeProblem(input: { planned: boolean; noticeDate: string | null; startDate: string; noticeDays: number }): Refusal | null {
  if (!input.planned) return null;
  if (!input.noticeDate) return { rule: 'advance-notice', reason: 'a planned inspection needs a notice date' };
  const earliest = addDays(input.noticeDate, input.noticeDays);
  return input.startDate < earliest ? { rule: 'advance-notice', reason: `notice of ${input.noticeDate} allows a start on ${earliest} at the earliest (${input.noticeDays} days)` } : null;
}

/** An inspection lasts at most `maxDurationDays` (counting the first day). */
export function durationProblem(startDate: string, endDate: string, maxDurationDays: number): Refusal | null {
  if (endDate < startDate) return { rule: 'maximum-duration', reason: `end ${endDate} is before start ${startDate}` };
  const days = daysBetween(startDate, endDate) + 1;
  return days > maxDurationDays ? { rule: 'maximum-duration', reason: `${days} days exceed the maximum of ${maxDurationDays}` } : null;
}

/**
 * An inspector may not inspect a holder they inspected in the previous `lookbackMonths`, nor one
 * they declared a conflict with.
 */
export function conflictOfInterest(input: {
  inspectorId: number;
  holderId: number;
  startDate: string;
  lookbackMonths: number;
  pastInspections: readonly { holderId: number; inspectorIds: number[]; endDate: string | null; startDate: string | null }[];
  declaredConflicts: readonly { inspectorId: number; holderId: number }[];
}): Refusal | null {
  if (input.declaredConflicts.some((c) => c.inspectorId === input.inspectorId && c.holderId === input.holderId)) {
    return { rule: 'conflict-of-interest', reason: `inspector #${input.inspectorId} declared a conflict of interest with this holder` };
  }
  const recent = input.pastInspections.find(
    (p) => p.holderId === input.holderId && p.inspectorIds.includes(input.inspectorId) && (p.endDate ?? p.startDate) !== null &&
      monthsBetween((p.endDate ?? p.startDate)!, input.startDate) < input.lookbackMonths,
  );
  return recent
    ? { rule: 'conflict-of-interest', reason: `inspector #${input.inspectorId} inspected this holder (until ${recent.endDate ?? recent.startDate}) within the last ${input.lookbackMonths} months` }
    : null;
}
