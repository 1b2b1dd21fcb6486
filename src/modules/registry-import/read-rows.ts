// Reads a Registry export: JSON Lines (`{ "holder": {…}, "array": {…} }` per line) or CSV (one
// column per field, the array's name in `arrayName`, lists separated by `|`). Every row keeps its
// line number so that problems can be reported where the operator will look.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse } from 'csv-parse';
import { HolderFieldsSchema, ArrayFieldsSchema } from '../holder/holder.schemas.js';

/** Receives each row as it is read (the file is never held in memory whole). */
export interface RowSink {
  add(line: number, value: unknown): void;
  problem(p: RowProblem): void;
}

export interface RowProblem {
  line: number;
  field: string;
  reason: string;
}

const HOLDER_KEYS = Object.keys(HolderFieldsSchema.shape);
const ARRAY_KEYS = Object.keys(ArrayFieldsSchema.shape);
const LIST_KEYS = new Set(['purposes', 'dataCategories', 'subjectCategories', 'recipients', 'crossBorderCountries', 'media']);
const NUMBER_KEYS = new Set(['staffCount', 'subjectCount']);
export const CSV_COLUMNS = [...HOLDER_KEYS, ...ARRAY_KEYS.map((k) => (k === 'name' ? 'arrayName' : k))];

function csvCell(key: string, raw: string): unknown {
  const v = raw.trim();
  if (LIST_KEYS.has(key)) return v ? v.split('|').map((s) => s.trim()).filter(Boolean) : [];
  if (v === '') return null;
  if (NUMBER_KEYS.has(key)) return /^-?\d+$/.test(v) ? Number(v) : v;
  return v;
}

async function fromCsv(file: string, sink: RowSink): Promise<number> {
  let count = 0;
  const parser = createReadStream(file).pipe(parse({ columns: true, skip_empty_lines: true, bom: true, info: true, relax_column_count: true }));
  let checkedHeader = false;
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    if (!checkedHeader) {
      for (const h of Object.keys(record)) if (!CSV_COLUMNS.includes(h)) sink.problem({ line: 1, field: h, reason: 'unknown column' });
      checkedHeader = true;
    }
    count++;
    sink.add(info.lines, {
        holder: Object.fromEntries(HOLDER_KEYS.filter((k) => k in record).map((k) => [k, csvCell(k, record[k]!)])),
        array: Object.fromEntries(
          ARRAY_KEYS.map((k) => [k, k === 'name' ? 'arrayName' : k] as const)
            .filter(([, c]) => c in record)
            .map(([k, c]) => [k, csvCell(k, record[c]!)]),
        ),
    });
  }
  return count;
}

async function fromJsonLines(file: string, sink: RowSink): Promise<number> {
  let line = 0;
  let count = 0;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    line++;
    if (!text.trim()) continue;
    count++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      sink.problem({ line, field: '(line)', reason: `invalid JSON: ${(e as Error).message}` });
      continue;
    }
    sink.add(line, value);
  }
  return count;
}

/** Streams the rows of `file` (by extension: .csv, else JSON Lines) into `sink`; returns the row count. */
export function readRegistryFile(file: string, sink: RowSink): Promise<number> {
  return /\.csv$/i.test(file) ? fromCsv(file, sink) : fromJsonLines(file, sink);
}
