// Repository paths, resolved the same from src/ (swc, vitest) and from dist/src/ (tsc output).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`package.json not found above ${start}`);
    dir = up;
  }
  return dir;
}

export const REPO_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
export const SEEDS_DIR = join(REPO_ROOT, 'seeds');
export const GRAPHIQL_DIR = join(REPO_ROOT, 'dist', 'graphiql');
export const WEB_DIR = join(REPO_ROOT, 'dist', 'web');
export const SCHEMA_FILE = join(REPO_ROOT, 'schema', 'schema.graphql');
export const SUBGRAPH_FILE = join(REPO_ROOT, 'schema', 'subgraph.graphql');
