import { AGGREGATE_STATUSES } from '../../domain/compliance/aggregate.js';
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

export const AggregateStatus = enumObject(AGGREGATE_STATUSES);
export type AggregateStatus = (typeof AggregateStatus)[keyof typeof AggregateStatus];
registerDescribedEnum(
  AggregateStatus,
  'AggregateStatus',
  'Status of a holder or system from its obligations (rules in src/domain/compliance/aggregate.ts): COMPLIANT only when every applicable obligation is assessed and compliant.',
  {
    COMPLIANT: 'Every applicable obligation is assessed and COMPLIANT.',
    PARTIALLY_COMPLIANT: 'Every applicable obligation is assessed; some only PARTIALLY_COMPLIANT, none NON_COMPLIANT.',
    NON_COMPLIANT: 'At least one applicable obligation is NON_COMPLIANT (whatever the coverage).',
    PARTIALLY_ASSESSED: 'Some applicable obligations are assessed (none NON_COMPLIANT), others are still NOT_ASSESSED: see score and coverage.',
    NOT_ASSESSED: 'No applicable obligation is assessed.',
    NOT_APPLICABLE: 'No obligation applies on the date.',
  },
);

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

export const SCENARIO_EFFECT_KINDS = ['REPEALS', 'REPLACES', 'TAKES_OVER'] as const;
export const ScenarioEffectKind = enumObject(SCENARIO_EFFECT_KINDS);
export type ScenarioEffectKind = (typeof ScenarioEffectKind)[keyof typeof ScenarioEffectKind];
registerDescribedEnum(ScenarioEffectKind, 'ScenarioEffectKind', 'What a scenario act does to a baseline requirement.', {
  REPEALS: 'The obligation ends under the scenario.',
  REPLACES: 'The obligation ends; a requirement the scenario act brings takes its place.',
  TAKES_OVER: 'The obligation stays, but its legal basis moves to the scenario act (which would repeal the act it came from).',
});
