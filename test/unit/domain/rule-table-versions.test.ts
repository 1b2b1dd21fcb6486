// Version-on-date selection of rule tables (a version answers from its validFrom until the next
// one's), on both sides of a version change, for the protection-level and the risk-points tables.
import { describe, expect, it } from 'vitest';
import { scoreRisk, type RiskTable } from '../../../src/domain/risk/risk-degree.js';
import { rowValidOn } from '../../../src/domain/legal/versions.js';
import { evaluateRuleTable, tableLabel, type RuleTableVersion } from '../../../src/domain/rules/rule-table.js';
import type { Facts } from '../../../src/domain/rules/facts.js';

const v = (version: number, validFrom: string, result: number): RuleTableVersion<number> => ({
  code: 'test.table', version, validFrom, verified: false, note: 'test', whenFactsMissing: 'UNDETERMINED', default: 9,
  rows: [{ id: `r${version}`, result, when: { fact: 'holder.track', op: 'eq', value: 'BUSINESS' } }],
});
const versions = [v(1, '2017-11-21', 3), v(2, '2027-01-01', 1)];

describe(rowValidOn.name, () => {
  it.each([
    ['2017-11-20', null],
    ['2017-11-21', 1],
    ['2025-01-01', 1],
    ['2026-12-31', 1],
    ['2027-01-01', 2],
    ['2030-06-01', 2],
  ])('on %s → version %s', (date, expected) => {
    expect(rowValidOn(versions, date)?.version ?? null).toBe(expected);
  });

  it('does not depend on the order the versions are listed in', () => {
    expect(rowValidOn([...versions].reverse(), '2026-12-31')?.version).toBe(1);
  });
});

describe('a protection-level table across a version change', () => {
  const facts: Facts = { 'holder.track': 'BUSINESS' };
  it('answers each date by the version in force then, and names it', () => {
    const before = evaluateRuleTable(rowValidOn(versions, '2026-12-31')!, facts);
    const after = evaluateRuleTable(rowValidOn(versions, '2027-01-01')!, facts);
    expect(before).toMatchObject({ result: 3, rowId: 'r1', table: 'test.table v1 (valid from 2017-11-21)', determination: 'DETERMINED' });
    expect(after).toMatchObject({ result: 1, rowId: 'r2', table: 'test.table v2 (valid from 2027-01-01)' });
    expect(before.reasons[0]).toContain('test.table v1 (valid from 2017-11-21) row r1');
    expect(tableLabel(versions[1]!)).toBe('test.table v2 (valid from 2027-01-01)');
  });
});

describe('a risk-points table across a version change', () => {
  const base = { code: 'test.risk', rows: [{ id: 'state', result: 40, when: { fact: 'holder.hasStateSystem', op: 'eq', value: true } }] } as const;
  const risk: (RiskTable & { validFrom: string })[] = [
    { ...base, rows: [...base.rows], version: 1, validFrom: '2022-12-07', thresholds: { HIGH: 60, MEDIUM: 30 } },
    { ...base, rows: [...base.rows], version: 2, validFrom: '2027-01-01', thresholds: { HIGH: 40, MEDIUM: 20 } },
  ];
  const facts: Facts = { 'holder.hasStateSystem': true };
  it.each([
    ['2026-12-31', 'MEDIUM', 'test.risk v1 (valid from 2022-12-07)'],
    ['2027-01-01', 'HIGH', 'test.risk v2 (valid from 2027-01-01)'],
  ])('on %s → %s by %s', (date, degree, label) => {
    const s = scoreRisk(rowValidOn(risk, date)!, facts);
    expect(s).toMatchObject({ degree, points: 40, table: label, determination: 'DETERMINED' });
    expect(s.reasons[0]).toContain(label);
  });
});
