// Tables out of the hub as CSV (csv-stringify) or XLSX (exceljs' streaming writer), row by row
// from an async source, so an export of 100,000 rows holds one batch in memory, never the file.
// Column headers in the requested language (ky, ru, en).
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { stringify as stringifySync } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../errors.js';

export const LANGUAGES = ['ky', 'ru', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof FORMATS)[number];

export type Cell = string | number | boolean | null;

export interface Column<R> {
  header: Record<Lang, string>;
  value(row: R): Cell;
}

export function readLang(value: string | undefined, field = 'lang'): Lang {
  if (value === undefined) return 'ru';
  if (!(LANGUAGES as readonly string[]).includes(value)) throw AppError.badInput(field, `must be one of ${LANGUAGES.join(', ')}`);
  return value as Lang;
}

export const CONTENT_TYPES: Record<TableFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The reader went away (closed the connection) before the export ended. */
export class ReaderGone extends Error {
  constructor() {
    super('the reader closed the connection before the export ended');
  }
}

/**
 * Waits until `out` takes more, and fails as soon as the reader is gone: a slow reader holds the
 * export back (constant memory), an aborted one ends it (its database snapshot is released).
 */
export function drained(out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new ReaderGone());
  if (!out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const settle = (gone: boolean) => {
      out.off('drain', onDrain);
      out.off('close', onGone);
      out.off('error', onGone);
      if (gone) reject(new ReaderGone());
      else resolve();
    };
    const onDrain = () => settle(false);
    const onGone = () => settle(true);
    out.on('drain', onDrain);
    out.on('close', onGone);
    out.on('error', onGone);
  });
}

/** Writes `chunk`, then waits for room (see drained). */
export async function put(out: Writable, chunk: string | Buffer): Promise<void> {
  if (out.destroyed) throw new ReaderGone();
  out.write(chunk);
  await drained(out);
}

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with `'`
// (csv-stringify's escape_formulas, OWASP's CSV injection advice): Registry names are typed by
// holders themselves and end up in the Agency's spreadsheets.
const csvLine = (cells: Cell[]) => stringifySync([cells], { escape_formulas: true, cast: { boolean: (b) => (b ? 'true' : 'false') } });
const FORMULA = /^[=+\-@\t\r]/;
const xlsxCell = (c: Cell): Cell => (typeof c === 'string' && FORMULA.test(c) ? `'${c}` : c);

/** Writes `rows` to `out` as CSV: a BOM (spreadsheets then read the Cyrillic as UTF-8), headers, rows. */
async function writeCsv<R>(out: Writable, columns: Column<R>[], rows: AsyncIterable<R>, lang: Lang): Promise<void> {
  await put(out, `\uFEFF${csvLine(columns.map((c) => c.header[lang]))}`);
  for await (const row of rows) await put(out, csvLine(columns.map((c) => c.value(row))));
  out.end();
  await finished(out);
}

/**
 * Writes `rows` to `out` as one XLSX sheet, each row committed (flushed) as it is added. exceljs'
 * own buffer never reports back-pressure, so the wait is on `out` itself.
 */
async function writeXlsx<R>(out: Writable, columns: Column<R>[], rows: AsyncIterable<R>, lang: Lang, sheet: string): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const ws = book.addWorksheet(sheet.slice(0, 31));
  ws.addRow(columns.map((c) => c.header[lang])).commit();
  for await (const row of rows) {
    ws.addRow(columns.map((c) => xlsxCell(c.value(row)))).commit();
    await drained(out);
  }
  ws.commit();
  await book.commit();
  await finished(out);
}

export async function writeTable<R>(out: Writable, format: TableFormat, columns: Column<R>[], rows: AsyncIterable<R>, lang: Lang, sheet: string): Promise<void> {
  return format === 'csv' ? writeCsv(out, columns, rows, lang) : writeXlsx(out, columns, rows, lang, sheet);
}

/** A list already in memory (a dashboard: tens of rows) as an async source. */
export async function* each<R>(rows: R[]): AsyncGenerator<R> {
  yield* rows;
}

/** Header translations used by more than one export. */
export const H = {
  key: { ky: 'Маани', ru: 'Значение', en: 'Value' },
  holderName: { ky: 'Ээсинин аталышы', ru: 'Наименование держателя', en: 'Holder name' },
  registryNumber: { ky: 'Реестрдеги номери', ru: 'Номер в Реестре', en: 'Registry number' },
  region: { ky: 'Аймак', ru: 'Регион', en: 'Region' },
  status: { ky: 'Абалы', ru: 'Статус', en: 'Status' },
} satisfies Record<string, Record<Lang, string>>;
