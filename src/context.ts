// Per-request context: one EntityManager fork (its own identity map), one loader set over it, and
// the authenticated viewer (PUBLIC when no key was sent). The fork and the loaders are made when a
// resolver first needs them: a request answered from a page statement, the key cache or
// introspection never pays for them (a fork showed as ~5 % of a small request under load).
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { PUBLIC_VIEWER, type Viewer } from './domain/access/roles.js';
import { onWrite } from './db/write.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import type { ReadScope } from './loaders/read-scope.js';

/** The request context is the read scope services take (loaders/read-scope.ts). */
export type Context = ReadScope;

/**
 * The getters live on the prototype, not the object: Apollo Server copies the context's own
 * properties for each operation (Object.assign), which would call own getters and fork every
 * request. The fork and loaders sit in one `state` object that such a copy shares with the
 * original, so a write seen through either resets both.
 */
class RequestContext implements Context {
  private readonly state: { fork?: EntityManager; loaders?: Loaders };

  constructor(
    private readonly orm: MikroORM,
    readonly viewer: Viewer,
    /** A fork already made for this request (the key lookup's), else one is made on first use. */
    fork: EntityManager | undefined,
  ) {
    this.state = { fork };
  }

  get reader(): EntityManager {
    return this.orm.em;
  }

  get em(): EntityManager {
    const state = this.state;
    state.fork ??= this.orm.em.fork();
    if (!state.loaders) {
      const mine = state.fork;
      state.loaders = createLoaders(mine);
      // A committed write makes cached reads stale: start a fresh identity map and loader set.
      onWrite(mine, () => {
        mine.clear();
        state.loaders = createLoaders(mine);
      });
    }
    return state.fork;
  }

  get loaders(): Loaders {
    void this.em;
    return this.state.loaders!;
  }
}

export function createContext(orm: MikroORM, viewer: Viewer = PUBLIC_VIEWER, em?: EntityManager): Context {
  return new RequestContext(orm, viewer, em);
}
