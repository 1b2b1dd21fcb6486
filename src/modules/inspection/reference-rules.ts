// Reads the reference documents and tables the violation, risk and inspection services need.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Moratorium } from '../../domain/inspections/plan.js';
import type { RiskTable } from '../../domain/risk/risk-degree.js';
import type { OffenceArticleSpec } from '../../domain/sanctions/sanction.js';
import { AppError } from '../../errors.js';
import type { InspectionRulesFile, SanctionsFile } from '../../seeding/inspection-rules.schema.js';
import { INSPECTION_RULES_DOC, SANCTIONS_DOC } from '../../seeding/inspection-rules.js';
import { RuleTableRecord } from '../compliance/rule-table.entity.js';
import { ReferenceDocument } from './reference-document.entity.js';

async function doc<T>(em: EntityManager, code: string): Promise<T> {
  const d = await em.findOne(ReferenceDocument, { code });
  if (!d) throw new AppError('NOT_FOUND', `reference data ${code} is not loaded (seeds/)`);
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

/** The limits of a track in force on `date` (the latest whose validFrom is on or before it). */
export function limitsOn(rules: InspectionRulesFile, track: string, date: string) {
  const l = rules.limits.filter((x) => x.track === track && x.validFrom <= date).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  if (!l) throw new AppError('NOT_FOUND', `no inspection limits for the ${track} track on ${date} (seeds/inspection-rules)`);
  return l;
}

export async function loadRiskTable(em: EntityManager): Promise<RiskTable & { verified: boolean; note: string | null }> {
  const t = await em.findOne(RuleTableRecord, { kind: 'RISK_POINTS' }, { orderBy: { id: 'asc' } });
  if (!t) throw new AppError('NOT_FOUND', 'no risk-points table is loaded (seeds/rule-tables)');
  return { code: t.code, thresholds: t.defaultResult as RiskTable['thresholds'], rows: t.rows as RiskTable['rows'], verified: t.verified, note: t.note ?? null };
}
