// Per-request context: one EntityManager fork (its own identity map), one loader set over it, and
// the authenticated viewer (PUBLIC when no key was sent). The fork and the loaders are made when a
// resolver first needs them: a request answered from a page statement, the key cache or
// introspection never pays for them (a fork showed as ~5 % of a small request under load).
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { PUBLIC_VIEWER, type Viewer } from './domain/access/roles.js';
import { onWrite } from './db/write.js';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface Context {
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer;
  /** Runs raw reads on the shared connection pool without forking (db/prepared.ts). */
  readonly reader: EntityManager;
}

/** `em`: a fork already made for this request (the key lookup's), else one made on first use. */
export function createContext(orm: MikroORM, viewer: Viewer = PUBLIC_VIEWER, em?: EntityManager): Context {
  let fork = em;
  let loaders: Loaders | undefined;
  const forked = () => {
    if (!fork) fork = orm.em.fork();
    if (!loaders) {
      loaders = createLoaders(fork);
      const mine = fork;
      // A committed write makes cached reads stale: start a fresh identity map and loader set.
      onWrite(mine, () => {
        mine.clear();
        loaders = createLoaders(mine);
      });
    }
    return fork;
  };
  return {
    viewer,
    reader: orm.em,
    get em() {
      return forked();
    },
    get loaders() {
      forked();
      return loaders!;
    },
  };
}
