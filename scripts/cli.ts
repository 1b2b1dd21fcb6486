// Shared set-up of the operator commands. Every command runs through runCommand, so that any
// failure is one line on stderr and a non-zero exit status (2 for usage and configuration, 1 for
// everything else). withHubDatabase: database (embedded unless DATABASE_URL; an already running
// embedded server is reused), brought up to date as the owner, then the command as the app role.
import 'reflect-metadata';
import { parseArgs as parseArgv } from 'node:util';
import { DriverException } from '@mikro-orm/core';
import progress, { type SingleBar as Bar } from 'cli-progress';

// cli-progress is CommonJS: its named exports are read from the default export.
const { Format, Presets, SingleBar } = progress;
import type { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from '../src/config.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { openOrm } from '../src/db/orm.js';
import { prepareDatabase } from '../src/db/prepare.js';
import { createLogger } from '../src/logger.js';

/** A wrong invocation (bad option, missing file): exit status 2. */
export class UsageError extends Error {}

/** One line for an operator, never SQL: MikroORM prefixes a driver error with the statement. */
function describe(e: unknown): string {
  if (e instanceof DriverException) return `database error ${e.code ?? ''}: ${e.message.split(' - ').pop()!.split('\n')[0]}`;
  return e instanceof Error ? e.message : String(e);
}

export async function runCommand(fn: () => Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await fn()) ?? 0;
  } catch (e) {
    process.stderr.write(`${describe(e)}\n`);
    process.exitCode = e instanceof UsageError || e instanceof ConfigError ? 2 : 1;
  }
}

/** Opens the configured database for `fn` and stops it after (unless it was already running). */
export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger(config.logLevel));
  try {
    return await fn(db);
  } finally {
    await db.stop();
  }
}

export function withHubDatabase(fn: (orm: MikroORM) => Promise<number | void>): Promise<void> {
  return runCommand(() =>
    withDatabase(async (db) => {
      await prepareDatabase(db); // idempotent: the vocabularies must be there to validate against
      const orm = await openOrm(db.appUrl);
      try {
        return await fn(orm);
      } finally {
        await orm.close();
      }
    }),
  );
}

/**
 * `--name value`, `--name=value` and `--flag` options among positional arguments; a repeated
 * option keeps its last value. util.parseArgs only splits the arguments: without declared options
 * it takes every option for a boolean, so a value is paired here, as any next argument that does
 * not start with `--` (even `-5`). A single-dash argument is positional.
 */
export function parseArgs(argv: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  const { tokens } = parseArgv({ args: argv, strict: false, allowPositionals: true, tokens: true });
  let done = -1; // the last argument used: `-abc` gives a token per letter, a value is an argument too
  for (const token of tokens) {
    if (token.index <= done || token.kind === 'option-terminator') continue;
    done = token.index;
    if (token.kind === 'positional' || !token.rawName.startsWith('--')) positional.push(argv[token.index]!);
    else if (token.value !== undefined) options[token.name] = token.value;
    else if (argv[token.index + 1] && !argv[token.index + 1]!.startsWith('--')) options[token.name] = argv[++done]!;
    else options[token.name] = true;
  }
  return { positional, options };
}

/**
 * The progress bar of every long operator command: count, rate and ETA on a terminal; when the
 * output is not one (CI, cron, a log file), a plain line with the same figures every 10 s.
 */
export function progressBar(label: string, unit: string): Bar {
  return new SingleBar(
    {
      format: (options, params) => {
        const time = (t: number) => (Number.isFinite(t) && t >= 0 ? Format.TimeFormat(Math.round(t), options, 1) : '–');
        const secs = (Date.now() - params.startTime) / 1000;
        const rate = secs > 0 ? params.value / secs : 0;
        const eta = rate > 0 ? (params.total - params.value) / rate : Number.NaN;
        const speed = `${Math.round(rate).toLocaleString('en')}/s | elapsed ${time(secs)}`;
        // A total of 0: not known beforehand (a filtered export streams rows it has not counted).
        if (!params.total) return `${label} ${params.value} ${unit} | ${speed}`;
        const pct = Math.floor((params.value / params.total) * 100);
        return `${label} [${Format.BarFormat(params.progress, options)}] ${pct}% ${params.value}/${params.total} ${unit} | ${speed} | ETA ${time(eta)}`;
      },
      noTTYOutput: true,
      notTTYSchedule: 10_000,
      stream: process.stderr,
    },
    Presets.shades_classic,
  );
}

/** `rows` as they are consumed, counted on `bar`. */
export async function* counted<R>(rows: AsyncIterable<R>, bar: Bar): AsyncGenerator<R> {
  for await (const row of rows) {
    yield row;
    bar.increment();
  }
}
