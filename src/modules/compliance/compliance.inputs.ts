// Loads what the compliance engine needs, with plain SQL and no ORM hydration (the full recompute
// reads 100,000 holders): the catalogue (requirements, act versions)
// and, per batch of holders, their arrays, systems, assessments and open violations, as on a date.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ARRAY_TABLE, columnsAs, HOLDER_TABLE, SYSTEM_TABLE } from '../../db/registry-columns.js';
import type { Catalog, HolderInputs } from '../../domain/compliance/assess-holder.js';
import type { AssessmentRecord } from '../../domain/compliance/results.js';
import type { ArrayRecord, HolderRecord, SystemRecord } from '../../domain/compliance/facts.js';
import type { DatedVersion } from '../../domain/legal/versions.js';
import { holderVersionOn, registrationStageOn, type RegistrationVersion } from '../../domain/registry/registration-history.js';
import { Requirement } from './requirement.entity.js';
import { loadViolationRecords } from './violation-records.js';

/**
 * The catalogue as loaded: requirements and act versions. It has no protection-level table on
 * purpose: that table is dated, so an assessment takes `catalogOn(em, catalog, asOf)` (the type of
 * assessHolder's catalogue requires it), never a table of some other day.
 */
export interface LoadedCatalog extends Omit<Catalog, 'protectionLevels'> {
  requirementsByCode: Map<string, Requirement>;
}

/** A catalogue with the protection-level table of one date (from `catalogOn`). */
export type DatedCatalog = LoadedCatalog & Pick<Catalog, 'protectionLevels'>;

export async function loadCatalog(em: EntityManager): Promise<LoadedCatalog> {
  const [requirements, versions] = await Promise.all([
    em.find(Requirement, {}, { orderBy: { code: 'asc' } }),
    em.execute<(DatedVersion & { code: string; status: string })[]>(
      `select a.code, v.version_date::text as "versionDate", v.in_force_from::text as "inForceFrom", v.in_force_to::text as "inForceTo", v.status
       from legal_act_version v join legal_act a on a.id = v.act_id`,
    ),
  ]);
  const versionsByAct = new Map<string, DatedVersion[]>();
  for (const v of versions) versionsByAct.set(v.code, [...(versionsByAct.get(v.code) ?? []), v]);
  return {
    requirements: requirements.map((r) => ({
      code: r.code, appliesTo: r.appliesTo, sourceAct: r.sourceActCode, rule: r.rule ?? null, validFrom: r.validFrom, validTo: r.validTo, weight: r.weight,
      // Dated citations and scenario effects (dated-citations work); rows seeded before them cite their provisions undated.
      citations: r.citations?.length ? r.citations : r.provisionCodes.map((ref) => ({ ref })), scenarioEffects: r.scenarioEffects ?? [],
    })),
    requirementsByCode: new Map(requirements.map((r) => [r.code, r])),
    versionsByAct,
  };
}

type Named = { name: string | null };

/** A system as it stood on the date, with what a GraphQL `InformationSystem` row needs besides. */
export type DatedSystem = SystemRecord & { holderId: number; name: string; version: number };

/** What the engine reads about one holder on a date, with display names of the targets. */
export type DatedHolderInputs = Omit<HolderInputs, 'systems'> & { systems: DatedSystem[]; names: Map<string, string | null> };

type HolderVersion = RegistrationVersion & Named & Omit<HolderRecord, 'id' | 'registrationStatus'> & { holderId: number; validTo: string | null };

// The facts the engine reads, from the tables' column maps (the history tables have the same data columns).
const HOLDER_FACTS = columnsAs(HOLDER_TABLE, 'h', ['kind', 'sectorKey', 'staffCount', 'registrationStatus', 'applicationSubmittedOn', 'registeredOn', 'listsApprovedOn', 'deregisteredOn']);
const ARRAY_FACTS = columnsAs(ARRAY_TABLE, 'a', ['name', 'dataCategories', 'subjectCategories', 'subjectCount', 'recipients', 'crossBorderCountries', 'media']);
const SYSTEM_FACTS = columnsAs(SYSTEM_TABLE, 's', ['name', 'isStateSystem', 'internetExposed', 'hostingCountry', 'dataCategories', 'subjectCount', 'employeesOnly', 'threatType']);

/** Rows of a history table valid on the date (`?`): from valid_from up to, not including, valid_to. */
const validOn = (alias: string) => `daterange(${alias}.valid_from, ${alias}.valid_to) @> ?::date`;

/**
 * Inputs of each holder in `holderIds` as the Registry stood on `asOf` (its history tables), in five
 * statements for any number of holders. A holder not in the Registry on that day is left out, as are
 * arrays, systems and links added after it or removed before it. The registration stage is folded
 * from the dated steps of every version (registrationStageOn), not read from the status of the day.
 */
export async function loadHolderInputs(em: EntityManager, holderIds: number[], asOf: string): Promise<Map<number, DatedHolderInputs>> {
  if (!holderIds.length) return new Map();
  const [versions, arrays, systems, assessments, violations] = await Promise.all([
    em.execute<HolderVersion[]>(
      `select h.holder_id as "holderId", h.valid_from::text as "validFrom", h.valid_to::text as "validTo",
              coalesce(h.name_ru, h.name_ky, h.name_en) as name, ${HOLDER_FACTS}
       from holder_history h where h.holder_id in (?) order by h.holder_id, h.id`,
      [holderIds],
    ),
    em.execute<(ArrayRecord & Named & { holderId: number })[]>(
      `select a.array_id as id, a.holder_id as "holderId", ${ARRAY_FACTS}
       from personal_data_array_history a where a.holder_id in (?) and ${validOn('a')} order by a.array_id`,
      [holderIds, asOf],
    ),
    em.execute<DatedSystem[]>(
      `select s.system_id as id, s.holder_id as "holderId", s.version, ${SYSTEM_FACTS},
              array(select l.personal_data_array_id from information_system_array_history l
                    where l.information_system_id = s.system_id and ${validOn('l')} order by 1) as "arrayIds"
       from information_system_history s where s.holder_id in (?) and ${validOn('s')} order by s.system_id`,
      [asOf, holderIds, asOf],
    ),
    em.execute<(AssessmentRecord & { holderId: number })[]>(
      `select a.id, r.code as "requirementCode", a.holder_id as "holderId", a.target_type as "targetType", a.target_id as "targetId",
              a.result, a.assessed_on::text as "assessedOn", a.is_self_assessment as "isSelfAssessment", a.evidence
       from requirement_assessment a join requirement r on r.id = a.requirement_id where a.holder_id in (?)`,
      [holderIds],
    ),
    loadViolationRecords(em, holderIds),
  ]);
  const byHolder = new Map<number, HolderVersion[]>();
  for (const v of versions) (byHolder.get(v.holderId) ?? byHolder.set(v.holderId, []).get(v.holderId)!).push(v);
  const result = new Map<number, DatedHolderInputs>();
  for (const [id, all] of byHolder) {
    const v = holderVersionOn(all, asOf);
    if (!v) continue;
    const holder: HolderRecord = { id, kind: v.kind, registrationStatus: registrationStageOn(all, asOf), sectorKey: v.sectorKey, staffCount: v.staffCount };
    result.set(id, { holder, arrays: [], systems: [], assessments: [], violations: violations.get(id) ?? [], names: new Map([[`HOLDER:${id}`, v.name]]) });
  }
  for (const a of arrays) {
    const r = result.get(a.holderId);
    r?.arrays.push(a);
    r?.names.set(`ARRAY:${a.id}`, a.name);
  }
  for (const s of systems) {
    const r = result.get(s.holderId);
    r?.systems.push({ ...s, arrayIds: s.arrayIds.map(Number) });
    r?.names.set(`SYSTEM:${s.id}`, s.name);
  }
  for (const a of assessments) result.get(a.holderId)?.assessments.push(a);
  return result;
}
