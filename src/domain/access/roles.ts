// Who may see and do what in the Registry. The Registry itself holds personal data (heads,
// responsible persons, an individual entrepreneur's TIN), visible only to the Agency's ADMIN and
// INSPECTOR roles and to the holder itself (Law 58: confidentiality, Art. 17(b)).

export const ROLES = ['ADMIN', 'INSPECTOR', 'ANALYST', 'HOLDER', 'PARTNER', 'PUBLIC'] as const;
export type RoleValue = (typeof ROLES)[number];

export interface Viewer {
  role: RoleValue;
  /** API key used, null for anonymous PUBLIC callers. */
  keyId: number | null;
  /** For the HOLDER role: the one holder this key is bound to. */
  holderId: number | null;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: 'PUBLIC', keyId: null, holderId: null });

/** The Agency's own staff. */
export const isAgency = (v: Viewer) => v.role === 'ADMIN' || v.role === 'INSPECTOR';
const isOwnHolder = (v: Viewer, holderId: number) => v.role === 'HOLDER' && v.holderId === holderId;

/** Names and contacts of heads and responsible persons, an entrepreneur's TIN. */
export function canSeePersonalData(v: Viewer, holderId: number): boolean {
  return isAgency(v) || isOwnHolder(v, holderId);
}

/**
 * Registry details beyond the public view (the public view is: holder name, registry number,
 * arrays' names and purposes). A HOLDER key sees other holders as the public does.
 */
export function canSeeRegistryDetails(v: Viewer, holderId: number): boolean {
  return seesAllRegistryDetails(v) || isOwnHolder(v, holderId);
}

/** Registry details of every holder (and aggregates over them): the Agency, analysts and partners. */
export function seesAllRegistryDetails(v: Viewer): boolean {
  return isAgency(v) || v.role === 'ANALYST' || v.role === 'PARTNER';
}

/** Creating a holder record or deregistering one is the Agency's act. */
export function canManageRegistry(v: Viewer): boolean {
  return isAgency(v);
}

/** Editing a holder's own record, arrays and systems. */
export function canEditHolder(v: Viewer, holderId: number): boolean {
  return isAgency(v) || isOwnHolder(v, holderId);
}

/** The audit log: the Agency only. */
export function canReadAuditLog(v: Viewer): boolean {
  return isAgency(v);
}
