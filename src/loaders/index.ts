// Every request-scoped DataLoader, built once per request over that request's EntityManager fork.
import type { EntityManager } from '@mikro-orm/postgresql';
import { createComplianceLoaders } from './compliance.loaders.js';
import { createInspectionLoaders } from './inspection.loaders.js';
import { createLegalActLoaders } from './legal-act.loaders.js';
import { createRegistryLoaders } from './registry.loaders.js';

export function createLoaders(em: EntityManager) {
  const compliance = createComplianceLoaders(em);
  return {
    ...createLegalActLoaders(em),
    ...createRegistryLoaders(em),
    ...compliance,
    ...createInspectionLoaders(em, () => compliance.catalog.load('catalog')),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
