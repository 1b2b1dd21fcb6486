// Reads the reference documents and tables the violation, risk and inspection services need.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Moratorium } from '../../domain/inspections/plan.js';
import type { RiskTable } from '../../domain/risk/risk-degree.js';
import type { OffenceArticleSpec } from '../../domain/sanctions/sanction.js';
import { legalBasisOn, limitsRowOn, type BasisAct } from '../../domain/inspections/legal-basis.js';
import { AppError } from '../../errors.js';
import type { InspectionRulesFile, SanctionsFile } from '../../seeding/inspection-rules.schema.js';
import { INSPECTION_RULES_DOC, SANCTIONS_DOC } from '../../seeding/inspection-rules.js';
import { loadRuleTables } from './rule-table.entity.js';
import { ReferenceDocument } from './reference-document.entity.js';

async function doc<T>(em: EntityManager, code: string): Promise<T> {
  const d = await em.findOne(ReferenceDocument, { code });
  if (!d) throw AppError.notFound(null, `reference data ${code} is not loaded (seeds/)`);
  return d.body as T;
}

export async function loadSanctions(em: EntityManager) {
  const file = await doc<SanctionsFile>(em, SANCTIONS_DOC);
  const articles = new Map<string, OffenceArticleSpec & SanctionsFile['articles'][number]>(file.articles.map((a) => [a.code, a]));
  return { file, articles };
}

export async function loadInspectionRules(em: EntityManager): Promise<InspectionRulesFile & { moratoriaSpecs: Moratorium[] }> {
  const file = await doc<InspectionRulesFile>(em, INSPECTION_RULES_DOC);
  return { ...file, moratoriaSpecs: file.moratoria };
}

/**
 * The limits of a track in force on `date` and the act version they rest on; refused (rule
 * `legal-basis-in-force`, BAD_USER_INPUT at `field`) when no limits apply or their act has no version
 * in force that day (a draft never has).
 */
export async function limitsOn(em: EntityManager, rules: InspectionRulesFile, track: string, date: string, field = 'input') {
  const l = limitsRowOn(rules.limits, track, date);
  if ('rule' in l) throw new AppError('BAD_USER_INPUT', `${l.rule}: ${l.reason}`, { field, rule: l.rule });
  const basis = legalBasisOn(await basisAct(em, l.sourceAct), l.sourceAct, date);
  if ('rule' in basis) throw new AppError('BAD_USER_INPUT', `${basis.rule}: ${basis.reason}`, { field, rule: basis.rule });
  return { ...l, basis };
}

async function basisAct(em: EntityManager, code: string): Promise<BasisAct | null> {
  const rows = await em.execute<{ type: string; versionDate: string; inForceFrom: string | null; inForceTo: string | null; verified: boolean }[]>(
    `select a.type, v.version_date::text as "versionDate", v.in_force_from::text as "inForceFrom", v.in_force_to::text as "inForceTo", v.verified
     from legal_act a left join legal_act_version v on v.act_id = a.id where a.code = ?`,
    [code],
  );
  if (!rows.length) return null;
  return { code, type: rows[0]!.type, versions: rows.filter((r) => r.versionDate) };
}

/** The risk-points table with every dated version (Res. 108 ch. 25); `rowValidOn(table.versions, date)` picks one. */
export interface VersionedRiskTable {
  code: string;
  /** True only when every version is verified. */
  verified: boolean;
  note: string | null;
  versions: (RiskTable & { version: number; validFrom: string; verified: boolean; note: string | null })[];
}

export async function loadRiskTable(em: EntityManager): Promise<VersionedRiskTable> {
  const t = (await loadRuleTables(em)).find((x) => x.kind === 'RISK_POINTS');
  if (!t || !t.versions.length) throw AppError.notFound(null, 'no risk-points table is loaded (seeds/rule-tables)');
  const versions = t.versions.map((v) => ({
    code: t.code, version: v.version, validFrom: v.validFrom, whenFactsMissing: v.whenFactsMissing, verified: v.verified, note: v.note,
    thresholds: v.default as RiskTable['thresholds'], rows: v.rows as RiskTable['rows'],
  }));
  return { code: t.code, verified: versions.every((v) => v.verified), note: versions.at(-1)!.note, versions };
}
