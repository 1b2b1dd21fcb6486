// In-force legal bases only (issue 10): an inspection, a plan or a sanction may cite an act only if a
// version of it is in force on its date (src/domain/legal/versions.ts: inForceFrom <= D < inForceTo).
// A draft has no version in force, so it is never a basis; it stays reachable only as a `scenario`
// of the what-if queries. The state-body track rests on Cabinet Resolution No. 158 of 22 Mar 2023
// (domain.md §0, verified from the Agency's news); the business track on Law No. 72 (2007).
// Choice: REFUSE (rule `legal-basis-in-force`), not warn: an inspection is an act of the Agency that
// must name a basis in force, and a warning would let a draft-based inspection be scheduled.
import { rowValidOn, versionInForceOn, type DatedVersion } from '../legal/versions.js';
import type { Refusal } from './workflow.js';

export interface BasisAct {
  code: string;
  type: string;
  versions: readonly (DatedVersion & { verified?: boolean })[];
}

export interface LegalBasis {
  act: string;
  versionDate: string;
  inForceFrom: string;
  reason: string;
}

/** The basis `act` gives on `date`, or the refusal naming the rule. */
export function legalBasisOn(act: BasisAct | null, code: string, date: string): LegalBasis | Refusal {
  if (!act) return { rule: 'legal-basis-in-force', reason: `${code} is not a loaded act` };
  if (act.type === 'DRAFT') return { rule: 'legal-basis-in-force', reason: `${code} is a draft (no version in force); drafts are reachable only as a scenario` };
  const v = versionInForceOn(act.versions, date);
  if (!v) return { rule: 'legal-basis-in-force', reason: `${code} has no version in force on ${date}` };
  return {
    act: code,
    versionDate: v.versionDate,
    inForceFrom: v.inForceFrom!,
    reason: `legal basis ${code}, version of ${v.versionDate} in force on ${date} (from ${v.inForceFrom}${v.inForceTo ? ` to ${v.inForceTo}` : ''})${v.verified === false ? '; version dates not verified' : ''}`,
  };
}

/** The limits row of `track` in force on `date` (the latest validFrom on or before it), or a refusal. */
export function limitsRowOn<L extends { track: string; validFrom: string; sourceAct: string }>(limits: readonly L[], track: string, date: string): L | Refusal {
  const l = rowValidOn(limits.filter((x) => x.track === track), date);
  return l ?? { rule: 'legal-basis-in-force', reason: `no inspection rules of the ${track} track rest on an act in force on ${date} (seeds/inspection-rules)` };
}
