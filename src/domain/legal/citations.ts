// Dated citations: which acts and provisions an obligation may cite on a day. A citation belongs
// to the version of the cited act in force that day (ELI eli:first_date_entry_in_force /
// eli:date_no_longer_in_force, as in versions.ts), so its validity is derived from the legal-act
// data, said once; a seed narrows it with validFrom/validTo only where the wording moved between
// acts. An act adopted after D, or adopted but not yet in force on D, is never cited on D, except
// as a draft the what-if scenario treats as in force.
import { versionInForceOn, type DatedVersion } from './versions.js';

/** One reference of a requirement, as in seeds/requirements/*.yaml (`provisions`). */
export interface CitationSpec {
  /** Act code or `<act code>#<eId>`. */
  ref: string;
  /** Narrower window (first day / first day no longer cited), when the wording moved between acts. */
  validFrom?: string | null;
  validTo?: string | null;
  /** What is unverified or unknown about this reference (e.g. a predecessor not recorded). */
  note?: string | null;
}

export interface Citation {
  ref: string;
  actCode: string;
  /** The cited act's version in force on the date; null when cited only through the scenario. */
  version: DatedVersion | null;
  viaScenario: boolean;
  note: string | null;
}

export interface OmittedCitation {
  ref: string;
  reason: string;
}

export interface CitationsOnDate {
  cited: Citation[];
  omitted: OmittedCitation[];
}

export const actOf = (ref: string): string => ref.split('#')[0]!;

/** Why no version of the act is in force on `asOf` (not yet, no longer, or never). */
function notInForceReason(versions: readonly DatedVersion[], asOf: string): string {
  const later = versions.filter((v) => v.inForceFrom && v.inForceFrom > asOf).map((v) => v.inForceFrom!).sort()[0];
  if (later) return `not yet in force on ${asOf} (in force from ${later})`;
  const ended = versions.filter((v) => v.inForceTo && v.inForceTo <= asOf).map((v) => v.inForceTo!).sort().at(-1);
  if (ended) return `no longer in force on ${asOf} (ended ${ended})`;
  return `never in force so far (a draft or an act not yet put into force); cited only in a scenario`;
}

/** The references of a requirement that count on `asOf`, and why each other one does not. */
export function citationsOn(
  specs: readonly CitationSpec[],
  versionsByAct: ReadonlyMap<string, readonly DatedVersion[]>,
  asOf: string,
  scenario: ReadonlySet<string> = new Set(),
): CitationsOnDate {
  const result: CitationsOnDate = { cited: [], omitted: [] };
  for (const spec of specs) {
    const actCode = actOf(spec.ref);
    const note = spec.note ?? null;
    if (spec.validFrom && asOf < spec.validFrom) {
      result.omitted.push({ ref: spec.ref, reason: `${spec.ref} is cited from ${spec.validFrom} only` });
      continue;
    }
    if (spec.validTo && asOf >= spec.validTo) {
      result.omitted.push({ ref: spec.ref, reason: `${spec.ref} is cited until ${spec.validTo} only` });
      continue;
    }
    const versions = versionsByAct.get(actCode) ?? [];
    const version = versionInForceOn(versions, asOf);
    if (version) result.cited.push({ ref: spec.ref, actCode, version, viaScenario: false, note });
    else if (scenario.has(actCode)) result.cited.push({ ref: spec.ref, actCode, version: null, viaScenario: true, note });
    else result.omitted.push({ ref: spec.ref, reason: `${spec.ref} not cited: ${actCode} is ${notInForceReason(versions, asOf)}${note ? `; ${note}` : ''}` });
  }
  return result;
}

/** A reason line for one counted citation. */
export function citationReason(c: Citation, asOf: string): string {
  const base = c.viaScenario
    ? `cites ${c.ref} (not in force on ${asOf}; the scenario treats ${c.actCode} as in force)`
    : `cites ${c.ref} (version of ${c.version!.versionDate}, in force on ${asOf})`;
  return c.note ? `${base}; ${c.note}` : base;
}

/**
 * Checks a seed's explicit window against the cited act's versions: the window must be ordered
 * and overlap at least one in-force interval, else the citation could never count. Returns the
 * problem, or null.
 */
export function citationWindowProblem(spec: CitationSpec, versions: readonly DatedVersion[]): string | null {
  if (!spec.validFrom && !spec.validTo) return null;
  if (spec.validFrom && spec.validTo && spec.validTo <= spec.validFrom) return 'validTo must be after validFrom';
  const overlaps = versions.some((v) => {
    if (!v.inForceFrom) return false;
    const startsBeforeEnd = !spec.validTo || v.inForceFrom < spec.validTo;
    const endsAfterStart = !spec.validFrom || !v.inForceTo || v.inForceTo > spec.validFrom;
    return startsBeforeEnd && endsAfterStart;
  });
  return overlaps ? null : `no version of ${actOf(spec.ref)} is in force within ${spec.validFrom ?? '…'} – ${spec.validTo ?? '…'}, so it would never be cited`;
}
