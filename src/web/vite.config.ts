import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The hub's pages (served at /, /registry/, /agency/ by src/web-pages.ts), bundled with everything
// they load, so they work offline. Run from the repo root:
//   npx vite build --config src/web/vite.config.ts --logLevel warn
export default defineConfig({
  root: at('.'),
  base: '/',
  publicDir: false,
  build: {
    outDir: at('../../dist/web'),
    emptyOutDir: true,
    rolldownOptions: { input: { index: at('index.html'), registry: at('registry/index.html'), agency: at('agency/index.html') } },
  },
});
