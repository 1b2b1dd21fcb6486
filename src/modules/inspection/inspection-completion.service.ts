// Findings per checklist item, and completion. Completing is one transaction: every finding
// becomes the Agency's assessment, every NON_COMPLIANT one a violation with its offence article
// and computed sanction, then the report; if any part fails (e.g. a missing offence article),
// nothing of it is written.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../domain/access/roles.js';
import { durationProblem } from '../../domain/inspections/workflow.js';
import type { ComplianceResult } from '../../domain/compliance/results.js';
import { writeTransaction } from '../../db/write.js';
import { AppError } from '../../errors.js';
import { parseInput } from '../../graphql/parse-input.js';
import { appendAudit } from '../audit/audit.service.js';
import { AssessmentSchema } from '../compliance/assessment.commands.js';
import { afterHolderChange } from '../compliance/holder-compliance.service.js';
import { RequirementAssessment } from '../compliance/requirement-assessment.entity.js';
import { Requirement } from '../compliance/requirement.entity.js';
import { createViolation } from '../violation/violation.service.js';
import { InspectionFinding } from './inspection-finding.entity.js';
import { assertAssigned, inspectionForStep, lockInspection, refuse } from './inspection.service.js';
import { limitsOn, loadInspectionRules } from '../reference/reference-rules.js';
import { assertAgency } from '../auth/agency-only.js';

const FindingEvidence = AssessmentSchema.shape.evidence;

export async function recordFinding(
  em: EntityManager,
  viewer: Viewer,
  input: { inspectionId: number; itemKey: string; result: ComplianceResult; note?: string | null; evidence?: unknown[]; offenceArticleCode?: string | null },
) {
  assertAgency(viewer, 'run inspections');
  const evidence = parseInput(FindingEvidence, input.evidence ?? [], 'input.evidence');
  return writeTransaction(em, async (tx) => {
    const inspection = await lockInspection(tx, input.inspectionId, 'input.inspectionId');
    assertAssigned(viewer, inspection);
    if (inspection.status !== 'IN_PROGRESS') throw new AppError('BAD_USER_INPUT', `findings are recorded while IN_PROGRESS, not ${inspection.status}`, { field: 'input.inspectionId', rule: 'inspection-status' });
    if (!inspection.checklist?.some((i) => i.key === input.itemKey)) throw AppError.badInput('input.itemKey', 'is not an item of the frozen checklist');
    const existing = await tx.findOne(InspectionFinding, { inspectionId: inspection.id, itemKey: input.itemKey });
    const finding = existing ?? tx.create(InspectionFinding, { inspectionId: inspection.id, itemKey: input.itemKey, result: input.result, evidence });
    tx.assign(finding, { result: input.result, note: input.note ?? null, evidence, offenceArticleCode: input.offenceArticleCode ?? null });
    await tx.flush();
    appendAudit(tx, viewer, { action: 'RECORD_INSPECTION_FINDING', entityType: 'Inspection', entityId: inspection.id, changes: { [input.itemKey]: { before: existing?.result ?? null, after: input.result } } });
    return finding;
  });
}

export async function completeInspection(em: EntityManager, viewer: Viewer, input: { id: number; version: number; endDate: string; summary?: string | null }, today: string) {
  assertAgency(viewer, 'run inspections');
  if (input.endDate > today) throw AppError.badInput('input.endDate', 'must not be in the future');
  return writeTransaction(em, async (tx) => {
    const { inspection, to } = await inspectionForStep(tx, viewer, input.id, input.version, 'COMPLETE');
    const limits = await limitsOn(tx, await loadInspectionRules(tx), inspection.track, inspection.startDate!, 'input.id');
    const duration = durationProblem(inspection.startDate!, input.endDate, limits.maxDurationDays);
    if (duration) refuse(duration, 'input.endDate');
    const findings = await tx.find(InspectionFinding, { inspectionId: inspection.id }, { orderBy: { id: 'asc' } });
    const items = new Map((inspection.checklist ?? []).map((i) => [i.key, i]));
    const requirements = new Map((await tx.find(Requirement, { code: { $in: [...new Set([...items.values()].map((i) => i.requirementCode))] } })).map((r) => [r.code, r]));
    const violations: number[] = [];
    for (const [n, f] of findings.entries()) {
      const item = items.get(f.itemKey)!;
      const requirement = requirements.get(item.requirementCode)!;
      tx.create(RequirementAssessment, {
        requirement,
        holder: inspection.holder,
        targetType: item.targetType,
        targetId: item.targetId,
        result: f.result,
        assessedOn: input.endDate,
        isSelfAssessment: false,
        assessorKeyId: viewer.keyId,
        assessorRole: viewer.role,
        note: f.note ?? `inspection #${inspection.id}`,
        evidence: f.evidence,
      });
      if (f.result !== 'NON_COMPLIANT') continue;
      if (!f.offenceArticleCode) throw AppError.badInput(`findings[${n}].offenceArticleCode`, `the NON_COMPLIANT finding on ${f.itemKey} needs an offence article to record its violation`);
      const v = await createViolation(
        tx,
        viewer,
        {
          holderId: inspection.holder.id,
          arrayId: item.targetType === 'ARRAY' ? item.targetId : null,
          systemId: item.targetType === 'SYSTEM' ? item.targetId : null,
          provisionCodes: requirement.provisionCodes,
          requirementCodes: [requirement.code],
          offenceArticleCode: f.offenceArticleCode,
          detectedOn: input.endDate,
          source: 'INSPECTION',
          description: f.note ?? null,
          inspectionId: inspection.id,
        },
        today,
        `findings[${n}]`,
        { dropProvisionsNotInForce: true },
      );
      violations.push(v.id);
    }
    // One insert round for the assessments (createViolation flushes its own), before the stored
    // compliance below reads them back.
    await tx.flush();
    const counts: Record<string, number> = {};
    for (const f of findings) counts[f.result] = (counts[f.result] ?? 0) + 1;
    inspection.endDate = input.endDate;
    inspection.status = to;
    inspection.report = { summary: input.summary ?? null, checklistItems: items.size, findings: counts, unassessedItems: items.size - findings.length, violationIds: violations };
    appendAudit(tx, viewer, { action: 'COMPLETE_INSPECTION', entityType: 'Inspection', entityId: inspection.id, changes: { status: { before: 'IN_PROGRESS', after: to }, report: { before: null, after: inspection.report } } });
    await afterHolderChange(tx, inspection.holder.id, today);
    return inspection;
  });
}
