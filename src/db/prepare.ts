// Brings a database up to date as its owner before anything serves from it: migrations, the app
// role's privileges, then the reference seeds (idempotent). One connection pool, closed after.
import type { Database } from './database.js';
import { migrate, openOrm } from './orm.js';
import { seedReferenceData } from '../seeding/seed.js';

export async function prepareDatabase(db: Database) {
  const owner = await openOrm(db.ownerUrl);
  try {
    const applied = await migrate(owner, db.appRole);
    const seeded = await seedReferenceData(owner.em);
    return { applied, seeded };
  } finally {
    await owner.close();
  }
}
