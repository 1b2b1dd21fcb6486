// Tables out of the hub as CSV (csv-stringify) or XLSX (exceljs' streaming writer), row by row
// from an async source, so an export of 100,000 rows holds one batch in memory, never the file.
// Column headers in the requested language (ky, ru, en).
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
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

/** Writes `rows` to `out` as CSV: a BOM (spreadsheets then read the Cyrillic as UTF-8), headers, rows. */
async function writeCsv<R>(out: Writable, columns: Column<R>[], rows: AsyncIterable<R>, lang: Lang): Promise<void> {
  const csv = stringify({ header: true, columns: columns.map((c, i) => ({ key: String(i), header: c.header[lang] })), bom: true, cast: { boolean: (b) => (b ? 'true' : 'false') } });
  csv.pipe(out);
  for await (const row of rows) {
    if (!csv.write(columns.map((c) => c.value(row)))) await once(csv, 'drain');
  }
  csv.end();
  await once(out, 'finish');
}

/** Writes `rows` to `out` as one XLSX sheet, each row committed (flushed) as it is added. */
async function writeXlsx<R>(out: Writable, columns: Column<R>[], rows: AsyncIterable<R>, lang: Lang, sheet: string): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const ws = book.addWorksheet(sheet.slice(0, 31));
  ws.addRow(columns.map((c) => c.header[lang])).commit();
  for await (const row of rows) ws.addRow(columns.map((c) => c.value(row))).commit();
  ws.commit();
  await book.commit();
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
