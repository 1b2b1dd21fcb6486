// The dependency direction of src/ (CONTRIBUTING.md), enforced in `npm test` (test/integration/
// lint.test.ts): no import cycles, and no import that points up the layers
// domain ← db/loaders ← modules ← server ← main. Type-only imports do not make cycles (they vanish
// at run time), value imports do. Style is not linted here: tsc and review do that.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const up = (target, from, message) => ({ target, from, message });

export default tseslint.config({
  files: ['src/**/*.ts', 'src/**/*.tsx'],
  ignores: ['src/client/generated/**', 'src/db/migrations/**'],
  languageOptions: { parser: tseslint.parser, parserOptions: { sourceType: 'module' } },
  plugins: { 'import-x': importX },
  settings: {
    'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    // The parser no-cycle reads the imported files with (without it, it cannot follow them).
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    'import-x/extensions': ['.ts', '.tsx', '.js'],
  },
  rules: {
    'import-x/no-cycle': ['error', { ignoreExternal: true }],
    'import-x/no-restricted-paths': [
      'error',
      {
        zones: [
          up('./src/domain', ['./src/db', './src/loaders', './src/modules', './src/graphql', './src/exports', './src/server.ts', './src/main.ts', './src/context.ts'], 'the domain is pure: it imports only the domain'),
          up('./src/db', ['./src/loaders', './src/exports', './src/server.ts', './src/main.ts', './src/context.ts'], 'db is below the loaders and modules'),
          up('./src/loaders', ['./src/exports', './src/server.ts', './src/main.ts', './src/context.ts'], 'loaders are below the request context'),
          up('./src/modules', ['./src/exports', './src/server.ts', './src/main.ts'], 'modules are below the server and exports'),
          // Services and exports take a ReadScope (loaders/read-scope.ts); only resolvers know the context.
          up(['./src/modules/**/!(*.resolver|*.mutations).ts', './src/exports/**/*.ts'], ['./src/context.ts'], 'below the resolvers, take a ReadScope (loaders/read-scope.ts), not the request Context'),
          up('./src/web', ['./src/db', './src/modules', './src/loaders', './src/domain', './src/graphql', './src/server.ts'], 'the pages talk to the hub through the typed client only'),
        ],
      },
    ],
  },
});
