// The page statement's placeholders, turned into pg's numbered ones (db/prepared.ts).
import { describe, expect, it } from 'vitest';
import { numbered } from '../../src/db/prepared.js';

describe('numbered placeholders', () => {
  it('numbers scalars in order and spreads an array into one placeholder per element', () => {
    expect(numbered('select 1 where a = ? and b in (?) and c > ?', [1, ['x', 'y'], 3])).toEqual({
      text: 'select 1 where a = $1 and b in ($2, $3) and c > $4',
      values: [1, 'x', 'y', 3],
    });
  });

  it('refuses a statement whose placeholders and parameters do not match', () => {
    expect(() => numbered('select ?', [])).toThrow(/more placeholders than its 0 parameters/);
    expect(() => numbered('select 1', [1])).toThrow(/0 placeholders for 1 parameters/);
  });
});
