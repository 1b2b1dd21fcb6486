// The hub's own pages for people who do not write GraphQL (src/web, bundled by Vite into dist/web):
// the landing page at /, the public Registry at /registry/, the Agency dashboard at /agency/ and
// GraphiQL at /graphiql/. Static files only: every figure on them comes from /graphql.
import { existsSync } from 'node:fs';
import express, { type Express } from 'express';
import type { Logger } from './logger.js';
import { GRAPHIQL_DIR, WEB_DIR } from './paths.js';

// Hashed bundles never change under their name; the HTML is revalidated so a new build shows at once.
const ASSETS = { immutable: true, maxAge: '1y' } as const;

export function servePages(app: Express, logger: Logger): void {
  if (existsSync(GRAPHIQL_DIR)) app.use('/graphiql', express.static(GRAPHIQL_DIR, { index: 'index.html', maxAge: '1h' }));
  else logger.warn(`GraphiQL build not found in ${GRAPHIQL_DIR}; run \`npm run build\``);
  if (!existsSync(WEB_DIR)) {
    logger.warn(`pages build not found in ${WEB_DIR}; run \`npm run build\``);
    app.get('/', (_req, res) => res.redirect('/graphiql/'));
    return;
  }
  app.use('/assets', express.static(`${WEB_DIR}/assets`, ASSETS));
  app.use(express.static(WEB_DIR, { index: 'index.html', maxAge: 0, redirect: true }));
}
