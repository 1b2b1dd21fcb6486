// Stable addresses of legal content: act codes `kg/<type>/<year>/<number>` and provision addresses
// `<act code>#<eId>` (ELI-style work URI plus an Akoma Ntoso element id).
import { AppError } from '../../errors.js';

export const ACT_CODE = /^kg\/[a-z-]+\/\d{4}\/[0-9a-z-]+$/;
export const EID = /^[a-z0-9_-]+$/;
export const PROVISION_CODE = /^kg\/[a-z-]+\/\d{4}\/[0-9a-z-]+#[a-z0-9_-]+$/;
export const ACT_OR_PROVISION_CODE = /^kg\/[a-z-]+\/\d{4}\/[0-9a-z-]+(#[a-z0-9_-]+)?$/;

/** Rejects strings that cannot be act codes, naming the argument. */
export function assertActCode(code: string, field: string): void {
  if (!ACT_CODE.test(code)) throw AppError.badInput(field, 'must be an act code like kg/law/2008/58');
}

/** Rejects strings that cannot be provision addresses, naming the argument. */
export function assertProvisionCode(code: string, field: string): void {
  if (!PROVISION_CODE.test(code)) throw AppError.badInput(field, 'must be a provision address like kg/law/2008/58#art_21');
}
