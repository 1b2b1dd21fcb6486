import { defineConfig } from 'vitest/config';

// The end-to-end files start whole processes (the hub, npm start, operator commands) or a browser:
// their own project, so `npm run test:fast` (everything else) stays quick while editing; `npm test`
// runs both.
const E2E = ['test/integration/startup.test.ts', 'test/integration/npm-start.test.ts', 'test/integration/operator-commands.test.ts', 'test/browser/**/*.test.ts'];

export default defineConfig({
  // graphql 16 has no `exports` map: without this alias Vite loads index.mjs for tests while
  // type-graphql and Apollo load index.js, and the schema fails with "another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each integration file clones its own database, so files run in parallel safely.
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: E2E } },
      { extends: true, test: { name: 'e2e', include: E2E } },
    ],
  },
});
