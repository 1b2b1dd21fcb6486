// Reads a YAML seed file and validates it with a zod schema; errors name the file and the path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import { isIsoDate } from '../graphql/date.scalar.js';
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

/** The `*.yaml` files of a seed folder in name order (none when the folder is absent), with paths relative to `root`. */
export function readYamlFolder(dir: string, root = process.cwd()): { file: string; source: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ file: relative(root, join(dir, f)), source: readFileSync(join(dir, f), 'utf8') }));
}

/** A date in a seed file: YAML reads an unquoted 2008-04-14 as a Date; both spellings become 'YYYY-MM-DD'. */
export const SeedDate = z.union([z.string(), z.date()]).transform((v, ctx) => {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : v;
  if (!isIsoDate(s)) ctx.addIssue({ code: 'custom', message: `expected a date YYYY-MM-DD, got ${JSON.stringify(v)}` });
  return s;
});
