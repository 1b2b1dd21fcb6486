// The operator commands and benches read their arguments through scripts/cli.ts parseArgs.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/cli.js';

describe('parseArgs', () => {
  it.each([
    ['positionals and a trailing flag', ['file.csv', '--dry-run'], { positional: ['file.csv'], options: { 'dry-run': true } }],
    ['a value after its option', ['create', '--role', 'admin', '--name', 'a b'], { positional: ['create'], options: { role: 'admin', name: 'a b' } }],
    ['a flag followed by another option', ['--soak', '--runs', '3'], { positional: [], options: { soak: true, runs: '3' } }],
    ['a repeated option: the last wins', ['--x', 'a', '--x', 'b'], { positional: [], options: { x: 'b' } }],
    ['a repeated option whose last is a flag', ['--x', 'a', '--x'], { positional: [], options: { x: true } }],
    ['a single-dash value, then a single-dash positional', ['--offset', '-5', '-abc'], { positional: ['-abc'], options: { offset: '-5' } }],
    ['an empty argument, which is no value', ['--n', '', 'p'], { positional: ['', 'p'], options: { n: true } }],
    ['an inline value', ['--as-of=2026-01-01', 'p'], { positional: ['p'], options: { 'as-of': '2026-01-01' } }],
  ] as const)('reads %s', (_what, argv, expected) => {
    expect(parseArgs([...argv])).toEqual(expected);
  });
});
