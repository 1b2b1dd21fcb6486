// Per-request context: one EntityManager fork (its own identity map), one loader set over it, and
// the authenticated viewer (PUBLIC when no key was sent).
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { PUBLIC_VIEWER, type Viewer } from './domain/access/roles.js';
import { onWrite } from './db/write.js';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface Context {
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer;
}

/** `em`: a fork already made for this request (the key lookup's), else a new one. */
export function createContext(orm: MikroORM, viewer: Viewer = PUBLIC_VIEWER, em: EntityManager = orm.em.fork()): Context {
  const context = { em, loaders: createLoaders(em), viewer } satisfies Context;
  // A committed write makes cached reads stale: start a fresh identity map and loader set.
  onWrite(em, () => {
    em.clear();
    context.loaders = createLoaders(em);
  });
  return context;
}
