// The public Registry as open data: Res. No. 638 has the Registry of holders kept and published.
// GET /open-data/registry.csv and /open-data/registry.json (open-data.route.ts, no key needed) and
// `npm run export -- registry`: only what the API shows
// PUBLIC (names, registry number, kind, region, registration stage, arrays' names and purposes,
// an organisation's TIN; never an entrepreneur's TIN, which is personal data, nor any person).
// Read in one snapshot (snapshot.ts), so `asOf` is one moment for every row.
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HOLDER_KINDS, tinIsPersonalData, type HolderKindValue } from '../domain/registry/holder-kind.js';
import { walk } from '../graphql/keyset.js';
import { CONTENT_TYPES, H, put, writeTable, type Column, type Lang } from './table.js';
import { inSnapshot } from './snapshot.js';
import type { MikroORM } from '@mikro-orm/postgresql';

interface PublicHolder {
  id: number;
  registryNumber: string | null;
  tin: string | null;
  nameKy: string | null;
  nameRu: string | null;
  nameEn: string | null;
  kind: HolderKindValue;
  regionCode: string | null;
  registrationStatus: string;
  arrays: { name: string; purposes: string[] }[];
}

const PERSONAL_TIN = HOLDER_KINDS.filter(tinIsPersonalData);

const SELECT = `select h.id, h.registry_number as "registryNumber",
    case when h.kind::text in (${PERSONAL_TIN.map((k) => `'${k}'`).join(', ')}) then null else h.tin end as tin,
    h.name_ky as "nameKy", h.name_ru as "nameRu", h.name_en as "nameEn", h.kind, h.region_code as "regionCode",
    h.registration_status as "registrationStatus",
    coalesce((select json_agg(json_build_object('name', a.name, 'purposes', a.purposes) order by a.id) from personal_data_array a where a.holder_id = h.id), '[]') as arrays
  from holder h`;

const COLUMNS: Column<PublicHolder>[] = [
  { header: H.registryNumber, value: (h) => h.registryNumber },
  { header: { ky: 'СТН', ru: 'ИНН', en: 'TIN' }, value: (h) => h.tin },
  { header: { ky: 'Аталышы (кыргызча)', ru: 'Наименование (кырг.)', en: 'Name (Kyrgyz)' }, value: (h) => h.nameKy },
  { header: { ky: 'Аталышы (орусча)', ru: 'Наименование (рус.)', en: 'Name (Russian)' }, value: (h) => h.nameRu },
  { header: { ky: 'Аталышы (англисче)', ru: 'Наименование (англ.)', en: 'Name (English)' }, value: (h) => h.nameEn },
  { header: { ky: 'Түрү', ru: 'Вид', en: 'Kind' }, value: (h) => h.kind },
  { header: H.region, value: (h) => h.regionCode },
  { header: { ky: 'Каттоо абалы', ru: 'Стадия регистрации', en: 'Registration status' }, value: (h) => h.registrationStatus },
  { header: { ky: 'Массивдер жана максаттары', ru: 'Массивы и цели обработки', en: 'Arrays and purposes' }, value: (h) => h.arrays.map((a) => `${a.name}: ${a.purposes.join(', ')}`).join(' | ') },
];

const rowsOf = (em: EntityManager) => walk<PublicHolder>(em, { select: SELECT, idColumn: 'h.id', conditions: [] });

async function writeJson(out: Writable, rows: AsyncIterable<PublicHolder>, meta: Record<string, string>): Promise<void> {
  const write = (s: string) => put(out, s);
  await write(`${JSON.stringify(meta).slice(0, -1)},"holders":[`);
  let first = true;
  for await (const { id: _id, ...h } of rows) {
    await write(`${first ? '' : ','}\n${JSON.stringify(h)}`);
    first = false;
  }
  out.end('\n]}\n');
  await finished(out);
}

export const OPEN_DATA_FORMATS = ['csv', 'json'] as const;
export type OpenDataFormat = (typeof OPEN_DATA_FORMATS)[number];

export interface OpenDataHead {
  asOf: string;
  contentType: string;
  fileName: string;
}

/** Writes the public Registry to `out`; `head` is called with the snapshot's facts before the first byte. */
export async function writeOpenData(
  orm: MikroORM,
  out: Writable,
  format: OpenDataFormat,
  lang: Lang,
  head: (h: OpenDataHead) => void = () => {},
  /** Wraps the rows as they are written (the operator command counts them on its progress bar). */
  watch: <R>(rows: AsyncIterable<R>, em: EntityManager) => AsyncIterable<R> = (rows) => rows,
): Promise<void> {
  await inSnapshot(orm, async (em, asOf) => {
    head({ asOf, contentType: format === 'csv' ? CONTENT_TYPES.csv : 'application/json; charset=utf-8', fileName: `registry-${asOf.slice(0, 10)}.${format}` });
    const meta = {
      title: 'Реестр держателей (обладателей) массивов персональных данных / Registry of holders of personal-data arrays',
      basis: 'kg/cabinet-resolution/2022/638',
      publishedAt: new Date().toISOString(),
      asOf,
      license: 'public Registry data (Res. No. 638 of 2022)',
    };
    const rows = watch(rowsOf(em), em);
    if (format === 'csv') await writeTable(out, 'csv', COLUMNS, rows, lang, 'registry');
    else await writeJson(out, rows, meta);
  });
}
