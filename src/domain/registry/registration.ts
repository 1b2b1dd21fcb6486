// Registration of holders in the Registry (Law 58 Arts 18 and 30; Cabinet Resolution No. 638):
// three stages — application (two electronic forms), registration with a registry number, then
// approval of the lists of personal data — and deregistration. Transitions not listed are refused.

export const REGISTRATION_STATUSES = ['NOT_REGISTERED', 'APPLICATION_SUBMITTED', 'REGISTERED', 'LISTS_APPROVED', 'DEREGISTERED'] as const;
export type RegistrationStatusValue = (typeof REGISTRATION_STATUSES)[number];

export type RegistrationAction = 'SUBMIT_APPLICATION' | 'REGISTER' | 'APPROVE_LISTS' | 'DEREGISTER';

const TRANSITIONS: Record<RegistrationAction, { from: RegistrationStatusValue[]; to: RegistrationStatusValue }> = {
  SUBMIT_APPLICATION: { from: ['NOT_REGISTERED', 'DEREGISTERED'], to: 'APPLICATION_SUBMITTED' },
  REGISTER: { from: ['APPLICATION_SUBMITTED'], to: 'REGISTERED' },
  APPROVE_LISTS: { from: ['REGISTERED'], to: 'LISTS_APPROVED' },
  DEREGISTER: { from: ['APPLICATION_SUBMITTED', 'REGISTERED', 'LISTS_APPROVED'], to: 'DEREGISTERED' },
};

export type TransitionResult = { ok: true; to: RegistrationStatusValue } | { ok: false; reason: string };

/** The status after `action`, or why the action is not allowed from `from`. */
export function transitionRegistration(from: RegistrationStatusValue, action: RegistrationAction): TransitionResult {
  const t = TRANSITIONS[action];
  if (t.from.includes(from)) return { ok: true, to: t.to };
  return { ok: false, reason: `${action} is allowed only from ${t.from.join(' or ')}, not from ${from}` };
}

/** Registry dates must follow the stages in order. Returns the first field out of order, or null. */
export function registrationDatesProblem(dates: {
  applicationSubmittedOn?: string | null;
  registeredOn?: string | null;
  listsApprovedOn?: string | null;
  deregisteredOn?: string | null;
}): { field: string; reason: string } | null {
  const order = ['applicationSubmittedOn', 'registeredOn', 'listsApprovedOn', 'deregisteredOn'] as const;
  let last: { field: string; date: string } | null = null;
  for (const field of order) {
    const date = dates[field];
    if (!date) continue;
    if (last && date < last.date) return { field, reason: `must not be before ${last.field} (${last.date})` };
    last = { field, date };
  }
  return null;
}
