// Builds the inspection plan over every holder of a track (and region), in batches by id so it
// scales to the national Registry, and freezes an approved plan with the hash of its inputs.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canManageRegistry, type Viewer } from '../../domain/access/roles.js';
import { canonicalJson, rankForPlan, type Plan, type PlanCandidate } from '../../domain/inspections/plan.js';
import { REGION_CODE, REGION_CODE_MESSAGE } from '../../domain/registry/region.js';
import { HOLDER_KINDS, inspectionTrackOf } from '../../domain/registry/holder-kind.js';
import { writeTransaction } from '../../db/write.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { loadCatalog } from '../compliance/compliance.inputs.js';
import { risksFor } from '../risk/risk.service.js';
import { InspectionPlan } from './inspection-plan.entity.js';
import { limitsOn, loadInspectionRules, loadRiskTable } from '../reference/reference-rules.js';
import { tableLabel } from '../../domain/rules/rule-table.js';
import { rowValidOn } from '../../domain/legal/versions.js';

/** The points-table version a plan on `asOf` ranks by, as frozen in its inputs. */
const riskTableOn = (t: Awaited<ReturnType<typeof loadRiskTable>>, asOf: string) => {
  const v = rowValidOn(t.versions, asOf);
  return v ? tableLabel(v) : t.code;
};

export interface PlanRequest {
  year: number;
  track: 'BUSINESS' | 'STATE';
  capacity: number;
  regionCode?: string | null;
}

const BATCH = 1000;

export async function buildPlan(em: EntityManager, req: PlanRequest, asOf: string): Promise<{ plan: Plan; inputs: Record<string, unknown> }> {
  if (!Number.isInteger(req.year) || req.year < 2008 || req.year > 2100) throw AppError.badInput('input.year', 'must be a year from 2008 to 2100');
  if (!Number.isInteger(req.capacity) || req.capacity < 1 || req.capacity > 100_000) throw AppError.badInput('input.capacity', 'must be from 1 to 100000');
  // Region codes are varchar(255) and ISO 3166-2:KG; a free string would only ever plan nobody.
  if (req.regionCode != null && !REGION_CODE.test(req.regionCode)) throw AppError.badInput('input.region', REGION_CODE_MESSAGE);
  const rules = await loadInspectionRules(em);
  const limits = await limitsOn(em, rules, req.track, `${req.year}-01-01`, 'input.year');
  const cache = { catalog: await loadCatalog(em), table: await loadRiskTable(em) };
  const kinds = HOLDER_KINDS.filter((k) => inspectionTrackOf(k) === req.track);
  const lastInspections = new Map(
    (
      await em.execute<{ holderId: number; last: string }[]>(
        `select holder_id as "holderId", max(coalesce(end_date, start_date))::text as last from inspection where status = 'COMPLETED' group by holder_id`,
      )
    ).map((r) => [r.holderId, r.last]),
  );
  const candidates: PlanCandidate[] = [];
  let lastId = 0;
  for (;;) {
    const ids = (
      await em.execute<{ id: number }[]>(
        `select id from holder where id > ? and kind in (?) and registration_status <> 'DEREGISTERED' ${req.regionCode ? 'and region_code = ?' : ''} order by id limit ?`,
        [lastId, kinds, ...(req.regionCode ? [req.regionCode] : []), BATCH],
      )
    ).map((r) => r.id);
    if (!ids.length) break;
    for (const r of (await risksFor(em, ids, asOf, cache)).values()) {
      candidates.push({ holderId: r.holderId, track: r.track, riskDegree: r.degree ?? r.strictestDegree, riskPoints: r.points, recordedViolations: r.recordedViolations, lastInspectionOn: lastInspections.get(r.holderId) ?? null });
    }
    lastId = ids.at(-1)!;
  }
  const plan = rankForPlan({ year: req.year, capacity: req.capacity, candidates, moratoria: rules.moratoriaSpecs, limits });
  const riskTable = riskTableOn(cache.table, asOf);
  for (const e of [...plan.entries, ...plan.waiting]) e.reasons.push(`risk degree by ${riskTable}`);
  const inputs = { ...req, regionCode: req.regionCode ?? null, asOf, riskTable, limits, moratoria: rules.moratoria.map((m) => m.code), candidates: candidates.length };
  return { plan, inputs };
}

/**
 * Freezes the plan as computed now: entries, inputs and their SHA-256, audit-logged. Idempotent:
 * approving the same input over the same Registry state (the same hash) answers the plan approved
 * first, without a second record or audit entry.
 */
export async function approvePlan(em: EntityManager, viewer: Viewer, req: PlanRequest, asOf: string): Promise<InspectionPlan> {
  if (!canManageRegistry(viewer)) throw new AppError('FORBIDDEN', 'only ADMIN or INSPECTOR may approve an inspection plan');
  // One REPEATABLE READ snapshot: the frozen plan describes a state of the Registry that existed.
  return writeTransaction(em, async (tx) => {
    await tx.execute('set transaction isolation level repeatable read');
    const { plan, inputs } = await buildPlan(tx, req, asOf);
    const frozen = { inputs, entries: plan.entries, waiting: plan.waiting.map((w) => w.holderId), excluded: plan.excluded };
    const hash = createHash('sha256').update(canonicalJson(frozen)).digest('hex');
    const approved = await tx.findOne(InspectionPlan, { inputsHash: hash });
    if (approved) return approved;
    // The unique hash decides between concurrent approvals: the loser's insert, in REPEATABLE READ,
    // is a serialization failure (not a silent no-op), and writeTransaction's retry finds the winner.
    const inserted = await tx.execute<{ id: number }[]>(
      `insert into inspection_plan (year, track, region_code, capacity, frozen, inputs_hash, approved_at, approved_by_key_id)
       values (?, ?, ?, ?, ?::jsonb, ?, ?, ?) on conflict (inputs_hash) do nothing returning id`,
      [req.year, req.track, req.regionCode ?? null, req.capacity, JSON.stringify(frozen), hash, new Date(), viewer.keyId],
    );
    const record = await tx.findOneOrFail(InspectionPlan, { inputsHash: hash });
    if (!inserted.length) return record;
    appendAudit(tx, viewer, {
      action: 'APPROVE_INSPECTION_PLAN',
      entityType: 'InspectionPlan',
      entityId: record.id,
      changes: { plan: { before: null, after: { year: req.year, track: req.track, capacity: req.capacity, entries: plan.entries.length, sha256: hash } } },
    });
    return record;
  });
}
