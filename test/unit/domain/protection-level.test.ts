// "Unknown is not weakest": a system takes the data categories and subject counts of the arrays it
// processes; a fact the table needs that is missing gives UNDETERMINED with the missing facts, or
// the strictest level the known facts allow when the table version says so; the default applies
// only when every row is decided false. Uses the real seeded table (seeds/rule-tables).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { systemFacts, systemHoldings, type ArrayRecord, type HolderRecord, type SystemRecord } from '../../../src/domain/compliance/facts.js';
import { scoreRisk, type RiskTable } from '../../../src/domain/risk/risk-degree.js';
import { evaluateKleene, evaluateRuleTable, type RuleTableVersion } from '../../../src/domain/rules/rule-table.js';
import { SEEDS_DIR } from '../../../src/paths.js';
import { RuleTableFileSchema } from '../../../src/seeding/rule-tables.schema.js';
import { parseYamlSeed } from '../../../src/seeding/yaml-file.js';

const file = join(SEEDS_DIR, 'rule-tables', 'res760-protection-level.yaml');
const seeded = parseYamlSeed(file, readFileSync(file, 'utf8'), RuleTableFileSchema);
const v1 = { ...seeded.versions[0]!, code: seeded.code, note: seeded.versions[0]!.note ?? null } as RuleTableVersion<number>;

const holder: HolderRecord = { id: 1, kind: 'STATE_BODY', registrationStatus: 'REGISTERED' };
const array = (id: number, over: Partial<ArrayRecord> = {}): ArrayRecord => ({
  id, dataCategories: ['ordinary.identity'], subjectCategories: ['citizen'], subjectCount: 10, recipients: [], crossBorderCountries: [], media: [], ...over,
});
const system = (over: Partial<SystemRecord> = {}): SystemRecord => ({
  id: 7, arrayIds: [], isStateSystem: true, internetExposed: false, hostingCountry: 'KG', dataCategories: [], subjectCount: null, employeesOnly: false, threatType: null, ...over,
});

describe(systemHoldings.name, () => {
  const arrays = [array(1, { dataCategories: ['biometric.face'], subjectCount: 2_000_000 }), array(2, { dataCategories: ['special.health'], subjectCount: 500_000 }), array(3, { subjectCount: 5 })];

  it('takes the union of its own categories and those of the arrays it processes, and the sum of their counts', () => {
    const h = systemHoldings(arrays, system({ arrayIds: [1, 2], dataCategories: ['ordinary.contact'] }));
    expect(h.categories).toEqual(['biometric.face', 'ordinary.contact', 'special.health']);
    expect(h.subjectCount).toBe(2_500_000);
  });

  it('never goes below its own recorded count, nor below the sum of its arrays', () => {
    expect(systemHoldings(arrays, system({ arrayIds: [3], subjectCount: 300 })).subjectCount).toBe(300);
    expect(systemHoldings(arrays, system({ arrayIds: [1], subjectCount: 300 })).subjectCount).toBe(2_000_000);
  });

  it('has an unknown count when an array it processes has none and it records none itself', () => {
    const withUnknown = [...arrays, array(4, { subjectCount: null })];
    expect(systemHoldings(withUnknown, system({ arrayIds: [1, 4] })).subjectCount).toBeNull();
    expect(systemHoldings(withUnknown, system({ arrayIds: [1, 4], subjectCount: 9 })).subjectCount).toBe(9);
    expect(systemHoldings(withUnknown, system()).subjectCount).toBeNull();
  });

  it('is only about employees when it says so and every array it processes is', () => {
    const staff = [array(1, { subjectCategories: ['employee'] }), array(2, { subjectCategories: ['employee', 'citizen'] })];
    expect(systemHoldings(staff, system({ arrayIds: [1], employeesOnly: true })).employeesOnly).toBe(true);
    expect(systemHoldings(staff, system({ arrayIds: [1, 2], employeesOnly: true })).employeesOnly).toBe(false);
  });

  it('has unknown (null) categories when neither it nor its arrays record any', () => {
    expect(systemFacts(holder, [], [system()], system())['data.classes']).toBeNull();
  });
});

describe('Res. 760 protection level with missing facts', () => {
  const biometricArrays = [array(1, { dataCategories: ['biometric.fingerprint'], subjectCount: 3_000_000 })];
  const stateBiometric = system({ arrayIds: [1] });
  const facts = systemFacts(holder, biometricArrays, [stateBiometric], stateBiometric);

  it('a state system with biometric arrays of millions and no threat type is UNDETERMINED, not level 4', () => {
    expect(facts['data.classes']).toEqual(['biometric']);
    expect(facts['subjects.count']).toBe(3_000_000);
    const r = evaluateRuleTable(v1, facts);
    expect(r.result).toBeNull();
    expect(r.determination).toBe('UNDETERMINED');
    expect(r.missingFacts).toEqual(['system.threatType']);
    expect(r.reasons[0]).toBe('kg.res760.protection-level v1 (valid from 2017-11-21): UNDETERMINED, missing system.threatType');
    expect(r.reasons.at(-1)).toContain('system.threatType=UNKNOWN');
  });

  it('the same system before it took its arrays’ categories looked empty (the old default-4 path is gone)', () => {
    const alone = systemFacts(holder, [], [system()], system({ threatType: 'TYPE_3' }));
    expect(evaluateRuleTable(v1, alone)).toMatchObject({ result: null, determination: 'UNDETERMINED', missingFacts: ['data.classes', 'subjects.count'] });
  });

  it('a table that says STRICTEST answers the strictest level the known facts allow', () => {
    const r = evaluateRuleTable({ ...v1, whenFactsMissing: 'STRICTEST' }, facts);
    expect(r).toMatchObject({ result: 1, rowId: 'l1-type1-special-biometric-other', determination: 'STRICTEST_ALLOWED', missingFacts: ['system.threatType'] });
  });

  it('once the threat type is recorded, the level is determined by the matching row', () => {
    const known = systemFacts(holder, biometricArrays, [stateBiometric], { ...stateBiometric, threatType: 'TYPE_2' });
    const r = evaluateRuleTable(v1, known);
    expect(r).toMatchObject({ result: 2, rowId: 'l2-biometric-type2', determination: 'DETERMINED', missingFacts: [] });
    expect(r.reasons[0]).toContain('kg.res760.protection-level v1 (valid from 2017-11-21) row l2-biometric-type2');
  });

  it('an unknown subject count leaves the count-dependent row open', () => {
    const special = [array(1, { dataCategories: ['special.health'], subjectCount: null })];
    const s = system({ arrayIds: [1], threatType: 'TYPE_2' });
    expect(evaluateRuleTable(v1, systemFacts(holder, special, [s], s))).toMatchObject({ result: null, determination: 'UNDETERMINED', missingFacts: ['subjects.count'] });
    const known = [array(1, { dataCategories: ['special.health'], subjectCount: 50 })];
    expect(evaluateRuleTable(v1, systemFacts(holder, known, [s], s))).toMatchObject({ result: 2, rowId: 'l2-special-type2' });
  });

  it('the default applies only when every row is decided false on known facts', () => {
    const table: RuleTableVersion<number> = { ...v1, rows: [{ id: 'only', result: 1, when: { fact: 'system.threatType', op: 'eq', value: 'TYPE_1' } }] };
    expect(evaluateRuleTable(table, { 'system.threatType': 'TYPE_3' })).toMatchObject({ result: 4, rowId: null, determination: 'DETERMINED' });
    expect(evaluateRuleTable(table, { 'system.threatType': null })).toMatchObject({ result: null, determination: 'UNDETERMINED', missingFacts: ['system.threatType'] });
  });
});

describe(evaluateKleene.name, () => {
  it('is false when a known part decides it, whatever the unknown part', () => {
    expect(evaluateKleene({ all: [{ fact: 'holder.track', op: 'eq', value: 'STATE' }, { fact: 'system.threatType', op: 'eq', value: 'TYPE_1' }] }, { 'holder.track': 'BUSINESS', 'system.threatType': null }).value).toBe(false);
    expect(evaluateKleene({ any: [{ fact: 'holder.track', op: 'eq', value: 'BUSINESS' }, { fact: 'system.threatType', op: 'eq', value: 'TYPE_1' }] }, { 'holder.track': 'BUSINESS', 'system.threatType': null }).value).toBe(true);
    expect(evaluateKleene({ not: { fact: 'system.threatType', op: 'eq', value: 'TYPE_1' } }, { 'system.threatType': null })).toEqual({ value: null, missing: ['system.threatType'] });
    expect(evaluateKleene({ fact: 'system.threatType', op: 'eq', value: 'TYPE_1' }, {}).value).toBe(false); // absent = does not apply
  });
});

describe('risk degree with missing facts', () => {
  const table = (whenFactsMissing: 'UNDETERMINED' | 'STRICTEST'): RiskTable => ({
    code: 'test.risk', version: 1, validFrom: '2022-12-07', whenFactsMissing, thresholds: { HIGH: 60, MEDIUM: 30 },
    rows: [
      { id: 'state', result: 30, when: { fact: 'holder.hasStateSystem', op: 'eq', value: true } },
      { id: 'level-1', result: 30, when: { fact: 'risk.highestProtectionLevel', op: 'eq', value: 1 } },
      { id: 'months', result: 5, when: { fact: 'violations.monthsSinceLast', op: 'lt', value: 12 } },
    ],
  });
  const facts = { 'holder.hasStateSystem': true, 'risk.highestProtectionLevel': null };

  it('is UNDETERMINED, naming the missing fact, when the degree depends on it', () => {
    const s = scoreRisk(table('UNDETERMINED'), facts);
    expect(s).toMatchObject({ degree: null, determination: 'UNDETERMINED', missingFacts: ['risk.highestProtectionLevel'], points: 30, maxPoints: 60, strictestDegree: 'HIGH' });
    expect(s.reasons.join('\n')).toContain('between MEDIUM and HIGH → UNDETERMINED');
  });

  it('is the strictest degree the known facts allow when the table says so', () => {
    expect(scoreRisk(table('STRICTEST'), facts)).toMatchObject({ degree: 'HIGH', determination: 'STRICTEST_ALLOWED', missingFacts: ['risk.highestProtectionLevel'] });
  });

  it('is determined when the missing fact cannot change the degree, and an absent fact is simply false', () => {
    expect(scoreRisk(table('UNDETERMINED'), { 'holder.hasStateSystem': true, 'risk.highestProtectionLevel': 1 })).toMatchObject({ degree: 'HIGH', determination: 'DETERMINED', missingFacts: [] });
    expect(scoreRisk(table('UNDETERMINED'), { 'holder.hasStateSystem': true })).toMatchObject({ degree: 'MEDIUM', determination: 'DETERMINED' });
    expect(scoreRisk({ ...table('UNDETERMINED'), thresholds: { HIGH: 100, MEDIUM: 30 } }, facts)).toMatchObject({ degree: 'MEDIUM', determination: 'DETERMINED', missingFacts: [] });
  });
});
