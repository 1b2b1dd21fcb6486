// Recording an assessment of a requirement for a holder, array or system, with evidence. The
// Agency (ADMIN, INSPECTOR) records findings; the holder itself records self-assessments, which are
// flagged and never count as findings. Audit-logged; the holder's stored status is recomputed.
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { canEditHolder, isAgency, type Viewer } from '../../domain/access/roles.js';
import { creationChanges } from '../../domain/audit/diff.js';
import { RESULTS } from '../../domain/compliance/results.js';
import { writeTransaction } from '../../db/write.js';
import { AppError } from '../../errors.js';
import { isIsoDate } from '../../graphql/date.scalar.js';
import { fromGlobalId } from '../../graphql/node.js';
import { parseInput } from '../../graphql/parse-input.js';
import { appendAudit } from '../audit/audit.service.js';
import { Holder } from '../holder/holder.entity.js';
import { holderIdOf, lockHolder } from '../holder/holder.lookup.js';
import { InformationSystem } from '../holder/information-system.entity.js';
import { PersonalDataArray } from '../holder/personal-data-array.entity.js';
import { afterHolderChange } from './holder-compliance.service.js';
import { RequirementAssessment } from './requirement-assessment.entity.js';
import { Requirement } from './requirement.entity.js';

const date = z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD');
export const AssessmentSchema = z.object({
  requirementCode: z.string().min(1),
  targetId: z.string().min(1),
  result: z.enum(RESULTS),
  assessedOn: date,
  note: z.string().trim().max(4000).nullish(),
  evidence: z
    .array(
      z.object({
        kind: z.enum(['DOCUMENT', 'POLICY', 'SCREENSHOT', 'LOG', 'CERTIFICATE', 'CONTRACT', 'OTHER']),
        title: z.string().trim().min(1).max(500),
        uri: z.url('must be a URI').nullish(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits').nullish(),
        validUntil: date.nullish(),
      }),
    )
    .default([]),
});
export type AssessmentInput = z.input<typeof AssessmentSchema>;

const TARGETS = {
  Holder: ['HOLDER', Holder, null],
  PersonalDataArray: ['ARRAY', PersonalDataArray, 'personal_data_array'],
  InformationSystem: ['SYSTEM', InformationSystem, 'information_system'],
} as const;

export async function recordAssessment(em: EntityManager, viewer: Viewer, raw: AssessmentInput, today: string): Promise<RequirementAssessment> {
  const input = parseInput(AssessmentSchema, raw);
  const { type, key } = fromGlobalId(input.targetId, 'input.targetId');
  const target = TARGETS[type as keyof typeof TARGETS];
  if (!target || !/^\d+$/.test(key)) throw AppError.badInput('input.targetId', 'must be the ID of a holder, array or system');
  if (input.assessedOn > today) throw AppError.badInput('input.assessedOn', 'must not be in the future');
  const notFound = () => AppError.notFound('input.targetId', `${type} ${input.targetId} was not found`);
  return writeTransaction(em, async (tx) => {
    const requirement = await tx.findOne(Requirement, { code: input.requirementCode });
    if (!requirement) throw AppError.notFound('input.requirementCode', `no requirement ${input.requirementCode}`);
    if (requirement.appliesTo !== target[0]) throw AppError.badInput('input.targetId', `${requirement.code} applies to a ${requirement.appliesTo.toLowerCase()}, not a ${target[0].toLowerCase()}`);
    const holderId = target[2] ? await holderIdOf(tx, target[2], Number(key)) : Number(key);
    if (holderId === null) throw notFound();
    const agency = isAgency(viewer);
    if (!agency && !(viewer.role === 'HOLDER' && canEditHolder(viewer, holderId))) {
      throw new AppError('FORBIDDEN', `role ${viewer.role} may not assess this holder`);
    }
    // Lock first, then check the target still exists and write (see lockHolder).
    await lockHolder(tx, holderId, 'input.targetId');
    if (target[2] && !(await tx.findOne(target[1] as typeof PersonalDataArray, Number(key)))) throw notFound();
    const assessment = tx.create(RequirementAssessment, {
      requirement,
      holder: tx.getReference(Holder, holderId),
      targetType: target[0],
      targetId: Number(key),
      result: input.result,
      assessedOn: input.assessedOn,
      isSelfAssessment: !agency,
      assessorKeyId: viewer.keyId,
      assessorRole: viewer.role,
      note: input.note ?? null,
      evidence: input.evidence,
    });
    await tx.flush();
    appendAudit(tx, viewer, {
      action: agency ? 'RECORD_FINDING' : 'RECORD_SELF_ASSESSMENT',
      entityType: 'RequirementAssessment',
      entityId: assessment.id,
      changes: creationChanges({ requirement: requirement.code, holderId, target: `${target[0]}:${key}`, result: input.result, assessedOn: input.assessedOn, evidence: input.evidence }),
    });
    await afterHolderChange(tx, holderId, today);
    return assessment;
  });
}
