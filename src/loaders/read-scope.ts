// What a service's read needs from the request it serves: the request's EntityManager and loaders,
// the shared pool for raw reads, and who asks. The request context (src/context.ts) is one; services
// and exports take this, so nothing below the resolvers depends on the context itself.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../domain/access/roles.js';
import type { Loaders } from './index.js';

export interface ReadScope {
  em: EntityManager;
  loaders: Loaders;
  viewer: Viewer;
  /** Runs raw reads on the shared connection pool without forking (db/prepared.ts). */
  readonly reader: EntityManager;
}
