// Batch loaders of the legal-act graph: one SQL statement per relation per request, whatever the page size.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LegalAct } from '../modules/legal-act/legal-act.entity.js';
import { LegalActVersion } from '../modules/legal-act/legal-act-version.entity.js';
import { LegalRelation } from '../modules/legal-act/legal-relation.entity.js';
import { Provision } from '../modules/legal-act/provision.entity.js';
import { ProvisionText } from '../modules/legal-act/provision-text.entity.js';
import { loader, manyByKey, oneByKey } from './batch.js';

const RELATION_ENDS = ['sourceAct', 'targetAct', 'sourceProvision', 'targetProvision'] as const;

export function createLegalActLoaders(em: EntityManager) {
  return {
    legalActById: loader<number, LegalAct | null>(async (ids) =>
      oneByKey(ids, await em.find(LegalAct, { id: { $in: [...ids] } }), (a) => a.id),
    ),
    legalActByCode: loader<string, LegalAct | null>(async (codes) =>
      oneByKey(codes, await em.find(LegalAct, { code: { $in: [...codes] } }), (a) => a.code),
    ),
    versionsByAct: loader<number, LegalActVersion[]>(async (ids) =>
      manyByKey(
        ids,
        await em.find(LegalActVersion, { act: { $in: [...ids] } }, { orderBy: { versionDate: 'asc' } }),
        (v) => v.act.id,
      ),
    ),
    versionById: loader<number, LegalActVersion | null>(async (ids) =>
      oneByKey(ids, await em.find(LegalActVersion, { id: { $in: [...ids] } }), (v) => v.id),
    ),
    provisionsByAct: loader<number, Provision[]>(async (ids) =>
      manyByKey(ids, await em.find(Provision, { act: { $in: [...ids] } }, { orderBy: { position: 'asc' } }), (p) => p.act.id),
    ),
    provisionsByParent: loader<number, Provision[]>(async (ids) =>
      manyByKey(ids, await em.find(Provision, { parent: { $in: [...ids] } }, { orderBy: { position: 'asc' } }), (p) => p.parent!.id),
    ),
    provisionById: loader<number, Provision | null>(async (ids) =>
      oneByKey(ids, await em.find(Provision, { id: { $in: [...ids] } }), (p) => p.id),
    ),
    /** Every wording of a provision: each version and language (a handful per provision). */
    textsByProvision: loader<number, ProvisionText[]>(async (ids) =>
      manyByKey(ids, await em.find(ProvisionText, { provision: { $in: [...ids] } }, { orderBy: { id: 'asc' } }), (t) => t.provision.id),
    ),
    provisionByCode: loader<string, Provision | null>(async (codes) =>
      oneByKey(codes, await em.find(Provision, { code: { $in: [...codes] } }), (p) => p.code),
    ),
    /** Edges touching an act in either direction, with both ends joined in the same statement. */
    relationsByAct: loader<number, LegalRelation[]>(async (ids) =>
      manyByKey(
        ids,
        await em.find(
          LegalRelation,
          { $or: [{ sourceAct: { $in: [...ids] } }, { targetAct: { $in: [...ids] } }] },
          { populate: RELATION_ENDS, orderBy: { id: 'asc' } },
        ),
        (r) => [r.sourceAct.id, r.targetAct.id],
      ),
    ),
    /** Edges whose target is a given provision. */
    relationsByTargetProvision: loader<number, LegalRelation[]>(async (ids) =>
      manyByKey(
        ids,
        await em.find(LegalRelation, { targetProvision: { $in: [...ids] } }, { populate: RELATION_ENDS, orderBy: { id: 'asc' } }),
        (r) => r.targetProvision!.id,
      ),
    ),
  };
}
