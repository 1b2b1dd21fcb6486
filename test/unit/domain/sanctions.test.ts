// Repetition after a penalty decision (Code of Offences 413-2(2), 413-3(2), 413-4(2)) and the Art. 31
// caps per offender type, as pure functions of dated facts (the figures are those of the seed file).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addYears, computeSanction, offenderKey, repeatDecision, repetitionWindow, type OffenderFact, type PenaltyDecisionFact } from '../../../src/domain/sanctions/sanction.js';
import { SanctionsFileSchema } from '../../../src/seeding/inspection-rules.schema.js';
import { offendersProblem, resolveOffenders } from '../../../src/domain/sanctions/offenders.js';

const file = SanctionsFileSchema.parse(parse(readFileSync('seeds/sanctions/code-of-offences.yaml', 'utf8')));
const articles = new Map(file.articles.map((a) => [a.code, a]));
const P1 = 'kg/code/2021/128#art_413-2__part_1';
const P2 = 'kg/code/2021/128#art_413-2__part_2';
const CB1 = 'kg/code/2021/128#art_413-3__part_1';
const REF1 = 'kg/code/2021/128#art_413-4__part_1';
const codeVersions = [
  { versionDate: '2021-10-28', inForceFrom: '2021-10-28', inForceTo: '2025-11-23' },
  { versionDate: '2025-05-19', inForceFrom: '2025-11-23', inForceTo: null },
];
const entity: OffenderFact = { role: 'LEGAL_ENTITY', type: 'LEGAL_ENTITY', key: offenderKey(7, 'LEGAL_ENTITY', null), assumed: false, label: 'the holder' };
const official: OffenderFact = { role: 'OFFICIAL', type: 'OFFICIAL', key: offenderKey(7, 'OFFICIAL', '  Асанов  А. '), assumed: false, label: 'official' };
const P = '2026-03-10';
const decision = (over: Partial<PenaltyDecisionFact> = {}): PenaltyDecisionFact => ({ id: 1, violationId: 100, offenderKey: entity.key, articleCode: P1, decidedOn: P, decidedBy: 'AGENCY', ...over });
const sanction = (committedOn: string, over: { offender?: OffenderFact; decisions?: PenaltyDecisionFact[]; code?: string; violationId?: number } = {}) =>
  computeSanction({
    article: articles.get(over.code ?? P1)!,
    articles,
    offender: over.offender ?? entity,
    committedOn,
    violationId: over.violationId ?? 200,
    decisions: over.decisions ?? [decision()],
    rule: file.repetition,
    caps: file.caps,
    rates: file.calculationIndicator,
    codeVersions,
    codeAct: 'kg/code/2021/128',
  });

describe('repetition: within one year AFTER the penalty decision', () => {
  it('the seeded rule: the decision day does not count, the anniversary does (marked unverified)', () => {
    expect(file.repetition).toMatchObject({ periodYears: 1, startsDayAfterDecision: true, anniversaryIncluded: true, verified: false });
    expect(repetitionWindow(P, file.repetition)).toEqual({ from: '2026-03-11', to: '2027-03-10' });
  });

  it.each([
    ['2026-03-09', false, 'the day before the decision'],
    ['2026-03-10', false, 'the decision day itself'],
    ['2026-03-11', true, 'the day after the decision'],
    ['2027-01-10', true, '10 months after the decision'],
    ['2027-03-10', true, 'decision + 1 year (anniversary)'],
    ['2027-03-11', false, 'decision + 1 year + 1 day'],
  ])('an offence committed on %s is a repeat: %s (%s)', (committedOn, repeat) => {
    const s = sanction(committedOn);
    expect(s.repeat).toBe(repeat);
    expect(s.articleCode).toBe(repeat ? P2 : P1);
    expect(s.fineIndicators).toBe(repeat ? 1200 : 650);
    expect(s.repeatOfDecisionId).toBe(repeat ? 1 : null);
  });

  it('counts from the decision, not from the earlier detection: 13 months after detection, 10 after the decision is a repeat', () => {
    // earlier offence detected 2025-12-10, decided 2026-03-10; new offence 2027-01-10
    const s = sanction('2027-01-10');
    expect(s.repeat).toBe(true);
    expect(s.reasons.join('\n')).toContain(`penalty decision #1 of ${P} (AGENCY) under ${P1} on violation #100`);
    expect(s.reasons.join('\n')).toContain(P2);
  });

  it('a later decision never makes an earlier offence a repeat', () => {
    // offence committed in January, the earlier violation penalised only in March
    expect(sanction('2026-01-15').repeat).toBe(false);
    expect(sanction('2026-01-15').reasons.join('\n')).toMatch(/first offence/);
  });

  it('is per offender, per article, and never from the violation itself', () => {
    expect(sanction('2026-06-01', { offender: official }).repeat).toBe(false); // the entity was penalised, not the official
    expect(sanction('2026-06-01', { offender: official, decisions: [decision({ offenderKey: offenderKey(7, 'OFFICIAL', 'асанов а.') })] }).repeat).toBe(true);
    expect(sanction('2026-06-01', { code: CB1 }).repeat).toBe(false); // a 413-2 penalty does not repeat 413-3
    expect(sanction('2026-06-01', { violationId: 100 }).repeat).toBe(false);
    expect(sanction('2026-06-01', { decisions: [decision({ articleCode: P2 })] }).repeat).toBe(true); // a part-2 penalty counts too
    expect(sanction('2026-06-01', { decisions: [] }).repeat).toBe(false);
  });

  it('takes the anniversary of 29 February as 28 February', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(repeatDecision({ article: articles.get(P1)!, offender: entity, committedOn: '2029-02-28', decisions: [decision({ decidedOn: '2028-02-29' })], rule: file.repetition })).not.toBeNull();
    expect(repeatDecision({ article: articles.get(P1)!, offender: entity, committedOn: '2029-03-01', decisions: [decision({ decidedOn: '2028-02-29' })], rule: file.repetition })).toBeNull();
  });

  it('an unnamed official cannot be identified across violations', () => {
    expect(offenderKey(7, 'OFFICIAL', '  ')).toBeNull();
    expect(offenderKey(7, 'INDIVIDUAL_ENTREPRENEUR', null)).toBe('holder:7');
  });
});

describe('offenders and the Art. 31 caps', () => {
  it.each([
    ['LEGAL_ENTITY', P1, 650, 2000],
    ['OFFICIAL', P1, 100, 1000],
    ['INDIVIDUAL', P1, 75, 1000],
    ['LEGAL_ENTITY', CB1, 650, 2000],
    ['OFFICIAL', CB1, 175, 1000],
    ['INDIVIDUAL', CB1, 150, 1000],
  ] as const)('%s under %s: %i ЭК, capped at %i ЭК (noted in the reasons)', (type, code, fine, cap) => {
    const s = sanction('2026-01-15', { code, offender: { role: type === 'INDIVIDUAL' ? 'INDIVIDUAL_ENTREPRENEUR' : type, type, key: 'k', assumed: false, label: 'x' }, decisions: [] });
    expect(s).toMatchObject({ fineIndicators: fine, capIndicators: cap, fineSoms: fine * 100 });
    expect(s.reasons.join('\n')).toContain(`kg/code/2021/128#art_31: fines under ${code.includes('413-2') ? '413-2' : '413-3'} up to ${cap} ЭК for ${type}; ${fine} is within the cap`);
  });

  it('caps a figure above the cap, and notes that 413-4 has no special cap', () => {
    const high = computeSanction({
      article: { code: P1, article: '413-2', decidedBy: 'AGENCY', repeatCode: null, sanctions: [{ validFrom: '2025-11-23', fines: { INDIVIDUAL: 1500 }, verified: true }] },
      articles,
      offender: { role: 'INDIVIDUAL_ENTREPRENEUR', type: 'INDIVIDUAL', key: 'k', assumed: false, label: 'x' },
      committedOn: '2026-01-15',
      decisions: [],
      rule: file.repetition,
      caps: file.caps,
      rates: file.calculationIndicator,
      codeVersions,
      codeAct: 'kg/code/2021/128',
    });
    expect(high.fineIndicators).toBe(1000);
    expect(high.reasons.join('\n')).toMatch(/1500 reduced to 1000/);
    const refusal = sanction('2026-01-15', { code: REF1, decisions: [] });
    expect(refusal).toMatchObject({ fineIndicators: 250, capIndicators: null });
    expect(refusal.reasons.join('\n')).toMatch(/no special Art\. 31 cap for 413-4/);
    expect(sanction('2026-01-15', { code: REF1, offender: official, decisions: [] }).fineIndicators).toBeNull(); // legal entities only
  });

  it('says when the offender was assumed, and the fine is unverified then', () => {
    const s = sanction('2026-01-15', { offender: { ...entity, assumed: true, label: 'ОсОО «X»' }, decisions: [] });
    expect(s.reasons[0]).toMatch(/none named, so the holder itself/);
    expect(s.verified).toBe(false);
  });
});

describe('in-force Code only', () => {
  it('cites the Code version in force on the commission date; none before Law No. 95 took effect → no fine', () => {
    const after = sanction('2025-11-23', { decisions: [] });
    expect(after.codeVersion).toBe('2025-05-19');
    expect(after.reasons[1]).toContain('kg/code/2021/128 version of 2025-05-19 in force on 2025-11-23');
    const before = sanction('2025-11-22', { decisions: [] });
    expect(before).toMatchObject({ codeVersion: '2021-10-28', fineIndicators: null, fineSoms: null });
    expect(before.reasons.join('\n')).toMatch(/no sanction table of .*413-2__part_1 in force on 2025-11-22/);
    const none = computeSanction({ ...{ article: articles.get(P1)!, articles, offender: entity, committedOn: '2026-01-15', decisions: [], rule: file.repetition, caps: file.caps, rates: file.calculationIndicator, codeAct: 'kg/code/2021/128' }, codeVersions: [] });
    expect(none).toMatchObject({ codeVersion: null, fineIndicators: null });
  });
});

describe('offenders of a violation', () => {
  const base = { holderId: 7, holderLabel: 'the holder', roleTypes: file.offenderRoles, kindTypes: file.offenderTypes };
  it('defaults to the holder itself as its kind’s offender type, marked assumed', () => {
    expect(resolveOffenders({ ...base, holderKind: 'COMMERCIAL_ORGANISATION', offenders: [] })).toMatchObject([{ role: 'LEGAL_ENTITY', type: 'LEGAL_ENTITY', assumed: true, key: 'holder:7' }]);
    expect(resolveOffenders({ ...base, holderKind: 'STATE_BODY', offenders: [] })).toMatchObject([{ role: 'OFFICIAL', type: 'OFFICIAL', assumed: true, key: 'holder:7' }]);
    expect(resolveOffenders({ ...base, holderKind: 'INDIVIDUAL_ENTREPRENEUR', offenders: [] })).toMatchObject([{ role: 'INDIVIDUAL_ENTREPRENEUR', type: 'INDIVIDUAL', assumed: true }]);
  });
  it('names the entity and its official separately, each with its own type and identity', () => {
    const both = resolveOffenders({ ...base, holderKind: 'COMMERCIAL_ORGANISATION', offenders: [{ role: 'LEGAL_ENTITY' }, { role: 'OFFICIAL', personName: 'Асанов А.', personPosition: 'директор' }] });
    expect(both.map((o) => [o.type, o.key, o.assumed])).toEqual([
      ['LEGAL_ENTITY', 'holder:7', false],
      ['OFFICIAL', 'holder:7/official:асанов а.', false],
    ]);
  });
  it('refuses offenders that do not fit the holder', () => {
    expect(offendersProblem('COMMERCIAL_ORGANISATION', [{ role: 'OFFICIAL' }])).toMatchObject({ index: 0, field: 'personName' });
    expect(offendersProblem('COMMERCIAL_ORGANISATION', [{ role: 'INDIVIDUAL_ENTREPRENEUR' }])).toMatchObject({ field: 'role' });
    expect(offendersProblem('INDIVIDUAL_ENTREPRENEUR', [{ role: 'LEGAL_ENTITY' }])).toMatchObject({ field: 'role' });
    expect(offendersProblem('COMMERCIAL_ORGANISATION', [{ role: 'LEGAL_ENTITY' }, { role: 'LEGAL_ENTITY' }])).toMatchObject({ index: 1 });
    expect(offendersProblem('COMMERCIAL_ORGANISATION', [{ role: 'LEGAL_ENTITY' }, { role: 'OFFICIAL', personName: 'Б. Б.' }])).toBeNull();
  });
});
