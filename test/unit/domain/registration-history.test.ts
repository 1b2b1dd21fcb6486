import { describe, expect, it } from 'vitest';
import { holderVersionOn, registrationCycles, registrationStageOn, type RegistrationVersion } from '../../../src/domain/registry/registration-history.js';
import type { RegistrationStatusValue } from '../../../src/domain/registry/registration.js';

// A holder entered in the Registry on 2026-12-02, then walked through two cycles with steps dated
// in the past (`on:`), all recorded that same day: the history the database keeps for it.
const RECORDED = '2026-12-02';
const none: Omit<RegistrationVersion, 'validFrom' | 'registrationStatus'> = { applicationSubmittedOn: null, registeredOn: null, listsApprovedOn: null, deregisteredOn: null };
const firstCycle = { applicationSubmittedOn: '2023-03-01', registeredOn: '2023-06-01', listsApprovedOn: '2023-09-01', deregisteredOn: '2025-01-15' };
const v = (registrationStatus: RegistrationStatusValue, dates: Partial<typeof none>, validFrom = RECORDED): RegistrationVersion => ({ validFrom, registrationStatus, ...none, ...dates });
const twoCycles: RegistrationVersion[] = [
  v('NOT_REGISTERED', {}),
  v('APPLICATION_SUBMITTED', { applicationSubmittedOn: '2023-03-01' }),
  v('REGISTERED', { applicationSubmittedOn: '2023-03-01', registeredOn: '2023-06-01' }),
  v('LISTS_APPROVED', { applicationSubmittedOn: '2023-03-01', registeredOn: '2023-06-01', listsApprovedOn: '2023-09-01' }),
  v('DEREGISTERED', firstCycle),
  // The re-application clears the old dates in the holder row; its history keeps them.
  v('APPLICATION_SUBMITTED', { applicationSubmittedOn: '2025-06-01' }),
  v('REGISTERED', { applicationSubmittedOn: '2025-06-01', registeredOn: '2025-08-01' }),
];

describe(registrationStageOn.name, () => {
  it.each([
    ['2023-02-28', 'NOT_REGISTERED', 'the day before the application'],
    ['2023-03-01', 'APPLICATION_SUBMITTED', 'the day of the application'],
    ['2023-05-31', 'APPLICATION_SUBMITTED', 'the day before registration'],
    ['2023-06-01', 'REGISTERED', 'the day of registration'],
    ['2023-08-31', 'REGISTERED', 'the day before the lists are approved'],
    ['2023-09-01', 'LISTS_APPROVED', 'the day the lists are approved'],
    ['2024-06-30', 'LISTS_APPROVED', 'a day in 2024, asked after the deregistration'],
    ['2025-01-14', 'LISTS_APPROVED', 'the day before deregistration'],
    ['2025-01-15', 'DEREGISTERED', 'the day of deregistration'],
    ['2025-05-31', 'DEREGISTERED', 'the day before the re-application'],
    ['2025-06-01', 'APPLICATION_SUBMITTED', 'the day of the re-application'],
    ['2025-07-31', 'APPLICATION_SUBMITTED', 'the day before the second registration'],
    ['2025-08-01', 'REGISTERED', 'the day of the second registration'],
    ['2030-01-01', 'REGISTERED', 'a day in the future'],
  ] as const)('on %s is %s (%s)', (date, stage, _when) => {
    expect(registrationStageOn(twoCycles, date)).toBe(stage);
  });

  it('answers 2024 the same before and after the deregistration is recorded', () => {
    const beforeDeregistration = twoCycles.slice(0, 4);
    expect(registrationStageOn(beforeDeregistration, '2024-06-30')).toBe(registrationStageOn(twoCycles, '2024-06-30'));
  });

  it('on a day with a deregistration and a re-application, answers the cycle begun last', () => {
    const sameDay = [...twoCycles.slice(0, 5), v('APPLICATION_SUBMITTED', { applicationSubmittedOn: '2025-01-15' })];
    expect(registrationStageOn(sameDay, '2025-01-14')).toBe('LISTS_APPROVED');
    expect(registrationStageOn(sameDay, '2025-01-15')).toBe('APPLICATION_SUBMITTED');
  });

  it('dates a stage the status shows without a date by the first version that showed it', () => {
    const imported = [v('REGISTERED', {}, '2026-01-10'), v('LISTS_APPROVED', { listsApprovedOn: '2026-03-01' }, '2026-03-02')];
    expect(registrationStageOn(imported, '2026-01-09')).toBe('NOT_REGISTERED');
    expect(registrationStageOn(imported, '2026-01-10')).toBe('REGISTERED');
    expect(registrationStageOn(imported, '2026-03-01')).toBe('LISTS_APPROVED');
  });

  it('takes a corrected date within a cycle instead of the old one', () => {
    const corrected = [v('REGISTERED', { applicationSubmittedOn: '2024-01-10', registeredOn: '2024-02-01' }), v('REGISTERED', { applicationSubmittedOn: '2024-01-10', registeredOn: '2024-02-20' })];
    expect(registrationStageOn(corrected, '2024-02-10')).toBe('APPLICATION_SUBMITTED');
    expect(registrationStageOn(corrected, '2024-02-20')).toBe('REGISTERED');
  });

  it('keeps only the steps that happened before a deregistration of an application', () => {
    const withdrawn = [v('APPLICATION_SUBMITTED', { applicationSubmittedOn: '2024-01-10' }), v('DEREGISTERED', { applicationSubmittedOn: '2024-01-10', deregisteredOn: '2024-03-01' })];
    expect(registrationCycles(withdrawn)).toEqual([{ applicationSubmittedOn: '2024-01-10', registeredOn: null, listsApprovedOn: null, deregisteredOn: '2024-03-01' }]);
    expect(registrationStageOn(withdrawn, '2024-02-01')).toBe('APPLICATION_SUBMITTED');
    expect(registrationStageOn(withdrawn, '2024-03-01')).toBe('DEREGISTERED');
  });

  it('is NOT_REGISTERED for a holder with no step at all', () => {
    expect(registrationStageOn([v('NOT_REGISTERED', {})], '2030-01-01')).toBe('NOT_REGISTERED');
    expect(registrationStageOn([], '2030-01-01')).toBe('NOT_REGISTERED');
  });
});

describe(registrationCycles.name, () => {
  it('splits the versions at the re-application after a deregistration', () => {
    expect(registrationCycles(twoCycles)).toEqual([firstCycle, { ...none, applicationSubmittedOn: '2025-06-01', registeredOn: '2025-08-01' }]);
  });
});

describe(holderVersionOn.name, () => {
  const versions = [
    { ...v('NOT_REGISTERED', {}, '2026-11-01'), validTo: '2026-12-02', staffCount: 10 },
    { ...v('APPLICATION_SUBMITTED', { applicationSubmittedOn: '2023-03-01' }, '2026-12-02'), validTo: '2026-12-02', staffCount: 20 },
    { ...v('APPLICATION_SUBMITTED', { applicationSubmittedOn: '2023-03-01' }, '2026-12-02'), validTo: null, staffCount: 30 },
  ];

  it('answers the version valid on the day (ends are exclusive; a version replaced the same day is never answered)', () => {
    expect(holderVersionOn(versions, '2026-12-01')?.staffCount).toBe(10);
    expect(holderVersionOn(versions, '2026-12-02')?.staffCount).toBe(30);
  });

  it('before the first version, answers it back to the earliest registration step, and nothing before', () => {
    expect(holderVersionOn(versions, '2024-01-01')?.staffCount).toBe(10);
    expect(holderVersionOn(versions, '2023-03-01')?.staffCount).toBe(10);
    expect(holderVersionOn(versions, '2023-02-28')).toBeNull();
    expect(holderVersionOn([versions[0]!], '2026-10-31')).toBeNull();
  });

  it('answers nothing after the holder was deleted', () => {
    const deleted = [{ ...versions[0]!, validTo: '2026-11-15' }];
    expect(holderVersionOn(deleted, '2026-11-14')?.staffCount).toBe(10);
    expect(holderVersionOn(deleted, '2026-11-15')).toBeNull();
  });
});
