// Kinds of holders (owners) of personal-data arrays and the inspection track each follows: state
// bodies, local state administrations and local self-government bodies are controlled on the
// state track (the Agency's draft state-bodies resolution); every other holder is a business
// entity inspected under Law No. 72 (the Agency's note on inspections; Law 58 Art. 30).

export const HOLDER_KINDS = [
  'STATE_BODY',
  'LOCAL_STATE_ADMINISTRATION',
  'LOCAL_SELF_GOVERNMENT',
  'COMMERCIAL_ORGANISATION',
  'NON_COMMERCIAL_ORGANISATION',
  'INDIVIDUAL_ENTREPRENEUR',
] as const;
export type HolderKindValue = (typeof HOLDER_KINDS)[number];

export type InspectionTrackValue = 'STATE' | 'BUSINESS';

const STATE_KINDS: ReadonlySet<HolderKindValue> = new Set(['STATE_BODY', 'LOCAL_STATE_ADMINISTRATION', 'LOCAL_SELF_GOVERNMENT']);

/** The inspection track a holder of `kind` follows. */
export function inspectionTrackOf(kind: HolderKindValue): InspectionTrackValue {
  return STATE_KINDS.has(kind) ? 'STATE' : 'BUSINESS';
}

/** An individual entrepreneur's TIN is their personal identification number, i.e. personal data. */
export function tinIsPersonalData(kind: HolderKindValue): boolean {
  return kind === 'INDIVIDUAL_ENTREPRENEUR';
}
