// Use cases of the legal-act graph that are more than a loader call: the filtered, keyset-paged list.
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { likePattern } from '../../db/like.js';
import { AppError } from '../../errors.js';
import { readPage, toConnection, type PageArgs } from '../../graphql/pagination.js';
import { assertActCode, assertProvisionCode } from './legal-act.codes.js';
import { RelationType } from './legal-act.enums.js';
import { LegalAct } from './legal-act.entity.js';
import { LegalRelation } from './legal-relation.entity.js';
import { Provision } from './provision.entity.js';
import type { LegalActFilter } from './legal-act.types.js';


async function actsBasedOn(em: EntityManager, code: string): Promise<number[]> {
  const field = 'filter.basedOn';
  const isProvision = code.includes('#');
  if (isProvision) assertProvisionCode(code, field);
  else assertActCode(code, field);
  const target = isProvision ? await em.findOne(Provision, { code }) : await em.findOne(LegalAct, { code });
  if (!target) throw AppError.notFound(field, `${field}: no act or provision ${code}`, { key: code });
  const edges = await em.find(
    LegalRelation,
    isProvision ? { type: RelationType.BASED_ON, targetProvision: target.id } : { type: RelationType.BASED_ON, targetAct: target.id },
    { fields: ['sourceAct'] },
  );
  return edges.map((e) => e.sourceAct.id);
}

/** SQL of "this version is in force on the day" (the `?` twice): versionInForceOn's interval rule. */
export const versionInForceSql = (alias: string) => `${alias}.in_force_from <= ? and (${alias}.in_force_to is null or ${alias}.in_force_to > ?)`;

/**
 * A what-if scenario names known acts: each code well-formed (BAD_USER_INPUT) and loaded (NOT_FOUND),
 * naming `scenario[i]`. Through the acts' loader (the request's, or one made for a command).
 */
export async function assertScenarioActs(acts: { loadMany(codes: readonly string[]): Promise<(LegalAct | null | Error)[]> }, scenario: string[]): Promise<void> {
  scenario.forEach((code, i) => assertActCode(code, `scenario[${i}]`));
  (await acts.loadMany(scenario)).forEach((a, i) => {
    if (!a || a instanceof Error) throw AppError.notFound(`scenario[${i}]`, `scenario[${i}]: no act ${scenario[i]}`);
  });
}

/** Acts with a version matching `condition` (the version rows are the act's expressions; a few per act). */
async function actsWithVersion(em: EntityManager, condition: string, params: unknown[]): Promise<number[]> {
  return (await em.execute<{ act_id: number }[]>(`select distinct act_id from legal_act_version where ${condition}`, params)).map((r) => r.act_id);
}

async function whereOf(em: EntityManager, filter: LegalActFilter): Promise<FilterQuery<LegalAct>> {
  const and: FilterQuery<LegalAct>[] = [];
  if (filter.types?.length) and.push({ type: { $in: filter.types } });
  if (filter.statuses?.length) and.push({ currentStatus: { $in: filter.statuses } });
  if (filter.inForceOn) {
    const d = filter.inForceOn;
    and.push({ id: { $in: await actsWithVersion(em, versionInForceSql('legal_act_version'), [d, d]) } });
  }
  const search = filter.search?.trim();
  if (search) {
    const like = likePattern(search);
    and.push({
      $or: [
        { code: { $ilike: like } },
        { number: { $ilike: like } },
        { id: { $in: await actsWithVersion(em, "titles->>'ky' ilike ? or titles->>'ru' ilike ? or titles->>'en' ilike ?", [like, like, like]) } },
      ],
    });
  }
  if (filter.basedOn) and.push({ id: { $in: await actsBasedOn(em, filter.basedOn) } });
  return and.length ? { $and: and } : {};
}

/** `legalActs`: acts matching the filter, ordered by code, keyset-paged on the code. */
export async function listLegalActs(em: EntityManager, filter: LegalActFilter | null | undefined, args: PageArgs) {
  const page = readPage<[string]>(args, 1);
  if (page.after && typeof page.after[0] !== 'string') throw AppError.badInput('after', 'is not a legal-act cursor');
  const where = await whereOf(em, filter ?? {});
  const paged: FilterQuery<LegalAct> = page.after ? { $and: [where, { code: { $gt: page.after[0] } }] } : where;
  const rows = await em.find(LegalAct, paged, { orderBy: { code: 'asc' }, limit: page.limit + 1 });
  return toConnection(rows, page, (a) => [a.code], () => em.count(LegalAct, where));
}
