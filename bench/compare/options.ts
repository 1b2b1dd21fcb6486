// bench:compare's command-line options (bench/README.md, "Side by side with PostGraphile").
import { parseArgs, UsageError } from '../../scripts/cli.js';
import { PAGE, WALK_ROWS } from './walks.js';

export interface Options {
  holders: number;
  duration: number;
  warmup: number;
  connections: number;
  soak: number | null;
  build: boolean;
  rounds: number;
}

const KNOWN = ['holders', 'duration', 'warmup', 'connections', 'rounds', 'soak', 'no-build'];

export function readOptions(argv: string[]): Options {
  const { positional, options } = parseArgs(argv);
  const unknown = [...positional, ...Object.keys(options).filter((k) => !KNOWN.includes(k)).map((k) => `--${k}`)];
  if (unknown.length) throw new UsageError(`unknown argument ${unknown.join(' ')}; options: ${KNOWN.map((k) => `--${k}`).join(' ')}`);
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = options[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (raw === true || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}`);
    return n;
  };
  return {
    holders: int('holders', 100_000, WALK_ROWS + PAGE, 100_000),
    duration: int('duration', 10, 1, 3600),
    warmup: int('warmup', 2, 0, 600),
    connections: int('connections', 10, 1, 1000),
    soak: options.soak === undefined ? null : int('soak', 600, 1, 7 * 24 * 3600),
    build: options['no-build'] === undefined,
    rounds: int('rounds', 3, 1, 20),
  };
}
