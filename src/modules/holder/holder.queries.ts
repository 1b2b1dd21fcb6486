// The holders list: filters that dashboards and analysts need, keyset-paged on (sort key, id) so a
// deep page costs the same as the first (no OFFSET), with the COUNT run only when asked for.
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeePersonalData, isAgency, seesAllRegistryDetails, type Viewer } from '../../domain/access/roles.js';
import { HOLDER_KINDS, inspectionTrackOf, tinIsPersonalData } from '../../domain/registry/holder-kind.js';
import { likePattern, prefixPattern } from '../../db/like.js';
import { AppError } from '../../errors.js';
import { readPage, toConnection, type PageArgs } from '../../graphql/pagination.js';
import { loadVocabulary } from '../taxonomy/vocabulary.js';
import type { Holder } from './holder.entity.js';
import type { HolderFilter, HolderOrder } from './holder.types.js';
import type { SelectionTree } from '../../graphql/selection.js';
import type { ReadScope } from '../../loaders/read-scope.js';
import { HOLDER_TABLE, selectList } from '../../db/registry-columns.js';
import { compileHolderSelection, decodeHolderRow } from './registry-page.js';
import { queryPrepared } from '../../db/prepared.js';

const SORT_COLUMNS = { NAME: ['sort_name', 'sortName'], TIN: ['tin', 'tin'], CREATED: ['id', 'id'] } as const;

const NAMES = `(coalesce(h.name_ky, '') || ' ' || coalesce(h.name_ru, '') || ' ' || coalesce(h.name_en, ''))`;

type Condition = [sql: string, params: unknown[]];


/** Filters on fields a viewer cannot see would reveal them: refuse them, naming the filter. */
function assertFilterAllowed(viewer: Viewer, f: HolderFilter): void {
  if (seesAllRegistryDetails(viewer)) return;
  for (const key of ['sectorKeys', 'processesSpecialCategories', 'plansCrossBorderTransfer'] as const) {
    if (f[key] != null) throw new AppError('FORBIDDEN', `filter.${key} needs a role that sees Registry details`, { field: `filter.${key}` });
  }
}

async function conditionsOf(em: () => EntityManager, viewer: Viewer, f: HolderFilter): Promise<Condition[]> {
  assertFilterAllowed(viewer, f);
  const c: Condition[] = [];
  if (f.kinds?.length) c.push(['h.kind in (?)', [f.kinds]]);
  if (f.inspectionTrack) c.push(['h.kind in (?)', [HOLDER_KINDS.filter((k) => inspectionTrackOf(k) === f.inspectionTrack)]]);
  if (f.regionCodes?.length) c.push(['h.region_code in (?)', [f.regionCodes]]);
  if (f.registrationStatuses?.length) c.push(['h.registration_status in (?)', [f.registrationStatuses]]);
  if (f.sectorKeys?.length) {
    // A sector includes its sub-sectors: `finance` matches `finance.banking`.
    c.push([`(${f.sectorKeys.map(() => '(h.sector_key = ? or h.sector_key like ?)').join(' or ')})`, f.sectorKeys.flatMap((k) => [k, prefixPattern(`${k}.`)])]);
  }
  const search = f.search?.trim();
  if (search) {
    // An entrepreneur's TIN is personal data: found by it only by those who may see it.
    const [tinMatch, tinParams] = tinSearchCondition(viewer, search);
    c.push([`(${NAMES} ilike ? or ${tinMatch} or h.registry_number = ?)`, [likePattern(search), ...tinParams, search]]);
  }
  if (f.processesSpecialCategories != null) {
    const vocab = await loadVocabulary(em());
    const special = [...vocab.dataCategory].filter((k) => k === 'special' || k.startsWith('special.') || k === 'biometric' || k.startsWith('biometric.'));
    c.push([`${f.processesSpecialCategories ? '' : 'not '}exists (select 1 from personal_data_array a where a.holder_id = h.id and a.data_categories && array[?]::text[])`, [special]]);
  }
  if (f.plansCrossBorderTransfer != null) {
    c.push([`${f.plansCrossBorderTransfer ? '' : 'not '}exists (select 1 from personal_data_array a where a.holder_id = h.id and cardinality(a.cross_border_countries) > 0)`, []]);
  }
  return c;
}

/** `holders`: filtered, ordered, keyset-paged, in one statement for the selection (registry-page.ts). */
export async function listHolders(
  ctx: Pick<ReadScope, 'em' | 'reader' | 'viewer'>,
  filter: HolderFilter | null | undefined,
  order: HolderOrder | null | undefined,
  args: PageArgs,
  selection: SelectionTree,
) {
  const viewer = ctx.viewer;
  const page = readPage<[string | number, number]>(args, 2);
  const field = order?.field ?? 'NAME';
  // TIN cursors would carry entrepreneurs' TINs: that ordering is for the Agency only.
  if (field === 'TIN' && !isAgency(viewer)) throw new AppError('FORBIDDEN', 'ordering by TIN is for ADMIN and INSPECTOR', { field: 'orderBy.field' });
  const desc = order?.direction === 'DESC';
  const [column, property] = SORT_COLUMNS[field];
  if (page.after && (typeof page.after[1] !== 'number' || typeof page.after[0] !== (field === 'CREATED' ? 'number' : 'string'))) {
    throw AppError.badInput('after', 'is not a cursor of this ordering');
  }
  const conditions = await conditionsOf(() => ctx.em, viewer, filter ?? {});
  // By id alone when the order is by id: a plain range on the primary key.
  if (page.after) conditions.push(column === 'id' ? [`h.id ${desc ? '<' : '>'} ?`, [page.after[1]]] : [`(h.${column}, h.id) ${desc ? '<' : '>'} (?, ?)`, [page.after[0], page.after[1]]]);
  const where = conditions.length ? `where ${conditions.map(([sql]) => sql).join(' and ')}` : '';
  const params = conditions.flatMap(([, p]) => p);
  const { props, relations } = compileHolderSelection(selection, 'h');
  const dir = desc ? 'desc' : 'asc';
  const columns = [selectList(HOLDER_TABLE, 'h', field === 'TIN' ? [...props, 'tin'] : props), ...(field === 'NAME' ? ['h.sort_name as "sortName"'] : [])];
  // Plain rows in the entity's property shape, no hydration: the list is the hottest read path.
  const rows = await queryPrepared<Holder & { sortName: string }>(
    ctx.reader,
    `select ${[...columns, ...relations.map((r, i) => `${r.sql} as r${i}`)].join(', ')}
     from holder h ${where} order by ${column === 'id' ? '' : `h.${column} ${dir}, `}h.id ${dir} limit ?`,
    [...params, page.limit + 1],
  );
  for (const row of rows) decodeHolderRow(row, relations);
  // The count runs without the keyset condition: it counts the whole filter, not what is left.
  const filterOnly = conditions.slice(0, page.after ? -1 : undefined);
  const count = async () => {
    const [row] = await ctx.em.execute<{ n: string }[]>(
      `select count(*) as n from holder h ${filterOnly.length ? `where ${filterOnly.map(([sql]) => sql).join(' and ')}` : ''}`,
      filterOnly.flatMap(([, p]) => p),
    );
    return Number(row!.n);
  };
  return toConnection(rows, page, (h) => [h[property as keyof typeof h] as string | number, h.id], count);
}

/**
 * A holder by TIN as this viewer may know it. An entrepreneur's TIN is personal data: to a viewer
 * who may not see it, that holder is exactly as unknown as a TIN nobody has (null), so no answer
 * confirms the TIN. Every path that takes a TIN goes through here: `holder(tin:)`, `_entities`,
 * `obligations`, `complianceStatus`, `obligationsDiff`; the `holders` search uses tinSearchCondition.
 */
export async function holderByTin(loaders: { holderByTin: { load(tin: string): Promise<Holder | null> } }, viewer: Viewer, tin: string): Promise<Holder | null> {
  const h = await loaders.holderByTin.load(tin);
  return h && tinIsPersonalData(h.kind) && !canSeePersonalData(viewer, h.id) ? null : h;
}

const PERSONAL_TIN_KINDS = HOLDER_KINDS.filter(tinIsPersonalData);

/** holderByTin's rule as SQL over `h`: the TIN matches only where the viewer may see that TIN. */
function tinSearchCondition(viewer: Viewer, tin: string): Condition {
  if (isAgency(viewer)) return ['h.tin = ?', [tin]];
  const own = viewer.role === 'HOLDER' && viewer.holderId !== null ? [viewer.holderId] : [];
  return [`(h.tin = ? and (h.kind not in (?)${own.length ? ' or h.id = ?' : ''}))`, [tin, PERSONAL_TIN_KINDS, ...own]];
}
