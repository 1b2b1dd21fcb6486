// The holders list: filters that dashboards and analysts need, keyset-paged on (sort key, id) so a
// deep page costs the same as the first (no OFFSET), with the COUNT run only when asked for.
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeePersonalData, type Viewer } from '../../domain/access/roles.js';
import { HOLDER_KINDS, inspectionTrackOf, tinIsPersonalData } from '../../domain/registry/holder-kind.js';
import { AppError } from '../../errors.js';
import { readPage, toConnection, type PageArgs } from '../../graphql/pagination.js';
import { loadVocabulary } from '../taxonomy/vocabulary.js';
import { Holder } from './holder.entity.js';
import type { HolderFilter, HolderOrder } from './holder.types.js';

const SORT_COLUMNS = { NAME: ['sort_name', 'sortName'], TIN: ['tin', 'tin'], CREATED: ['id', 'id'] } as const;

/** Holder fields served by LEAN_COLUMNS: a page selecting no others reads only these columns. */
export const LEAN_HOLDER_FIELDS: ReadonlySet<string> = new Set([
  '__typename', 'id', 'tin', 'name', 'names', 'kind', 'inspectionTrack', 'registryNumber', 'registrationStatus',
  'regionCode', 'region', 'version', 'personalDataArrays', 'violations', 'compliance', 'riskDegree', 'informationSystems',
]);
const LEAN_COLUMNS = ['id', 'tin', 'kind', 'nameKy', 'nameRu', 'nameEn', 'registryNumber', 'registrationStatus', 'regionCode', 'sortName', 'version'];
const NAMES = `(coalesce(h.name_ky, '') || ' ' || coalesce(h.name_ru, '') || ' ' || coalesce(h.name_en, ''))`;
const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type Condition = [sql: string, params: unknown[]];

/** The Agency and analysts/partners see Registry details; PUBLIC and HOLDER keys only the public view. */
const SEES_DETAILS = new Set(['ADMIN', 'INSPECTOR', 'ANALYST', 'PARTNER']);
const isAgency = (v: Viewer) => v.role === 'ADMIN' || v.role === 'INSPECTOR';

/** Filters on fields a viewer cannot see would reveal them: refuse them, naming the filter. */
function assertFilterAllowed(viewer: Viewer, f: HolderFilter): void {
  if (SEES_DETAILS.has(viewer.role)) return;
  for (const key of ['sectorKeys', 'processesSpecialCategories', 'plansCrossBorderTransfer'] as const) {
    if (f[key] != null) throw new AppError('FORBIDDEN', `filter.${key} needs a role that sees Registry details`, { field: `filter.${key}` });
  }
}

async function conditionsOf(em: EntityManager, viewer: Viewer, f: HolderFilter): Promise<Condition[]> {
  assertFilterAllowed(viewer, f);
  const c: Condition[] = [];
  if (f.kinds?.length) c.push(['h.kind in (?)', [f.kinds]]);
  if (f.inspectionTrack) c.push(['h.kind in (?)', [HOLDER_KINDS.filter((k) => inspectionTrackOf(k) === f.inspectionTrack)]]);
  if (f.regionCodes?.length) c.push(['h.region_code in (?)', [f.regionCodes]]);
  if (f.registrationStatuses?.length) c.push(['h.registration_status in (?)', [f.registrationStatuses]]);
  if (f.sectorKeys?.length) {
    // A sector includes its sub-sectors: `finance` matches `finance.banking`.
    c.push([`(${f.sectorKeys.map(() => '(h.sector_key = ? or h.sector_key like ?)').join(' or ')})`, f.sectorKeys.flatMap((k) => [k, `${k}.%`])]);
  }
  const search = f.search?.trim();
  // An entrepreneur's TIN is personal data: only the Agency may find one by it.
  const tinMatch = isAgency(viewer) ? 'h.tin = ?' : "(h.tin = ? and h.kind <> 'INDIVIDUAL_ENTREPRENEUR')";
  if (search) c.push([`(${NAMES} ilike ? or ${tinMatch} or h.registry_number = ?)`, [likePattern(search), search, search]]);
  if (f.processesSpecialCategories != null) {
    const vocab = await loadVocabulary(em);
    const special = [...vocab.dataCategory].filter((k) => k === 'special' || k.startsWith('special.') || k === 'biometric' || k.startsWith('biometric.'));
    c.push([`${f.processesSpecialCategories ? '' : 'not '}exists (select 1 from personal_data_array a where a.holder_id = h.id and a.data_categories && array[?]::text[])`, [special]]);
  }
  if (f.plansCrossBorderTransfer != null) {
    c.push([`${f.plansCrossBorderTransfer ? '' : 'not '}exists (select 1 from personal_data_array a where a.holder_id = h.id and cardinality(a.cross_border_countries) > 0)`, []]);
  }
  return c;
}

/** `holders`: filtered, ordered, keyset-paged. */
export async function listHolders(
  em: EntityManager,
  viewer: Viewer,
  filter: HolderFilter | null | undefined,
  order: HolderOrder | null | undefined,
  args: PageArgs,
  lean = false,
) {
  const page = readPage<[string | number, number]>(args, 2);
  const field = order?.field ?? 'NAME';
  // TIN cursors would carry entrepreneurs' TINs: that ordering is for the Agency only.
  if (field === 'TIN' && !isAgency(viewer)) throw new AppError('FORBIDDEN', 'ordering by TIN is for ADMIN and INSPECTOR', { field: 'orderBy.field' });
  const desc = order?.direction === 'DESC';
  const [column, property] = SORT_COLUMNS[field];
  if (page.after && (typeof page.after[1] !== 'number' || typeof page.after[0] !== (field === 'CREATED' ? 'number' : 'string'))) {
    throw AppError.badInput('after', 'is not a cursor of this ordering');
  }
  const conditions = await conditionsOf(em, viewer, filter ?? {});
  const base = () => {
    const qb = em.createQueryBuilder(Holder, 'h');
    for (const [sql, params] of conditions) qb.andWhere(sql, params);
    return qb;
  };
  const qb = base();
  if (lean) qb.select(LEAN_COLUMNS as never);
  if (page.after) qb.andWhere(`(h.${column}, h.id) ${desc ? '<' : '>'} (?, ?)`, [page.after[0], page.after[1]]);
  const dir = desc ? 'desc' : 'asc';
  // Plain rows in the entity's property shape (no hydration): the list is the hottest read path.
  const rows = await qb.orderBy([{ [property]: dir }, { id: dir }] as never).limit(page.limit + 1).execute<Holder[]>('all', true);
  return toConnection(rows, page, (h) => [h[property as keyof Holder] as string | number, h.id], () => base().getCount());
}

/** `holder(tin:)`: an entrepreneur found by TIN only by those who may see that TIN. */
export async function holderByTin(loaders: { holderByTin: { load(tin: string): Promise<Holder | null> } }, viewer: Viewer, tin: string): Promise<Holder | null> {
  const h = await loaders.holderByTin.load(tin);
  return h && tinIsPersonalData(h.kind) && !canSeePersonalData(viewer, h.id) ? null : h;
}
