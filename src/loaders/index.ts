// Every request-scoped DataLoader, built once per request over that request's EntityManager fork.
import type { EntityManager } from '@mikro-orm/postgresql';
import { createLegalActLoaders } from './legal-act.loaders.js';

export function createLoaders(em: EntityManager) {
  return {
    ...createLegalActLoaders(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
