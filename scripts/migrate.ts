// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database) as
// the owner, and grants the app role its privileges.
import 'reflect-metadata';
import { migrate, openOrm } from '../src/db/orm.js';
import { withPrepareLock } from '../src/db/prepare.js';
import { runCommand, withDatabase } from './cli.js';

await runCommand(() =>
  withDatabase((db) =>
    // Under the same lock as a hub's start-up, so that it never migrates alongside one.
    withPrepareLock(db.ownerUrl, async () => {
      const orm = await openOrm(db.ownerUrl);
      try {
        const applied = await migrate(orm, db.appRole);
        process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'schema is up to date\n');
      } finally {
        await orm.close();
      }
    }),
  ),
);
