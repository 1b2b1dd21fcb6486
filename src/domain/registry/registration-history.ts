// A holder's registration stage on a date, from the dated steps of every recorded version of the
// holder (the database keeps them, see Migration20261201200000_registry_history), not from today's
// status: a holder registered in 2023 and deregistered in 2025 was REGISTERED in 2024 whenever asked.
//
// The versions group into cycles (application → registration → lists → deregistration). A new cycle
// starts with the first version after a deregistered one that is no longer deregistered: the
// re-application, which clears the old dates in the holder row but not in its history. Within a
// cycle the latest version is the Registry's latest knowledge (a corrected date replaces the old
// one). A step the status shows but no date records is dated by the first version showing it.
import type { RegistrationStatusValue } from './registration.js';

/** One recorded version of a holder's registration fields; versions come in the order recorded. */
export interface RegistrationVersion {
  /** The first day of the version (its `valid_from`: the day it was recorded, or the earliest day it tells of). */
  validFrom: string;
  registrationStatus: RegistrationStatusValue;
  applicationSubmittedOn?: string | null;
  registeredOn?: string | null;
  listsApprovedOn?: string | null;
  deregisteredOn?: string | null;
}

/** The dates of one registration cycle; a step that did not happen is null. */
export interface RegistrationCycle {
  applicationSubmittedOn: string | null;
  registeredOn: string | null;
  listsApprovedOn: string | null;
  deregisteredOn: string | null;
}

const STEPS = ['applicationSubmittedOn', 'registeredOn', 'listsApprovedOn', 'deregisteredOn'] as const;
type Step = (typeof STEPS)[number];
/** The stage a step leads to, in the order of the steps. */
const STAGE_OF: Record<Step, RegistrationStatusValue> = {
  applicationSubmittedOn: 'APPLICATION_SUBMITTED',
  registeredOn: 'REGISTERED',
  listsApprovedOn: 'LISTS_APPROVED',
  deregisteredOn: 'DEREGISTERED',
};
/** How far along application → registration → lists a status is (deregistration is apart). */
const RANK: Record<RegistrationStatusValue, number> = { NOT_REGISTERED: 0, APPLICATION_SUBMITTED: 1, REGISTERED: 2, LISTS_APPROVED: 3, DEREGISTERED: 0 };
const stepRank = (step: Step) => STEPS.indexOf(step) + 1;

/** Whether `status` shows that `step` happened. */
const shows = (status: RegistrationStatusValue, step: Step) =>
  step === 'deregisteredOn' ? status === 'DEREGISTERED' : RANK[status] >= stepRank(step);

function cycleOf(versions: RegistrationVersion[]): RegistrationCycle {
  const latest = versions.at(-1)!;
  // Steps before a deregistration count only where an earlier version of the cycle showed them.
  const happened = (step: Step) =>
    latest.registrationStatus === 'DEREGISTERED' && step !== 'deregisteredOn'
      ? versions.some((v) => shows(v.registrationStatus, step))
      : shows(latest.registrationStatus, step);
  const cycle = {} as RegistrationCycle;
  for (const step of STEPS) {
    cycle[step] = latest[step] ?? (happened(step) ? versions.find((v) => shows(v.registrationStatus, step))!.validFrom : null);
  }
  return cycle;
}

/** The registration cycles of a holder, oldest first. */
export function registrationCycles(versions: readonly RegistrationVersion[]): RegistrationCycle[] {
  const groups: RegistrationVersion[][] = [];
  for (const v of versions) {
    const current = groups.at(-1);
    const reopened = current && current.at(-1)!.registrationStatus === 'DEREGISTERED' && v.registrationStatus !== 'DEREGISTERED';
    if (!current || reopened) groups.push([v]);
    else current.push(v);
  }
  return groups.map(cycleOf);
}

const datesOf = (c: RegistrationCycle) => STEPS.map((s) => c[s]).filter((d): d is string => !!d);

/** The stage of a cycle on `date`: its latest step on or before that day. */
function stageIn(cycle: RegistrationCycle, date: string): RegistrationStatusValue {
  let stage: RegistrationStatusValue = 'NOT_REGISTERED';
  for (const step of STEPS) {
    const on = cycle[step];
    if (on && on <= date) stage = STAGE_OF[step];
  }
  return stage;
}

/**
 * The registration stage on `date`: that of the latest cycle begun by then (NOT_REGISTERED before
 * the first step). Steps are dated by the day they happened (`on:`), not the day they were recorded.
 */
export function registrationStageOn(versions: readonly RegistrationVersion[], date: string): RegistrationStatusValue {
  const begun = registrationCycles(versions).filter((c) => datesOf(c).some((d) => d <= date));
  return begun.length ? stageIn(begun.at(-1)!, date) : 'NOT_REGISTERED';
}

/**
 * A holder's version on `date`, or null when the holder was not in the Registry then. The holder is
 * known from its first recorded version or its earliest registration step, whichever is earlier (a
 * step dated in the past says it existed then); before its first version, that version stands.
 */
export function holderVersionOn<V extends RegistrationVersion & { validTo?: string | null }>(versions: readonly V[], date: string): V | null {
  const found = versions.find((v) => v.validFrom <= date && (!v.validTo || date < v.validTo));
  if (found) return found;
  const first = versions[0];
  if (!first || date >= first.validFrom) return null;
  const knownSince = [first.validFrom, ...registrationCycles(versions).flatMap(datesOf)].sort()[0]!;
  return date >= knownSince ? first : null;
}
