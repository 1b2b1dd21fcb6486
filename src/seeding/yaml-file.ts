// Reads a YAML seed file and validates it with a zod schema; errors name the file and the path.
import YAML from 'yaml';
import type { z } from 'zod';
import { SeedError } from './seed-error.js';

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${String(k)}`)).join('');
}

export function parseYamlSeed<S extends z.ZodType>(file: string, source: string, schema: S): z.output<S> {
  const doc = YAML.parseDocument(source);
  if (doc.errors.length) throw new SeedError(file, '', `invalid YAML: ${doc.errors[0]!.message}`);
  const parsed = schema.safeParse(doc.toJS());
  if (parsed.success) return parsed.data;
  // An unknown key explains a "missing" one (a typo), so report it first, at its own path.
  const issues = parsed.error.issues;
  const unknown = issues.find((i) => i.code === 'unrecognized_keys');
  if (unknown) throw new SeedError(file, formatPath([...unknown.path, unknown.keys[0]!]), 'unknown key (typo?)');
  throw new SeedError(file, formatPath(issues[0]!.path), issues[0]!.message);
}
