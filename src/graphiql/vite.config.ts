import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// Run from the repo root:
//   npx vite build --config src/graphiql/vite.config.ts --logLevel warn
export default defineConfig({
  root: here,
  base: '/graphiql/',
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../../dist/graphiql', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      // framer-motion's harmless "use client" directives; drop the noise.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
