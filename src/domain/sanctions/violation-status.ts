// Status of a violation: recorded → (under appeal →) upheld → remedied, or cancelled. While open
// (recorded, under appeal, upheld) it makes its linked requirements NON_COMPLIANT.

export const VIOLATION_STATUSES = ['RECORDED', 'UNDER_APPEAL', 'UPHELD', 'CANCELLED', 'REMEDIED'] as const;
export type ViolationStatusValue = (typeof VIOLATION_STATUSES)[number];

const NEXT: Record<ViolationStatusValue, ViolationStatusValue[]> = {
  RECORDED: ['UNDER_APPEAL', 'UPHELD', 'CANCELLED', 'REMEDIED'],
  UNDER_APPEAL: ['UPHELD', 'CANCELLED'],
  UPHELD: ['REMEDIED'],
  CANCELLED: [],
  REMEDIED: [],
};

/** Null when `from → to` is allowed, else why not. */
export function violationTransitionProblem(from: ViolationStatusValue, to: ViolationStatusValue): string | null {
  if (NEXT[from].includes(to)) return null;
  return NEXT[from].length ? `${from} may change only to ${NEXT[from].join(', ')}, not to ${to}` : `${from} is final`;
}

export const isOpenViolation = (s: ViolationStatusValue) => s === 'RECORDED' || s === 'UNDER_APPEAL' || s === 'UPHELD';
/** The violation was upheld (a remedied one may have been). Repetition reads penalty decisions, not this status. */
export const isUpheldViolation = (s: ViolationStatusValue) => s === 'UPHELD' || s === 'REMEDIED';
