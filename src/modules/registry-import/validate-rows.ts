// Validates every row of an import and reports EVERY problem (line, field, reason), not just the
// first: an operator fixes a Registry export in one pass. Rows of one TIN must agree on the
// holder's fields, an array name may appear once per holder, and a registry number belongs to one
// TIN (collisions with the database are found by registry-conflicts.ts).
import { createHash } from 'node:crypto';
import { textProblem } from '../../db/storable-text.js';
import { formatPath } from '../../seeding/yaml-file.js';
import { RegistryRowSchema, type ArrayFields, type HolderFields } from '../holder/holder.schemas.js';
import { vocabularyProblems, type Vocabulary } from '../taxonomy/vocabulary.js';
import type { RowProblem } from './read-rows.js';

export interface ValidatedImport {
  holders: HolderFields[];
  /** The first line of each TIN, to name the line of a problem found later (database, write). */
  holderLines: ReadonlyMap<string, number>;
  /** One entry per valid row: the array and its holder's TIN (the holder itself is kept once). */
  rows: { line: number; tin: string; array: ArrayFields }[];
  problems: RowProblem[];
}

/** Validates rows one by one as they are read, keeping each holder once (memory stays flat per row). */
export class RowValidator {
  private readonly problems: RowProblem[] = [];
  private readonly rows: ValidatedImport['rows'] = [];
  private readonly holders = new Map<string, { line: number; fields: HolderFields; hash: string }>();
  private readonly arrayNames = new Map<string, number>();
  private readonly registryNumbers = new Map<string, { line: number; tin: string }>();

  constructor(private readonly vocab: Vocabulary) {}

  problem(p: RowProblem): void {
    this.problems.push(p);
  }

  add(line: number, value: unknown): void {
    const bad = findBadText(value);
    if (bad !== null) {
      // PostgreSQL cannot store it (src/db/storable-text.ts); the write would fail with an encoding error.
      this.problems.push({ line, field: bad.path || '(row)', reason: bad.problem });
      return;
    }
    const parsed = RegistryRowSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) this.problems.push({ line, field: formatPath(issue.path) || '(row)', reason: issue.message });
      return;
    }
    const { holder, array } = parsed.data;
    const vocabulary = [
      ...vocabularyProblems(this.vocab, holder).map((p) => ({ ...p, field: `holder.${p.field}` })),
      ...vocabularyProblems(this.vocab, array).map((p) => ({ ...p, field: `array.${p.field}` })),
    ];
    for (const p of vocabulary) this.problems.push({ line, ...p });
    const seen = this.holders.get(holder.tin);
    const hash = createHash('sha1').update(JSON.stringify(holder)).digest('base64');
    const differs = seen !== undefined && seen.hash !== hash;
    if (differs) this.problems.push({ line, field: 'holder', reason: `holder fields differ from line ${seen.line} for TIN ${holder.tin}` });
    const arrayKey = `${holder.tin}\u0000${array.name}`;
    const firstLine = this.arrayNames.get(arrayKey);
    if (firstLine !== undefined) this.problems.push({ line, field: 'array.name', reason: `duplicate array name (first on line ${firstLine})` });
    const numbered = holder.registryNumber ? this.registryNumbers.get(holder.registryNumber) : undefined;
    const clash = numbered !== undefined && numbered.tin !== holder.tin;
    if (clash) {
      this.problems.push({ line, field: 'holder.registryNumber', reason: `registry number ${holder.registryNumber} is also on line ${numbered.line}, for TIN ${numbered.tin}` });
    }
    if (vocabulary.length || differs || firstLine !== undefined || clash) return;
    if (!seen) this.holders.set(holder.tin, { line, fields: holder, hash });
    if (holder.registryNumber && !numbered) this.registryNumbers.set(holder.registryNumber, { line, tin: holder.tin });
    this.arrayNames.set(arrayKey, line);
    this.rows.push({ line, tin: holder.tin, array });
  }

  finish(): ValidatedImport {
    return {
      holders: [...this.holders.values()].map((h) => h.fields),
      holderLines: new Map([...this.holders].map(([tin, h]) => [tin, h.line])),
      rows: this.rows,
      problems: this.problems.sort((a, b) => a.line - b.line),
    };
  }
}

/** The first string of a parsed row PostgreSQL cannot store, with its path ('' for the row itself), or null. */
function findBadText(value: unknown, path: (string | number)[] = []): { path: string; problem: string } | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { path: formatPath(path), problem } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  for (const [k, v] of Object.entries(value)) {
    const found = findBadText(v, [...path, Array.isArray(value) ? Number(k) : k]);
    if (found !== null) return found;
  }
  return null;
}
