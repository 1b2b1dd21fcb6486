// `npm run seed`: loads seeds/ into DATABASE_URL (or the embedded database) as the owner; idempotent.
import 'reflect-metadata';
import { prepareDatabase } from '../src/db/prepare.js';
import { runCommand, withDatabase } from './cli.js';

await runCommand(() =>
  withDatabase(async (db) => {
    process.stdout.write(`${JSON.stringify((await prepareDatabase(db)).seeded, null, 2)}\n`);
  }),
);
