// Offenders of violations and penalty decisions (tables violation_offender, penalty_decision), read
// and written with SQL inside the caller's transaction, plus the dated context the sanction rule needs
// (the sanctions document and the Code of Offences versions).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BasisAct } from '../../domain/inspections/legal-basis.js';
import type { DatedVersion } from '../../domain/legal/versions.js';
import type { ResolvedOffender } from '../../domain/sanctions/offenders.js';
import type { OffenderRole, OffenderType, PenaltyDecisionFact, Sanction } from '../../domain/sanctions/sanction.js';
import { loadSanctions } from '../reference/reference-rules.js';

export interface OffenderRow {
  id: number;
  violationId: number;
  position: number;
  role: OffenderRole;
  offenderType: OffenderType;
  assumed: boolean;
  personName: string | null;
  personPosition: string | null;
  offenderKey: string | null;
  sanction: Sanction | null;
}

export interface DecisionRow {
  id: number;
  violationId: number;
  offenderId: number;
  holderId: number;
  offenderKey: string | null;
  articleCode: string;
  decidedOn: string;
  decidedBy: 'AGENCY' | 'COURT';
  fineIndicators: number;
  fineSoms: number | null;
  rateSoms: number | null;
  rateValidFrom: string | null;
  reasons: string[];
}

const OFFENDER_COLS = `id, violation_id as "violationId", position, role, offender_type as "offenderType", assumed, person_name as "personName",
  person_position as "personPosition", offender_key as "offenderKey", sanction`;
const DECISION_COLS = `id, violation_id as "violationId", offender_id as "offenderId", holder_id as "holderId", offender_key as "offenderKey",
  article_code as "articleCode", decided_on::text as "decidedOn", decided_by as "decidedBy", fine_indicators::float8 as "fineIndicators",
  fine_soms::float8 as "fineSoms", rate_soms::float8 as "rateSoms", rate_valid_from::text as "rateValidFrom", reasons`;

export async function offendersOf(em: EntityManager, violationIds: readonly number[]): Promise<OffenderRow[]> {
  if (!violationIds.length) return [];
  return em.execute<OffenderRow[]>(`select ${OFFENDER_COLS} from violation_offender where violation_id in (?) order by violation_id, position`, [[...violationIds]]);
}

export async function decisionsOfViolations(em: EntityManager, violationIds: readonly number[]): Promise<DecisionRow[]> {
  if (!violationIds.length) return [];
  return em.execute<DecisionRow[]>(`select ${DECISION_COLS} from penalty_decision where violation_id in (?) order by violation_id, decided_on, id`, [[...violationIds]]);
}

/** Every penalty decision on the holder's violations: the facts repetition is computed from. */
export async function decisionFactsOfHolder(em: EntityManager, holderId: number): Promise<PenaltyDecisionFact[]> {
  return em.execute<PenaltyDecisionFact[]>(
    `select id, violation_id as "violationId", offender_key as "offenderKey", article_code as "articleCode", decided_on::text as "decidedOn", decided_by as "decidedBy"
     from penalty_decision where holder_id = ? order by decided_on, id`,
    [holderId],
  );
}

export async function insertOffenders(em: EntityManager, violationId: number, offenders: readonly ResolvedOffender[], sanctions: readonly (Sanction | null)[]): Promise<void> {
  for (const [i, o] of offenders.entries()) {
    await em.execute(
      `insert into violation_offender (violation_id, position, role, offender_type, assumed, person_name, person_position, offender_key, sanction) values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)`,
      [violationId, i, o.role, o.type, o.assumed, o.personName, o.personPosition, o.key, sanctions[i] ? JSON.stringify(sanctions[i]) : null],
    );
  }
}

export async function updateOffenderSanction(em: EntityManager, offenderId: number, sanction: Sanction | null): Promise<void> {
  await em.execute(`update violation_offender set sanction = ?::jsonb where id = ?`, [sanction ? JSON.stringify(sanction) : null, offenderId]);
}

export async function insertDecision(em: EntityManager, d: Omit<DecisionRow, 'id'> & { decidedByKeyId: number | null }): Promise<DecisionRow> {
  const [row] = await em.execute<DecisionRow[]>(
    `insert into penalty_decision (violation_id, offender_id, holder_id, offender_key, article_code, decided_on, decided_by, fine_indicators, fine_soms, rate_soms, rate_valid_from, reasons, decided_by_key_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) returning ${DECISION_COLS}`,
    [d.violationId, d.offenderId, d.holderId, d.offenderKey, d.articleCode, d.decidedOn, d.decidedBy, d.fineIndicators, d.fineSoms, d.rateSoms, d.rateValidFrom, JSON.stringify(d.reasons), d.decidedByKeyId],
  );
  return row!;
}

/** The sanctions document with the Code of Offences versions its articles belong to. */
export async function loadSanctionContext(em: EntityManager) {
  const sanctions = await loadSanctions(em);
  const acts = [...new Set(sanctions.file.articles.map((a) => a.code.split('#')[0]!))];
  const rows = await em.execute<(DatedVersion & { act: string; verified: boolean })[]>(
    `select a.code as act, v.version_date::text as "versionDate", v.in_force_from::text as "inForceFrom", v.in_force_to::text as "inForceTo", v.verified
     from legal_act_version v join legal_act a on a.id = v.act_id where a.code in (?)`,
    [acts],
  );
  const versionsOf = (articleCode: string) => {
    const act = articleCode.split('#')[0]!;
    return { act, versions: rows.filter((r) => r.act === act) };
  };
  return { ...sanctions, versionsOf };
}
export type SanctionContext = Awaited<ReturnType<typeof loadSanctionContext>>;

/** Acts by code with their dated versions (for the in-force check of what a violation cites). */
export async function basisActs(em: EntityManager, codes: readonly string[]): Promise<Map<string, BasisAct>> {
  if (!codes.length) return new Map();
  const rows = await em.execute<{ code: string; type: string; versionDate: string | null; inForceFrom: string | null; inForceTo: string | null; verified: boolean | null }[]>(
    `select a.code, a.type, v.version_date::text as "versionDate", v.in_force_from::text as "inForceFrom", v.in_force_to::text as "inForceTo", v.verified
     from legal_act a left join legal_act_version v on v.act_id = a.id where a.code in (?)`,
    [[...new Set(codes)]],
  );
  const map = new Map<string, BasisAct & { versions: DatedVersion[] }>();
  for (const r of rows) {
    const act = map.get(r.code) ?? { code: r.code, type: r.type, versions: [] };
    if (r.versionDate) act.versions.push({ versionDate: r.versionDate, inForceFrom: r.inForceFrom, inForceTo: r.inForceTo });
    map.set(r.code, act);
  }
  return map;
}
