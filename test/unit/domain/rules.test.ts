import { describe, expect, it } from 'vitest';
import { evaluateRule, explainTrace } from '../../../src/domain/rules/evaluate.js';
import type { Facts } from '../../../src/domain/rules/facts.js';
import { parseRule, type Rule } from '../../../src/domain/rules/rule.js';
import { evaluateRuleTable } from '../../../src/domain/rules/rule-table.js';

const facts: Facts = {
  'holder.kind': 'COMMERCIAL_ORGANISATION',
  'holder.track': 'BUSINESS',
  'holder.staffCount': 120,
  'holder.hasStateSystem': false,
  'data.classes': ['ordinary', 'special'],
  'subjects.count': 0,
  'crossBorder.countries': [],
};

describe(evaluateRule.name, () => {
  it.each([
    ['eq', { fact: 'holder.track', op: 'eq', value: 'BUSINESS' }, true],
    ['eq (false)', { fact: 'holder.track', op: 'eq', value: 'STATE' }, false],
    ['ne', { fact: 'holder.track', op: 'ne', value: 'STATE' }, true],
    ['in', { fact: 'holder.kind', op: 'in', value: ['STATE_BODY', 'COMMERCIAL_ORGANISATION'] }, true],
    ['notIn', { fact: 'holder.kind', op: 'notIn', value: ['STATE_BODY'] }, true],
    ['gt', { fact: 'holder.staffCount', op: 'gt', value: 120 }, false],
    ['gte', { fact: 'holder.staffCount', op: 'gte', value: 120 }, true],
    ['lt', { fact: 'holder.staffCount', op: 'lt', value: 121 }, true],
    ['lte', { fact: 'holder.staffCount', op: 'lte', value: 119 }, false],
    ['eq on a boolean', { fact: 'holder.hasStateSystem', op: 'eq', value: false }, true],
    ['contains', { fact: 'data.classes', op: 'contains', value: 'special' }, true],
    ['contains (false)', { fact: 'data.classes', op: 'contains', value: 'biometric' }, false],
    ['containsAny', { fact: 'data.classes', op: 'containsAny', value: ['biometric', 'special'] }, true],
    ['exists on a present number (0 counts)', { fact: 'subjects.count', op: 'exists' }, true],
    ['exists on an empty list', { fact: 'crossBorder.countries', op: 'exists' }, false],
    ['exists: false on an empty list', { fact: 'crossBorder.countries', op: 'exists', value: false }, true],
    ['a missing fact never matches', { fact: 'system.isState', op: 'eq', value: false }, false],
    ['a missing fact for ne', { fact: 'system.threatType', op: 'ne', value: 'TYPE_1' }, false],
    ['exists on a missing fact', { fact: 'system.threatType', op: 'exists' }, false],
  ] as [string, Rule, boolean][])('%s → $2', (_op, rule, expected) => {
    expect(evaluateRule(rule, facts).result).toBe(expected);
  });

  it('evaluates nested all / any / not and traces every leaf', () => {
    //   all ─┬─ holder.track eq BUSINESS            true
    //        └─ any ─┬─ not(data.classes contains special)   false
    //                └─ holder.staffCount gte 100           true
    const rule: Rule = {
      all: [
        { fact: 'holder.track', op: 'eq', value: 'BUSINESS' },
        { any: [{ not: { fact: 'data.classes', op: 'contains', value: 'special' } }, { fact: 'holder.staffCount', op: 'gte', value: 100 }] },
      ],
    };
    const trace = evaluateRule(rule, facts);
    expect(trace.result).toBe(true);
    expect(explainTrace(trace)).toEqual([
      'holder.track eq "BUSINESS" (actual "BUSINESS") → true',
      'not data.classes contains "special" (actual ["ordinary","special"]) → true',
      'holder.staffCount gte 100 (actual 120) → true',
    ]);
  });

  it('marks a missing fact in the trace', () => {
    const trace = evaluateRule({ fact: 'system.isState', op: 'eq', value: true }, facts);
    expect(trace).toMatchObject({ kind: 'leaf', missing: true, result: false });
    expect(explainTrace(trace)).toEqual(['system.isState eq true (missing) → false']);
  });
});

describe(parseRule.name, () => {
  it('accepts a well-formed nested rule', () => {
    expect(parseRule({ any: [{ fact: 'holder.track', op: 'eq', value: 'STATE' }, { not: { fact: 'media', op: 'exists' } }] }).ok).toBe(true);
  });

  it.each([
    ['an unknown fact', { fact: 'holder.colour', op: 'eq', value: 'red' }, '(rule).fact', /unknown fact/],
    ['an unknown op', { all: [{ fact: 'holder.track', op: 'startsWith', value: 'B' }] }, 'all[0].op', /unknown op/],
    ['an op that does not fit the type', { fact: 'data.classes', op: 'eq', value: 'special' }, '(rule).op', /does not apply/],
    ['a value of the wrong type', { any: [{ fact: 'holder.staffCount', op: 'gte', value: '50' }] }, 'any[0].value', /number/],
    ['an empty list for in', { fact: 'holder.kind', op: 'in', value: [] }, '(rule).value', /non-empty list/],
    ['an empty all', { all: [] }, 'all', /non-empty list/],
    ['a combinator with extra keys', { all: [{ fact: 'media', op: 'exists' }], any: [] }, '(rule)', /only key/],
    ['a deep error', { all: [{ not: { any: [{ fact: 'x.y', op: 'eq', value: 1 }] } }] }, 'all[0].not.any[0].fact', /unknown fact/],
    ['a non-object', 'holder.track == BUSINESS', '(rule)', /object/],
  ])('rejects %s at its path', (_what, json, path, message) => {
    const parsed = parseRule(json);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]!.path).toBe(path);
    expect(parsed.problems[0]!.message).toMatch(message);
  });
});

describe(evaluateRuleTable.name, () => {
  const table = {
    code: 'test.levels',
    default: 4,
    rows: [
      { id: 'special', result: 2, when: { fact: 'data.classes', op: 'contains', value: 'special' } as Rule },
      { id: 'big', result: 3, when: { fact: 'holder.staffCount', op: 'gte', value: 100 } as Rule },
    ],
  };

  it('takes the first matching row and says why', () => {
    const r = evaluateRuleTable(table, facts);
    expect(r).toMatchObject({ result: 2, rowId: 'special' });
    expect(r.reasons[0]).toBe('test.levels row special → 2');
  });

  it('falls back to the default when no row matches', () => {
    expect(evaluateRuleTable(table, { 'data.classes': ['ordinary'], 'holder.staffCount': 5 })).toMatchObject({ result: 4, rowId: null });
  });
});
