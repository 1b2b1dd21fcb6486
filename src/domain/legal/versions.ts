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
