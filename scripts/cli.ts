// Shared set-up of the operator commands. Every command runs through runCommand, so that any
// failure is one line on stderr and a non-zero exit status (2 for usage and configuration, 1 for
// everything else). withHubDatabase: database (embedded unless DATABASE_URL; an already running
// embedded server is reused), brought up to date as the owner, then the command as the app role.
import 'reflect-metadata';
import { DriverException } from '@mikro-orm/core';
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

/** `--name value` and `--flag` options after the positional arguments. */
export function parseArgs(argv: string[]): { positional: string[]; options: Record<string, string | true> } {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) positional.push(arg);
    else if (argv[i + 1] && !argv[i + 1]!.startsWith('--')) options[arg.slice(2)] = argv[++i]!;
    else options[arg.slice(2)] = true;
  }
  return { positional, options };
}
