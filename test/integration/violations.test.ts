// Violations as the Code of Offences sees them, through GraphQL on the real database: penalty
// decisions stored and returned, repetition counted from the decision date (both ways), offenders
// fined separately, and inspections citing only acts in force (the state track on Res. 158).
// The clock is set to mid-2027 (Date only) so that offences a year after a 2026 penalty are not "in
// the future"; nothing asserts the wall-clock time.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { toGlobalId } from '../../src/graphql/node.js';
import { ChangeViolationStatusDocument, HolderViolationsDocument, InspectionPlanDocument, RecordViolationDocument, ScheduleInspectionDocument } from '../__generated__/graphql.js';
import { makeHolder } from '../factories/registry.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const P1 = 'kg/code/2021/128#art_413-2__part_1';
const P2 = 'kg/code/2021/128#art_413-2__part_2';
const POLICY = 'kg.law58.art4.processing-policy';
let hub: TestHub;
let inspector: Viewer;
let shop: { id: number; tin: string };
let clinic: { id: number; tin: string };
let late: { id: number; tin: string };
let ministry: { id: number; tin: string };

beforeAll(async () => {
  hub = await startTestHub();
  inspector = await hub.viewerFor('INSPECTOR');
  // after the schema is built (type-graphql maps the real Date class)
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2027-06-01T06:00:00Z') });
  shop = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Повтор»' });
  clinic = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Два нарушителя»' });
  late = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Позднее решение»' });
  ministry = await makeHolder(hub.orm.em, { nameRu: 'Министерство проверок', kind: 'STATE_BODY' });
});
afterAll(async () => {
  await hub.close();
  vi.useRealTimers();
});

type Input = { holderId: string; detectedOn: string; committedOn?: string; offenders?: { role: 'LEGAL_ENTITY' | 'OFFICIAL' | 'INDIVIDUAL_ENTREPRENEUR'; personName?: string; personPosition?: string }[] };
async function record(holderId: number, over: Omit<Input, 'holderId'>) {
  const { data, errors } = await hub.execute(
    RecordViolationDocument,
    { input: { holderId: toGlobalId('Holder', holderId), provisionCodes: ['kg/law/2008/58#art_4__part_2'], requirementCodes: [POLICY], offenceArticleCode: P1, source: 'COMPLAINT', ...over } },
    inspector,
  );
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.recordViolation.violation;
}
async function uphold(v: { id: string; version: number }, on: string) {
  const { data, errors } = await hub.execute(ChangeViolationStatusDocument, { input: { id: v.id, version: v.version, status: 'UPHELD', on } }, inspector);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!.changeViolationStatus;
}
type S = { repeat: boolean; articleCode: string; fineIndicators: number | null; repeatOfDecisionId: number | null; reasons: string[] };

describe('repetition follows the penalty decision date', () => {
  const P = '2026-03-10';
  let decisionId: number;

  it('stores and returns the penalty decision (date, Agency, article part, ЭК and soms, offender)', async () => {
    const first = await record(shop.id, { detectedOn: '2025-12-10' });
    expect(first.sanction).toMatchObject({ articleCode: P1, repeat: false, fineIndicators: 650 });
    expect(first.committedOn).toBe('2025-12-10');
    expect(first.offenders).toMatchObject([{ role: 'LEGAL_ENTITY', offenderType: 'LEGAL_ENTITY', assumed: true }]);
    expect((first.offenders[0]!.sanction as S).reasons[0]).toMatch(/none named, so the holder itself/);
    const upheld = await uphold(first, P);
    expect(upheld.decisions).toHaveLength(1);
    const d = upheld.decisions[0]!;
    expect(d).toMatchObject({ decidedOn: P, decidedBy: 'AGENCY', articleCode: P1, fineIndicators: 650, fineSoms: 65000, rateSoms: 100, offenderId: first.offenders[0]!.id });
    decisionId = d.id;
    // read back: on the violation and on its offender
    const { data } = await hub.execute(HolderViolationsDocument, { tin: shop.tin }, inspector);
    const stored = data!.holder!.violations!.find((v) => v.id === first.id)!;
    expect(stored.penaltyDecisions).toEqual([d]);
    expect(stored.offenders[0]!.decision).toEqual(d);
  });

  it('an offence 10 months after the decision (13 after the first detection) is a repeat, citing the decision', async () => {
    const v = await record(shop.id, { detectedOn: '2027-01-10' });
    const s = v.sanction as S;
    expect(s).toMatchObject({ repeat: true, articleCode: P2, fineIndicators: 1200, repeatOfDecisionId: decisionId });
    expect(s.reasons.join('\n')).toContain(`penalty decision #${decisionId} of ${P}`);
    expect(s.reasons.join('\n')).toContain(P2);
  });

  it('an offence committed before the decision is not a repeat, even when recorded after it', async () => {
    const v = await record(shop.id, { committedOn: '2026-02-01', detectedOn: '2027-01-15' });
    expect(v.committedOn).toBe('2026-02-01');
    expect(v.sanction).toMatchObject({ repeat: false, articleCode: P1, fineIndicators: 650 });
    // … and an offence on the decision day itself is not "after" it (seeded rule, unverified)
    const sameDay = await record(shop.id, { committedOn: P, detectedOn: '2027-01-16' });
    expect(sameDay.sanction).toMatchObject({ repeat: false });
  });

  it('a decision recorded later re-derives the undecided sanctions of offences committed after its date', async () => {
    const earlier = await record(late.id, { detectedOn: '2026-01-05' });
    const later = await record(late.id, { detectedOn: '2026-06-01' });
    expect(later.sanction).toMatchObject({ repeat: false });
    const { decisions } = await uphold(earlier, '2026-03-01');
    const { data } = await hub.execute(HolderViolationsDocument, { tin: late.tin }, inspector);
    const now = data!.holder!.violations!.find((v) => v.id === later.id)!;
    expect(now.sanction).toMatchObject({ repeat: true, articleCode: P2, repeatOfDecisionId: decisions[0]!.id });
    expect(now.offenders[0]!.sanction).toMatchObject({ repeat: true });
    // the earlier one stays a first offence: a later decision never makes an earlier offence a repeat
    expect(data!.holder!.violations!.find((v) => v.id === earlier.id)!.sanction).toMatchObject({ repeat: false, articleCode: P1 });
  });

  it('refuses a decision dated in the future or before the detection', async () => {
    const v = await record(late.id, { detectedOn: '2027-02-01' });
    const future = await hub.execute(ChangeViolationStatusDocument, { input: { id: v.id, version: v.version, status: 'UPHELD', on: '2027-07-01' } }, inspector);
    expect(future.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.on' });
  });
});

describe('offenders', () => {
  it('a violation naming the entity and its official gets two sanctions, and two decisions', async () => {
    const v = await record(clinic.id, {
      detectedOn: '2026-04-01',
      offenders: [{ role: 'LEGAL_ENTITY' }, { role: 'OFFICIAL', personName: 'Асанов Бакыт', personPosition: 'Директор' }],
    });
    expect(v.offenders.map((o) => [o.role, o.offenderType, o.assumed, (o.sanction as S).fineIndicators])).toEqual([
      ['LEGAL_ENTITY', 'LEGAL_ENTITY', false, 650],
      ['OFFICIAL', 'OFFICIAL', false, 100],
    ]);
    expect(v.offenders[1]!.personName).toBe('Асанов Бакыт');
    expect((v.offenders[1]!.sanction as S).reasons.join('\n')).toMatch(/kg\/code\/2021\/128#art_31: fines under 413-2 up to 1000 ЭК for OFFICIAL/);
    expect((v.offenders[0]!.sanction as S).reasons.join('\n')).toMatch(/up to 2000 ЭК for LEGAL_ENTITY/);
    const { decisions } = await uphold(v, '2026-05-01');
    expect(decisions.map((d) => [d.offenderId, d.fineIndicators, d.fineSoms])).toEqual([
      [v.offenders[0]!.id, 650, 65000],
      [v.offenders[1]!.id, 100, 10000],
    ]);
    // the official's name and position are personal data: the holder itself sees null
    const own = await hub.execute(HolderViolationsDocument, { tin: clinic.tin }, await hub.viewerFor('HOLDER', clinic.tin));
    const seen = own.data!.holder!.violations!.find((x) => x.id === v.id)!;
    expect(seen.offenders[1]).toMatchObject({ role: 'OFFICIAL', personName: null, personPosition: null });
  });

  it('repetition is per offender: the penalised official repeats, a different official does not', async () => {
    const v = await record(clinic.id, {
      detectedOn: '2026-09-01',
      offenders: [{ role: 'OFFICIAL', personName: ' асанов  бакыт ' }, { role: 'OFFICIAL', personName: 'Иванова Анна' }],
    });
    expect(v.offenders.map((o) => [(o.sanction as S).repeat, (o.sanction as S).fineIndicators])).toEqual([
      [true, 300],
      [false, 100],
    ]);
  });

  it('refuses an unnamed official and an entrepreneur role for a company', async () => {
    const base = { holderId: toGlobalId('Holder', clinic.id), provisionCodes: [], requirementCodes: [POLICY], offenceArticleCode: P1, source: 'COMPLAINT' as const, detectedOn: '2026-09-02' };
    const unnamed = await hub.execute(RecordViolationDocument, { input: { ...base, offenders: [{ role: 'OFFICIAL' }] } }, inspector);
    expect(unnamed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.offenders[0].personName' });
    const ie = await hub.execute(RecordViolationDocument, { input: { ...base, offenders: [{ role: 'INDIVIDUAL_ENTREPRENEUR' }] } }, inspector);
    expect(ie.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.offenders[0].role' });
    const committedLate = await hub.execute(RecordViolationDocument, { input: { ...base, committedOn: '2026-09-03' } }, inspector);
    expect(committedLate.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.committedOn' });
  });
});

describe('in-force legal bases only', () => {
  it('an inspection of a state body cites Res. 158, not the draft', async () => {
    const { data, errors } = await hub.execute(
      ScheduleInspectionDocument,
      { input: { holderId: toGlobalId('Holder', ministry.id), ground: 'COMPLAINT', inspectorIds: [inspector.keyId!], startDate: '2027-06-10', endDate: '2027-06-15' } },
      inspector,
    );
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    expect(data!.scheduleInspection.legalBasis).toBe('kg/cabinet-resolution/2023/158');
    expect(data!.scheduleInspection.legalBasis).not.toMatch(/draft/);
  });

  it('refuses a state-body inspection or plan dated before Res. 158 was in force, naming the rule', async () => {
    const early = await hub.execute(
      ScheduleInspectionDocument,
      { input: { holderId: toGlobalId('Holder', ministry.id), ground: 'COMPLAINT', inspectorIds: [inspector.keyId!], startDate: '2023-03-01', endDate: '2023-03-05' } },
      inspector,
    );
    expect(early.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'legal-basis-in-force', field: 'input.startDate' });
    const plan = await hub.execute(InspectionPlanDocument, { input: { year: 2023, track: 'STATE', capacity: 5 } }, inspector);
    expect(plan.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'legal-basis-in-force', field: 'input.year' });
  });

  it('a state plan cites Res. 158 and the version in force; a business plan Law No. 72', async () => {
    const state = await hub.execute(InspectionPlanDocument, { input: { year: 2024, track: 'STATE', capacity: 5 } }, inspector);
    expect(state.errors, JSON.stringify(state.errors)).toBeUndefined();
    expect(state.data!.inspectionPlan).toMatchObject({ legalBasis: 'kg/cabinet-resolution/2023/158', legalBasisReason: expect.stringContaining('version of 2023-03-22 in force on 2024-01-01') });
    const business = await hub.execute(InspectionPlanDocument, { input: { year: 2027, track: 'BUSINESS', capacity: 5 } }, inspector);
    expect(business.data!.inspectionPlan.legalBasis).toBe('kg/law/2007/72');
  });

  it('a violation cites no draft and no act not yet in force on the commission date', async () => {
    const base = { holderId: toGlobalId('Holder', late.id), requirementCodes: [POLICY], source: 'COMPLAINT' as const, detectedOn: '2027-03-03' };
    const draft = await hub.execute(RecordViolationDocument, { input: { ...base, provisionCodes: ['kg/law/2008/58#art_4__part_2', 'kg/draft/2023/law-on-personal-data-protection'] } }, inspector);
    expect(draft.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'legal-basis-in-force', field: 'input.provisionCodes[1]' });
    const early = await hub.execute(RecordViolationDocument, { input: { ...base, committedOn: '2023-03-21', provisionCodes: ['kg/cabinet-resolution/2023/158'] } }, inspector);
    expect(early.errors![0]!.extensions).toMatchObject({ rule: 'legal-basis-in-force', field: 'input.provisionCodes[0]' });
    const ok = await hub.execute(RecordViolationDocument, { input: { ...base, committedOn: '2023-03-22', provisionCodes: ['kg/cabinet-resolution/2023/158'] } }, inspector);
    expect(ok.errors).toBeUndefined();
  });

  it('a sanction cites the Code version in force on the commission date', async () => {
    const v = await record(late.id, { detectedOn: '2027-03-01' });
    expect((v.sanction as S & { codeVersion: string }).codeVersion).toBe('2025-05-19');
    const before = await record(late.id, { committedOn: '2025-10-01', detectedOn: '2027-03-02' });
    expect(before.sanction).toMatchObject({ fineIndicators: null, codeVersion: '2021-10-28' });
  });
});
