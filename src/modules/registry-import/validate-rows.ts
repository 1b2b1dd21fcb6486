// Validates every row of an import and reports EVERY problem (line, field, reason), not just the
// first: an operator fixes a Registry export in one pass. Rows of one TIN must agree on the
// holder's fields, and an array name may appear once per holder.
import { formatPath } from '../../seeding/yaml-file.js';
import type { HolderFields } from '../holder/holder.schemas.js';
import { RegistryRowSchema, type RegistryRow } from '../holder/holder.schemas.js';
import { vocabularyProblems, type Vocabulary } from '../taxonomy/vocabulary.js';
import type { RawRow, RowProblem } from './read-rows.js';

export interface ValidatedImport {
  holders: HolderFields[];
  rows: (RegistryRow & { line: number })[];
  problems: RowProblem[];
}

export function validateRows(raw: RawRow[], vocab: Vocabulary): ValidatedImport {
  const problems: RowProblem[] = [];
  const rows: (RegistryRow & { line: number })[] = [];
  const holders = new Map<string, { line: number; fields: HolderFields; json: string }>();
  const arrayNames = new Map<string, number>();
  for (const { line, value } of raw) {
    const parsed = RegistryRowSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ line, field: formatPath(issue.path) || '(row)', reason: issue.message });
      continue;
    }
    const { holder, array } = parsed.data;
    const vocabulary = [
      ...vocabularyProblems(vocab, holder).map((p) => ({ ...p, field: `holder.${p.field}` })),
      ...vocabularyProblems(vocab, array).map((p) => ({ ...p, field: `array.${p.field}` })),
    ];
    for (const p of vocabulary) problems.push({ line, ...p });
    const seen = holders.get(holder.tin);
    const json = JSON.stringify(holder);
    if (seen && seen.json !== json) {
      problems.push({ line, field: 'holder', reason: `holder fields differ from line ${seen.line} for TIN ${holder.tin}` });
    }
    const arrayKey = `${holder.tin}\u0000${array.name}`;
    const firstLine = arrayNames.get(arrayKey);
    if (firstLine !== undefined) problems.push({ line, field: 'array.name', reason: `duplicate array name (first on line ${firstLine})` });
    if (vocabulary.length || (seen && seen.json !== json) || firstLine !== undefined) continue;
    if (!seen) holders.set(holder.tin, { line, fields: holder, json });
    arrayNames.set(arrayKey, line);
    rows.push({ ...parsed.data, line });
  }
  return { holders: [...holders.values()].map((h) => h.fields), rows, problems: problems.sort((a, b) => a.line - b.line) };
}
