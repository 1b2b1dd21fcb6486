// Every request-scoped DataLoader, built once per request over that request's EntityManager fork.
import type { EntityManager } from '@mikro-orm/postgresql';
import { createLegalActLoaders } from './legal-act.loaders.js';
import { createRegistryLoaders } from './registry.loaders.js';

export function createLoaders(em: EntityManager) {
  return {
    ...createLegalActLoaders(em),
    ...createRegistryLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
