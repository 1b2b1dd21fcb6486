// Shared set-up of the operator commands: config, database (embedded unless DATABASE_URL; an
// already running embedded server is reused), migrations and reference seeds, then the command.
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrate, openOrm } from '../src/db/orm.js';
import { createLogger } from '../src/logger.js';
import { seedReferenceData } from '../src/seeding/seed.js';

export async function withHubDatabase(fn: (orm: MikroORM) => Promise<number | void>): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config, createLogger(config.logLevel));
  const orm = await openOrm(db.url);
  try {
    await migrate(orm);
    await seedReferenceData(orm.em); // idempotent: the vocabularies must be there to validate against
    process.exitCode = (await fn(orm)) ?? 0;
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  } finally {
    await orm.close();
    await db.stop();
  }
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
