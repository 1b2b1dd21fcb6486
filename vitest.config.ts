import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 has no `exports` map: without this alias Vite loads index.mjs for tests while
  // type-graphql and Apollo load index.js, and the schema fails with "another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each integration file clones its own database, so files run in parallel safely.
    pool: 'forks',
  },
});
