// MikroORM configuration, shared by the server, the scripts, the CLI (default export) and tests.
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { fileURLToPath } from 'node:url';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

const here = fileURLToPath(new URL('.', import.meta.url));

export function createOrmConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    migrations: {
      // Explicit list: works the same from tsc output, swc and vitest. The CLI writes new files here.
      migrationsList,
      pathTs: `${here}/migrations`,
      path: `${here}/migrations`,
      snapshot: true,
      snapshotOnMigrate: false,
      silent: true,
    },
    pool: { min: 0, max: 10 },
    // Reads run in a forked EntityManager per request; writes use explicit transactions.
    allowGlobalContext: false,
    ...overrides,
  });
}

/** For the MikroORM CLI (`npx mikro-orm migration:create`): DATABASE_URL must point at a database. */
export default createOrmConfig(process.env.DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:54329/hub');
