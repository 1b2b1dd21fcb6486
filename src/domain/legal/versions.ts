// Which expression of an act governs a given day. An act version is in force on D when
// inForceFrom <= D < inForceTo (an open end never expires); drafts have no inForceFrom and are
// never "in force" (ELI eli:first_date_entry_in_force / eli:date_no_longer_in_force).

/** The dated part of a version that the rules below need; dates are ISO `YYYY-MM-DD`. */
export interface DatedVersion {
  versionDate: string;
  inForceFrom?: string | null;
  inForceTo?: string | null;
}

/** True when the version is in force on `date`. */
export function isInForceOn(version: DatedVersion, date: string): boolean {
  if (!version.inForceFrom || version.inForceFrom > date) return false;
  return !version.inForceTo || date < version.inForceTo;
}

/**
 * The version in force on `date`, or null. When intervals overlap (sources disagree on an end
 * date), the one that entered into force last wins, then the newer text.
 */
export function versionInForceOn<V extends DatedVersion>(versions: readonly V[], date: string): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if (!isInForceOn(v, date)) continue;
    if (!best || v.inForceFrom! > best.inForceFrom! || (v.inForceFrom === best.inForceFrom && v.versionDate > best.versionDate)) {
      best = v;
    }
  }
  return best;
}

/** The newest text (by versionDate), whatever its status: what a reader sees by default. */
export function latestVersion<V extends DatedVersion>(versions: readonly V[]): V | null {
  return versions.reduce<V | null>((best, v) => (!best || v.versionDate > best.versionDate ? v : best), null);
}

/**
 * The dated row in force on `date` (a rule-table version, a fine, a rate, a track's limits): the
 * latest whose validFrom is on or before it, unless its validTo (exclusive) has passed. Null before
 * the first. The one lookup for every table of dated rows.
 */
export function rowValidOn<R extends { validFrom: string; validTo?: string | null }>(rows: readonly R[], date: string): R | null {
  let best: R | null = null;
  for (const r of rows) if (r.validFrom <= date && (!r.validTo || date < r.validTo) && (!best || r.validFrom > best.validFrom)) best = r;
  return best;
}
