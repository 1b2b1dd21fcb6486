// The violations list (and the filter its dashboard and export share): who may list which
// violations follows `Holder.violations` exactly: the Agency, analysts and partners every holder's,
// a HOLDER key its own only, PUBLIC none (src/domain/access/roles.ts, canSeeRegistryDetails).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, InputType } from 'type-graphql';
import { seesAllRegistryDetails, type Viewer } from '../../domain/access/roles.js';
import { AppError } from '../../errors.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { bounded, holderScope, keysetPage, type Condition, type KeysetQuery } from '../../graphql/keyset.js';
import { prefixPattern } from '../../db/like.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { HolderKind } from '../holder/holder.enums.js';
import { keyOf } from '../holder/holder.lookup.js';
import { Violation } from './violation.entity.js';
import { ViolationStatus } from './violation.enums.js';

@InputType({ description: 'Filter for `violations` and `violationBreakdown`; all given conditions must hold.' })
export class ViolationFilter {
  @Field(() => [String], { nullable: true, description: 'Offence articles: a whole article (`kg/code/2021/128#art_413-3`) matches each of its parts.' })
  articleCodes?: string[] | null;

  @Field(() => [ViolationStatus], { nullable: true, description: 'Any of these statuses.' })
  statuses?: ViolationStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Holder in any of these regions (ISO 3166-2:KG).' })
  regionCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Holder in any of these sectors (a sector includes its sub-sectors).' })
  sectorKeys?: string[] | null;

  @Field(() => [HolderKind], { nullable: true, description: 'Holder of any of these kinds.' })
  kinds?: HolderKind[] | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of one holder.' })
  holderId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Detected on or after.' })
  detectedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Detected on or before.' })
  detectedTo?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'A penalty decided on or after.' })
  decidedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'A penalty decided on or before.' })
  decidedTo?: string | null;
}

/** Violations `v` joined to their holder `h`. */
export const VIOLATIONS_FROM = 'from violation v join holder h on h.id = v.holder_id';

/** The viewer's scope and the filter as SQL over `v` and `h`; FORBIDDEN for PUBLIC. */
export function violationConditions(viewer: Viewer, f: ViolationFilter, field = 'filter'): Condition[] {
  const c = holderScope(viewer, seesAllRegistryDetails(viewer), 'v.holder_id', 'violations', 'violations are for the Agency, analysts, partners and the holder itself');
  const articles = bounded(f.articleCodes, `${field}.articleCodes`);
  if (articles.length) {
    // A whole article (`…#art_413-3`) matches each of its parts (`…#art_413-3__part_1`).
    c.push([`(${articles.map(() => '(v.offence_article_code = ? or v.offence_article_code like ?)').join(' or ')})`, articles.flatMap((a) => [a, prefixPattern(`${a}__`)])]);
  }
  const statuses = bounded(f.statuses, `${field}.statuses`);
  if (statuses.length) c.push(['v.status in (?)', [statuses]]);
  const regions = bounded(f.regionCodes, `${field}.regionCodes`);
  if (regions.length) c.push(['h.region_code in (?)', [regions]]);
  const sectors = bounded(f.sectorKeys, `${field}.sectorKeys`);
  if (sectors.length) c.push([`(${sectors.map(() => '(h.sector_key = ? or h.sector_key like ?)').join(' or ')})`, sectors.flatMap((k) => [k, prefixPattern(`${k}.`)])]);
  const kinds = bounded(f.kinds, `${field}.kinds`);
  if (kinds.length) c.push(['h.kind in (?)', [kinds]]);
  if (f.holderId) c.push(['v.holder_id = ?', [keyOf(f.holderId, 'Holder', `${field}.holderId`)]]);
  if (f.detectedFrom) c.push(['v.detected_on >= ?', [f.detectedFrom]]);
  if (f.detectedTo) c.push(['v.detected_on <= ?', [f.detectedTo]]);
  if (f.detectedFrom && f.detectedTo && f.detectedTo < f.detectedFrom) throw AppError.badInput(`${field}.detectedTo`, 'must not be before detectedFrom');
  if (f.decidedFrom || f.decidedTo) {
    const on = [f.decidedFrom ? 'd.decided_on >= ?' : '', f.decidedTo ? 'd.decided_on <= ?' : ''].filter(Boolean).join(' and ');
    c.push([`exists (select 1 from penalty_decision d where d.violation_id = v.id and ${on})`, [f.decidedFrom, f.decidedTo].filter(Boolean)]);
  }
  return c;
}

export function violationQuery(viewer: Viewer, f: ViolationFilter | null | undefined): KeysetQuery {
  return { select: `select v.* ${VIOLATIONS_FROM}`, idColumn: 'v.id', conditions: violationConditions(viewer, f ?? {}) };
}

/** `violations`: newest recorded first, keyset-paged, as entities (one statement per page). */
export function listViolations(em: EntityManager, viewer: Viewer, f: ViolationFilter | null | undefined, args: PageArgs) {
  return keysetPage(em, violationQuery(viewer, f), VIOLATIONS_FROM, args, (rows: Record<string, unknown>[]) =>
    rows.map((r) => em.map(Violation, r) as Violation),
  );
}
