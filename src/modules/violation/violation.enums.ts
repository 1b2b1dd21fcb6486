import { VIOLATION_STATUSES } from '../../domain/sanctions/violation-status.js';
import { enumObject, registerDescribedEnum } from '../../graphql/enum.js';

export const ViolationStatus = enumObject(VIOLATION_STATUSES);
export type ViolationStatus = (typeof ViolationStatus)[keyof typeof ViolationStatus];
registerDescribedEnum(ViolationStatus, 'ViolationStatus', 'Status of a violation.', {
  RECORDED: 'Recorded (open).',
  UNDER_APPEAL: 'Appealed (open).',
  UPHELD: 'Upheld: the penalty is imposed on each offender, dated by the change (open until remedied; the decision counts for repetition).',
  CANCELLED: 'Cancelled (closed; does not count).',
  REMEDIED: 'Remedied (closed; a penalty decided while upheld still counts for repetition).',
});

export const VIOLATION_SOURCES = ['INSPECTION', 'COMPLAINT', 'SELF_REPORT', 'MONITORING'] as const;
export const ViolationSource = enumObject(VIOLATION_SOURCES);
export type ViolationSource = (typeof ViolationSource)[keyof typeof ViolationSource];
registerDescribedEnum(ViolationSource, 'ViolationSource', 'How a violation was found.', {
  INSPECTION: 'During an inspection.',
  COMPLAINT: "From a subject's complaint.",
  SELF_REPORT: 'Reported by the holder itself.',
  MONITORING: 'By the Agency’s monitoring.',
});
