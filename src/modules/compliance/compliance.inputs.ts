// Loads what the compliance engine needs, with plain SQL and no ORM hydration (the full recompute
// reads 100,000 holders): the catalogue (requirements, act versions, the protection-level table)
// and, per batch of holders, their arrays, systems, assessments and open violations.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Catalog, HolderInputs } from '../../domain/compliance/assess-holder.js';
import type { AssessmentRecord } from '../../domain/compliance/results.js';
import type { ArrayRecord, HolderRecord, SystemRecord } from '../../domain/compliance/facts.js';
import type { DatedVersion } from '../../domain/legal/versions.js';
import type { RuleTable } from '../../domain/rules/rule-table.js';
import { Requirement } from './requirement.entity.js';
import { RuleTableRecord } from './rule-table.entity.js';
import { loadViolationRecords } from './violation-records.js';

export interface LoadedCatalog extends Catalog {
  requirementsByCode: Map<string, Requirement>;
  protectionTable: RuleTableRecord | null;
}

export async function loadCatalog(em: EntityManager): Promise<LoadedCatalog> {
  const [requirements, versions, tables] = await Promise.all([
    em.find(Requirement, {}, { orderBy: { code: 'asc' } }),
    em.execute<(DatedVersion & { code: string; status: string })[]>(
      `select a.code, v.version_date::text as "versionDate", v.in_force_from::text as "inForceFrom", v.in_force_to::text as "inForceTo", v.status
       from legal_act_version v join legal_act a on a.id = v.act_id`,
    ),
    em.find(RuleTableRecord, { kind: 'PROTECTION_LEVEL' }, { orderBy: { id: 'asc' } }),
  ]);
  const versionsByAct = new Map<string, DatedVersion[]>();
  for (const v of versions) versionsByAct.set(v.code, [...(versionsByAct.get(v.code) ?? []), v]);
  const table = tables[0] ?? null;
  const protectionLevels: RuleTable<number | null> = table
    ? { code: table.code, default: table.defaultResult as number, rows: table.rows as RuleTable<number>['rows'] }
    : { code: 'no-protection-level-table', default: null, rows: [] };
  return {
    requirements: requirements.map((r) => ({
      code: r.code, appliesTo: r.appliesTo, sourceAct: r.sourceActCode, rule: r.rule ?? null, validFrom: r.validFrom, validTo: r.validTo, weight: r.weight,
      // Dated citations and scenario effects (dated-citations work); rows seeded before them cite their provisions undated.
      citations: r.citations?.length ? r.citations : r.provisionCodes.map((ref) => ({ ref })), scenarioEffects: r.scenarioEffects ?? [],
    })),
    requirementsByCode: new Map(requirements.map((r) => [r.code, r])),
    versionsByAct,
    protectionLevels,
    protectionTable: table,
  };
}

type Named = { name: string | null };

/** Inputs of each holder in `holderIds` (missing ids are skipped), with display names of the targets. */
export async function loadHolderInputs(em: EntityManager, holderIds: number[]): Promise<Map<number, HolderInputs & { names: Map<string, string | null> }>> {
  if (!holderIds.length) return new Map();
  const [holders, arrays, systems, assessments, violations] = await Promise.all([
    em.execute<(HolderRecord & Named)[]>(
      `select id, kind, registration_status as "registrationStatus", sector_key as "sectorKey", staff_count as "staffCount",
              coalesce(name_ru, name_ky, name_en) as name from holder where id in (?)`,
      [holderIds],
    ),
    em.execute<(ArrayRecord & Named & { holderId: number })[]>(
      `select id, holder_id as "holderId", name, data_categories as "dataCategories", subject_categories as "subjectCategories",
              subject_count as "subjectCount", recipients, cross_border_countries as "crossBorderCountries", media
       from personal_data_array where holder_id in (?) order by id`,
      [holderIds],
    ),
    em.execute<(SystemRecord & Named & { holderId: number })[]>(
      `select s.id, s.holder_id as "holderId", s.name, s.is_state_system as "isStateSystem", s.internet_exposed as "internetExposed",
              s.hosting_country as "hostingCountry", s.data_categories as "dataCategories", s.subject_count as "subjectCount",
              s.employees_only as "employeesOnly", s.threat_type as "threatType",
              coalesce(array_agg(l.personal_data_array_id) filter (where l.personal_data_array_id is not null), '{}') as "arrayIds"
       from information_system s left join information_system_array l on l.information_system_id = s.id
       where s.holder_id in (?) group by s.id order by s.id`,
      [holderIds],
    ),
    em.execute<(AssessmentRecord & { holderId: number })[]>(
      `select a.id, r.code as "requirementCode", a.holder_id as "holderId", a.target_type as "targetType", a.target_id as "targetId",
              a.result, a.assessed_on::text as "assessedOn", a.is_self_assessment as "isSelfAssessment", a.evidence
       from requirement_assessment a join requirement r on r.id = a.requirement_id where a.holder_id in (?)`,
      [holderIds],
    ),
    loadViolationRecords(em, holderIds),
  ]);
  const result = new Map<number, HolderInputs & { names: Map<string, string | null> }>();
  for (const h of holders) {
    result.set(h.id, { holder: h, arrays: [], systems: [], assessments: [], violations: violations.get(h.id) ?? [], names: new Map([[`HOLDER:${h.id}`, h.name]]) });
  }
  for (const a of arrays) {
    const r = result.get(a.holderId)!;
    r.arrays.push(a);
    r.names.set(`ARRAY:${a.id}`, a.name);
  }
  for (const s of systems) {
    const r = result.get(s.holderId)!;
    r.systems.push({ ...s, arrayIds: s.arrayIds.map(Number) });
    r.names.set(`SYSTEM:${s.id}`, s.name);
  }
  for (const a of assessments) result.get(a.holderId)!.assessments.push(a);
  return result;
}
