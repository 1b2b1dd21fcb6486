// Compliance results (CISO Assistant's five values) and how one obligation's effective result is
// decided on a date: an open violation linked to it makes it NON_COMPLIANT until remedied; else
// the Agency's latest finding on or before the date counts (a holder's self-assessment is shown but
// never counts as the Agency's finding); expired evidence makes the finding NOT_ASSESSED.

export const RESULTS = ['COMPLIANT', 'PARTIALLY_COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE', 'NOT_ASSESSED'] as const;
export type ComplianceResult = (typeof RESULTS)[number];

export interface AssessmentRecord {
  id: number;
  requirementCode: string;
  targetType: string;
  targetId: number;
  result: ComplianceResult;
  assessedOn: string;
  isSelfAssessment: boolean;
  evidence: { title: string; validUntil?: string | null }[];
}

export interface ViolationRecord {
  id: number;
  requirementCodes: string[];
  detectedOn: string;
  /** Day it stopped counting (remedied or cancelled); null while open. */
  closedOn: string | null;
  /** Cancelled violations never counted (not for repetition, risk or priority either). */
  cancelled?: boolean;
  /** The array or system concerned, when known: then only that target's obligation is affected. */
  arrayId?: number | null;
  systemId?: number | null;
}

/** Whether a violation concerns an obligation's target (a holder-level one is always concerned). */
function concerns(v: ViolationRecord, target: { type: string; id: number } | undefined): boolean {
  if (!target) return true;
  if (target.type === 'ARRAY') return !v.arrayId || v.arrayId === target.id;
  if (target.type === 'SYSTEM') return !v.systemId || v.systemId === target.id;
  return true;
}

export interface EffectiveResult {
  result: ComplianceResult;
  reasons: string[];
  /** The Agency finding used, if any. */
  assessmentId: number | null;
  selfAssessment: ComplianceResult | null;
}

const latestOnOrBefore = (list: AssessmentRecord[], asOf: string) =>
  list.filter((a) => a.assessedOn <= asOf).reduce<AssessmentRecord | null>((best, a) => (!best || a.assessedOn > best.assessedOn || (a.assessedOn === best.assessedOn && a.id > best.id) ? a : best), null);

/** The result of one obligation on `asOf`, from its assessments (all for this requirement and target) and the holder's violations. */
export function effectiveResult(input: {
  requirementCode: string;
  applies: boolean;
  assessments: AssessmentRecord[];
  violations: ViolationRecord[];
  asOf: string;
  target?: { type: string; id: number };
}): EffectiveResult {
  const self = latestOnOrBefore(input.assessments.filter((a) => a.isSelfAssessment), input.asOf);
  const selfAssessment = self?.result ?? null;
  if (!input.applies) return { result: 'NOT_APPLICABLE', reasons: ['the obligation does not apply to this target'], assessmentId: null, selfAssessment };
  const open = input.violations.find(
    (v) =>
      v.requirementCodes.includes(input.requirementCode) &&
      concerns(v, input.target) &&
      v.detectedOn <= input.asOf &&
      (!v.closedOn || v.closedOn > input.asOf),
  );
  if (open) return { result: 'NON_COMPLIANT', reasons: [`open violation #${open.id} recorded on ${open.detectedOn}`], assessmentId: null, selfAssessment };
  const finding = latestOnOrBefore(input.assessments.filter((a) => !a.isSelfAssessment), input.asOf);
  const selfNote = self ? [`the holder's self-assessment of ${self.assessedOn} says ${self.result} (not an Agency finding)`] : [];
  if (!finding) return { result: 'NOT_ASSESSED', reasons: ['no Agency finding on or before this date', ...selfNote], assessmentId: null, selfAssessment };
  const expired = finding.evidence.find((e) => e.validUntil && e.validUntil < input.asOf);
  if (expired) {
    return {
      result: 'NOT_ASSESSED',
      reasons: [`evidence "${expired.title}" of the finding of ${finding.assessedOn} expired on ${expired.validUntil}`, ...selfNote],
      assessmentId: finding.id,
      selfAssessment,
    };
  }
  return { result: finding.result, reasons: [`Agency finding of ${finding.assessedOn}: ${finding.result}`, ...selfNote], assessmentId: finding.id, selfAssessment };
}
