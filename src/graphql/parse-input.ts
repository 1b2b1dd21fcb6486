// Validates a GraphQL input with a zod schema; the first problem becomes BAD_USER_INPUT naming the
// field by its path from the argument (`input.tin`, `input.purposes[0]`).
import type { z } from 'zod';
import { AppError } from '../errors.js';
import { formatPath } from '../seeding/yaml-file.js';
import type { FieldProblem } from '../modules/taxonomy/vocabulary.js';

export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix = 'input'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw AppError.badInput(`${prefix}.${formatPath(issue.path)}`, issue.message);
}

/** Throws the first vocabulary problem as BAD_USER_INPUT. */
export function assertNoProblems(problems: FieldProblem[], prefix = 'input'): void {
  const p = problems[0];
  if (p) throw AppError.badInput(`${prefix}.${p.field}`, p.reason);
}
