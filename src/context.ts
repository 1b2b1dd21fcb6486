// Per-request context: one EntityManager fork (its own identity map) and one loader set over it.
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface Context {
  em: EntityManager;
  loaders: Loaders;
}

export function createContext(orm: MikroORM): Context {
  const em = orm.em.fork();
  return { em, loaders: createLoaders(em) } satisfies Context;
}
