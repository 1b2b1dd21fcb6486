// GET /exports/inspections/:id/oscal.json: the OSCAL assessment results of a completed inspection
// (oscal.ts shapes them). Who may see it is who may see the inspection's details: the Agency, or
// the holder itself (canSeePersonalData, as the `inspection` query). Anyone else gets the answer of
// an unknown id, so a hidden inspection and a missing one look alike. Officials' names (offenders of
// the violations) only go to the Agency, as in the `offenders` field of a violation.
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeePersonalData, type Viewer } from '../domain/access/roles.js';
import { tinIsPersonalData } from '../domain/registry/holder-kind.js';
import { AppError } from '../errors.js';
import { InformationSystem } from '../modules/holder/information-system.entity.js';
import { PersonalDataArray } from '../modules/holder/personal-data-array.entity.js';
import { InspectionFinding } from '../modules/inspection/inspection-finding.entity.js';
import { Inspection } from '../modules/inspection/inspection.entity.js';
import { offendersOf } from '../modules/violation/penalty.store.js';
import { offenderSeenBy } from '../modules/violation/violation.visibility.js';
import { Violation } from '../modules/violation/violation.entity.js';
import { buildAssessmentResults } from './oscal.js';
import type { OscalInput } from './oscal-input.js';
import { exportRoute, registerExports } from './router.js';

export const OSCAL_PATH = '/exports/inspections/:id/oscal.json';

const MAX_INT4 = 2_147_483_647;
const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'`;

/** The path's id: an integer, else 400. An integer no row can have is simply not found. */
function inspectionId(raw: unknown): number | null {
  if (typeof raw !== 'string' || !/^-?\d+$/.test(raw)) throw AppError.badInput('id', 'must be an integer inspection id');
  const id = Number(raw);
  return Number.isSafeInteger(id) && id >= 1 && id <= MAX_INT4 ? id : null;
}

const notFound = (raw: string) => AppError.notFound('id', `inspection ${raw} was not found`);

/** Reads everything the document needs in one snapshot; null when unknown or not the viewer's to see. */
async function readInput(tx: EntityManager, viewer: Viewer, id: number): Promise<OscalInput | null | 'NOT_COMPLETED'> {
  const inspection = await tx.findOne(Inspection, id, { populate: ['holder'] });
  if (!inspection || !canSeePersonalData(viewer, inspection.holder.id)) return null;
  if (inspection.status !== 'COMPLETED') return 'NOT_COMPLETED';
  const holder = inspection.holder;
  const checklist = inspection.checklist ?? [];

  const findings = await tx.find(InspectionFinding, { inspectionId: id }, { orderBy: { id: 'asc' } });
  // when each item's finding was last recorded: the audit entries of RECORD_INSPECTION_FINDING
  const recorded = await tx.execute<{ changes: Record<string, unknown>; at: string }[]>(
    `select changes, to_char(at at time zone 'UTC', ${ISO_UTC}) as at from audit_log_entry
     where entity_type = 'Inspection' and entity_id = ? and action = 'RECORD_INSPECTION_FINDING' order by id`,
    [String(id)],
  );
  const recordedAt = new Map<string, string>();
  for (const r of recorded) for (const key of Object.keys(r.changes)) recordedAt.set(key, r.at);

  const violations = await tx.find(Violation, { inspectionId: id }, { orderBy: { id: 'asc' } });
  const offenders = await offendersOf(tx, violations.map((v) => v.id));

  const ids = (type: string) => [...new Set(checklist.filter((c) => c.targetType === type).map((c) => c.targetId))];
  const targetNames: Record<string, string> = {};
  const arrayIds = ids('ARRAY');
  const systemIds = ids('SYSTEM');
  for (const a of arrayIds.length ? await tx.find(PersonalDataArray, { id: { $in: arrayIds }, holder: holder.id }, { fields: ['id', 'name'] }) : []) targetNames[`ARRAY:${a.id}`] = a.name;
  for (const s of systemIds.length ? await tx.find(InformationSystem, { id: { $in: systemIds }, holder: holder.id }, { fields: ['id', 'name'] }) : []) targetNames[`SYSTEM:${s.id}`] = s.name;

  const changed = await tx.execute<{ at: string | null }[]>(
    `select to_char(max(at) at time zone 'UTC', ${ISO_UTC}) as at from audit_log_entry
     where (entity_type = 'Inspection' and entity_id = ?)${violations.length ? ` or (entity_type = 'Violation' and entity_id in (?))` : ''}`,
    violations.length ? [String(id), violations.map((v) => String(v.id))] : [String(id)],
  );
  const created = await tx.execute<{ at: string }[]>(`select to_char(created_at at time zone 'UTC', ${ISO_UTC}) as at from inspection where id = ?`, [id]);

  return {
    inspection: {
      id: inspection.id,
      version: inspection.version,
      planned: inspection.planned,
      planId: inspection.planId ?? null,
      ground: inspection.ground ?? null,
      track: inspection.track,
      legalBasis: inspection.legalBasis,
      inspectorIds: inspection.inspectorIds.map(Number), // integer[] comes back as strings
      noticeDate: inspection.noticeDate ?? null,
      startDate: inspection.startDate!,
      endDate: inspection.endDate!,
      checklist,
      report: inspection.report ?? null,
    },
    holder: {
      id: holder.id,
      kind: holder.kind,
      name: holder.nameRu ?? holder.nameKy ?? holder.nameEn ?? null,
      registryNumber: holder.registryNumber ?? null,
      tin: !tinIsPersonalData(holder.kind) || canSeePersonalData(viewer, holder.id) ? holder.tin : null,
    },
    targetNames,
    findings: findings.map((f) => ({ itemKey: f.itemKey, result: f.result, note: f.note ?? null, evidence: f.evidence ?? [], recordedAt: recordedAt.get(f.itemKey) ?? null })),
    violations: violations.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      offenceArticleCode: v.offenceArticleCode ?? null,
      provisionCodes: v.provisionCodes,
      requirementCodes: v.requirementCodes,
      arrayId: v.arrayId ?? null,
      systemId: v.systemId ?? null,
      detectedOn: v.detectedOn,
      closedOn: v.closedOn ?? null,
      description: v.description ?? null,
      sanction: v.sanction ?? null,
      offenders: offenders.filter((o) => o.violationId === v.id).map((o) => offenderSeenBy(viewer, o)),
    })),
    lastModified: changed[0]?.at ?? created[0]!.at,
  };
}

registerExports((router, deps) => {
  router.get(
    OSCAL_PATH,
    exportRoute(deps, async ({ viewer, orm, req, res }) => {
      const raw = req.params.id;
      const id = inspectionId(raw);
      if (id === null) throw notFound(String(raw));
      const input = await orm.em.fork().transactional(async (tx) => {
        await tx.execute('set transaction isolation level repeatable read, read only');
        return readInput(tx, viewer, id);
      });
      if (input === null) throw notFound(String(raw));
      if (input === 'NOT_COMPLETED') throw new AppError('CONFLICT', `inspection ${id} is not completed: assessment results exist once it is`, { field: 'id' });
      const body = JSON.stringify(buildAssessmentResults(input), null, 2);
      res.status(200);
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="inspection-${id}-assessment-results.oscal.json"`);
      res.setHeader('cache-control', 'private, no-store');
      res.end(body);
    }),
  );
});
