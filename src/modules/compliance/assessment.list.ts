// Assessments with their evidence as a filtered connection, newest first. Who may list them
// follows the compliance status they feed: the Agency, analysts and partners every holder's, a
// HOLDER key its own (src/domain/access/roles.ts, canSeeRegistryDetails); PUBLIC none.
// Evidence validity is the rule of src/domain/compliance/results.ts: an item with `validUntil`
// before the day is expired on that day.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, ID, InputType } from 'type-graphql';
import { seesAllRegistryDetails, type Viewer } from '../../domain/access/roles.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { bounded, holderScope, keysetPage, type Condition, type KeysetQuery } from '../../graphql/keyset.js';
import type { PageArgs } from '../../graphql/pagination.js';
import { keyOf } from '../holder/holder.lookup.js';
import type { Assessment } from './assessment.types.js';
import { registerDescribedEnum } from '../../graphql/enum.js';
import { toGlobalId } from '../../graphql/node.js';

export enum AssessorKind {
  SELF = 'SELF',
  AGENCY = 'AGENCY',
}
registerDescribedEnum(AssessorKind, 'AssessorKind', 'Who assessed.', { SELF: "The holder's own self-assessment.", AGENCY: "The Agency's finding (an inspection or an inspector's assessment)." });

@InputType({ description: 'Filter for `assessments`; all given conditions must hold.' })
export class AssessmentFilter {
  @Field(() => ID, { nullable: true, description: 'Global ID of one holder.' })
  holderId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Any of these requirement codes.' })
  requirementCodes?: string[] | null;

  @Field(() => AssessorKind, { nullable: true, description: "The holder's own self-assessments, or the Agency's." })
  assessorKind?: AssessorKind | null;

  @Field(() => DateScalar, { nullable: true, description: 'Assessed on or before this day, with no evidence expired on it.' })
  validOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'With an evidence item expired on this day (before it, past its `validUntil`).' })
  expiredOn?: string | null;
}

const EXPIRED_ON = `exists (select 1 from jsonb_array_elements(a.evidence) e where e->>'validUntil' is not null and (e->>'validUntil')::date < ?::date)`;
export const ASSESSMENTS_FROM = 'from requirement_assessment a join requirement r on r.id = a.requirement_id';

/** The viewer's scope and the filter over `a` (assessment) and `r` (requirement); FORBIDDEN for PUBLIC. */
export function assessmentConditions(viewer: Viewer, f: AssessmentFilter | null | undefined): Condition[] {
  const c = holderScope(viewer, seesAllRegistryDetails(viewer), 'a.holder_id', 'assessments', 'assessments are for the Agency, analysts, partners and the holder itself');
  if (f?.holderId) c.push(['a.holder_id = ?', [keyOf(f.holderId, 'Holder', 'filter.holderId')]]);
  const codes = bounded(f?.requirementCodes, 'filter.requirementCodes');
  if (codes.length) c.push(['r.code in (?)', [codes]]);
  if (f?.assessorKind) c.push(['a.is_self_assessment = ?', [f.assessorKind === AssessorKind.SELF]]);
  if (f?.validOn) c.push([`a.assessed_on <= ? and not ${EXPIRED_ON}`, [f.validOn, f.validOn]]);
  if (f?.expiredOn) c.push([EXPIRED_ON, [f.expiredOn]]);
  return c;
}

export type AssessmentRow = { id: number; holder_id: number; code: string; result: Assessment['result']; assessed_on: string; is_self_assessment: boolean; evidence: Partial<Assessment['evidence'][number]>[] };

export function assessmentQuery(viewer: Viewer, f: AssessmentFilter | null | undefined): KeysetQuery {
  return { select: `select a.id, a.holder_id, r.code, a.result, a.assessed_on, a.is_self_assessment, a.evidence ${ASSESSMENTS_FROM}`, idColumn: 'a.id', conditions: assessmentConditions(viewer, f) };
}

export function listAssessments(em: EntityManager, viewer: Viewer, f: AssessmentFilter | null | undefined, args: PageArgs) {
  return keysetPage(em, assessmentQuery(viewer, f), ASSESSMENTS_FROM, args, (rows: AssessmentRow[]) =>
    rows.map(
      (r): Assessment => ({
        id: r.id,
        holderId: toGlobalId('Holder', r.holder_id),
        requirementCode: r.code,
        result: r.result,
        assessedOn: r.assessed_on,
        isSelfAssessment: r.is_self_assessment,
        evidence: r.evidence.map((e) => ({ kind: e.kind ?? '', title: e.title ?? '', uri: e.uri ?? null, sha256: e.sha256 ?? null, validUntil: e.validUntil ?? null })),
      }),
    ),
  );
}
