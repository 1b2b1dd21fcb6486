import { RESULTS } from '../../domain/compliance/results.js';
import { enumObject, registerDescribedEnum } from '../../graphql/enum.js';

export const ComplianceResult = enumObject(RESULTS);
export type ComplianceResult = (typeof ComplianceResult)[keyof typeof ComplianceResult];
registerDescribedEnum(ComplianceResult, 'ComplianceResult', 'Result of an obligation, or aggregate status (CISO Assistant values).', {
  COMPLIANT: 'Met.',
  PARTIALLY_COMPLIANT: 'Partly met (or, as a status, a mix of results).',
  NON_COMPLIANT: 'Not met, or an open violation is linked to it.',
  NOT_APPLICABLE: 'The obligation does not apply to this target.',
  NOT_ASSESSED: 'No valid Agency finding (none yet, or its evidence expired).',
});

export const TARGET_TYPES = ['HOLDER', 'ARRAY', 'SYSTEM'] as const;
export const TargetType = enumObject(TARGET_TYPES);
export type TargetType = (typeof TargetType)[keyof typeof TargetType];
registerDescribedEnum(TargetType, 'TargetType', 'What an obligation is evaluated for.', {
  HOLDER: 'The holder as a whole.',
  ARRAY: 'One personal-data array.',
  SYSTEM: 'One information system.',
});

export const IMPORTANCES = ['MANDATORY', 'RECOMMENDED'] as const;
export const Importance = enumObject(IMPORTANCES);
export type Importance = (typeof Importance)[keyof typeof Importance];
registerDescribedEnum(Importance, 'Importance', 'How binding a requirement is.', {
  MANDATORY: 'Set by law.',
  RECOMMENDED: 'Good practice or guidance.',
});
