// The small pieces of an OSCAL document (oscal.ts): the hub's UUIDs, names and namespace, and
// helpers for OSCAL's string types (no empty arrays, no blank or multi-line strings, tokens).
import { createHash } from 'node:crypto';
import type { ComplianceResult } from '../domain/compliance/results.js';
import type { Sanction } from '../domain/sanctions/sanction.js';
import type { EvidenceData } from '../modules/compliance/requirement-assessment.entity.js';
import type { ChecklistItem } from '../modules/inspection/inspection.entity.js';

/** The OSCAL version of test/fixtures/oscal/oscal_assessment-results_schema.json. */
export const OSCAL_VERSION = '1.1.3';

/** Namespace of the hub's own property, facet and part names (an identifier, not a page to fetch). */
export const OSCAL_NS = 'https://dpa.gov.kg/ns/oscal';

/** Fixed namespace of the hub's version-5 UUIDs. Never change it: every exported UUID would change. */
const UUID_NAMESPACE = '19498b99-a7ad-4fdf-93d7-9f0f9beb6fcd';

export const AGENCY_NAME = 'State Agency for Personal Data Protection under the Cabinet of Ministers of the Kyrgyz Republic';
/** Inspection days are Bishkek calendar days (UTC+6, no daylight saving). */
const BISHKEK_OFFSET = '+06:00';

/** RFC 4122 version-5 UUID of `name` in the hub's namespace. */
export function uuidV5(name: string): string {
  const ns = Buffer.from(UUID_NAMESPACE.replace(/-/g, ''), 'hex');
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

// ---- helpers: OSCAL's string types refuse empty arrays, blank or multi-line strings, odd tokens ----

export type Json = Record<string, unknown>;

/** Arrays must have at least one item: an empty one is left out. */
export const some = <T>(a: T[]): T[] | undefined => (a.length ? a : undefined);

/** StringDatatype: no leading or trailing blank, one line. */
export const line = (s: string | null | undefined): string | undefined => {
  const v = (s ?? '').replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
};

/** TokenDatatype: a letter or `_`, then letters, digits, `.`, `-`, `_`. */
export function token(s: string): string {
  const t = s.replace(/[^\p{L}\p{N}._-]/gu, '_');
  return /^[\p{L}_]/u.test(t) ? t : `_${t}`;
}

export const prop = (name: string, value: string | number | boolean | null | undefined, extra: Json = {}): Json | undefined => {
  const v = line(value === null || value === undefined ? undefined : String(value));
  return v === undefined ? undefined : { name, ns: OSCAL_NS, value: v, ...extra };
};
export const props = (...p: (Json | undefined)[]): Json[] | undefined => some(p.filter((x): x is Json => x !== undefined));

export const facet = (name: string, value: string | number | boolean | null | undefined): Json | undefined => {
  const v = line(value === null || value === undefined ? undefined : String(value));
  return v === undefined ? undefined : { name, system: OSCAL_NS, value: v };
};

export const dayStart = (d: string) => `${d}T00:00:00${BISHKEK_OFFSET}`;
export const dayEnd = (d: string) => `${d}T23:59:59${BISHKEK_OFFSET}`;

/** The checklist item a violation came from: its requirement on its target. */
export const itemKeyOf = (requirementCode: string, type: string, id: number) => `${requirementCode}@${type}:${id}`;

/** The control objective of a checklist item: its requirement for its target. */
export const objectiveIdOf = (item: Pick<ChecklistItem, 'requirementCode' | 'targetType' | 'targetId'>) =>
  token(`${item.requirementCode}_${item.targetType.toLowerCase()}-${item.targetId}`);

/** OSCAL objective status of a hub result (there is no "not applicable" state: see implementation-status). */
export function objectiveStatus(result: ComplianceResult | null): { state: 'satisfied' | 'not-satisfied'; reason: 'pass' | 'fail' | 'other'; implementation?: string; remarks?: string } {
  switch (result) {
    case 'COMPLIANT':
      return { state: 'satisfied', reason: 'pass', implementation: 'implemented' };
    case 'NON_COMPLIANT':
      return { state: 'not-satisfied', reason: 'fail' };
    case 'PARTIALLY_COMPLIANT':
      return { state: 'not-satisfied', reason: 'other', implementation: 'partial', remarks: 'Partially compliant: the requirement is met only in part.' };
    case 'NOT_APPLICABLE':
      return { state: 'satisfied', reason: 'other', implementation: 'not-applicable', remarks: 'The inspector found the requirement not applicable to this target.' };
    case 'NOT_ASSESSED':
      return { state: 'not-satisfied', reason: 'other', remarks: 'Recorded as not assessed: the inspection could not establish that the requirement is met.' };
    default:
      return { state: 'not-satisfied', reason: 'other', remarks: 'No finding was recorded on this checklist item before the inspection was completed.' };
  }
}

/** Evidence records are documents, policies, screenshots, logs, certificates, contracts: examined artefacts. */
export const methodsOf = (evidence: EvidenceData[]) => (evidence.length ? ['EXAMINE'] : ['UNKNOWN']);

export function sanctionFacets(s: Sanction | null): (Json | undefined)[] {
  if (!s) return [facet('sanction', 'none computed')];
  return [
    facet('sanction-article', s.articleCode),
    facet('repeat-offence', s.repeat),
    facet('fine-indicators', s.fineIndicators),
    facet('fine-soms', s.fineSoms),
    facet('fine-cap-indicators', s.capIndicators),
    facet('decided-by', s.decidedBy),
    facet('code-version', s.codeVersion),
    facet('sanction-verified', s.verified),
    ...s.reasons.map((r) => facet('sanction-reason', r)),
  ];
}
