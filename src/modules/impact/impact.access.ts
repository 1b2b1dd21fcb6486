// Who may do what with regulatory-impact runs (issue 15): the Agency's roles start and read them,
// PARTNER keys read the aggregates only (never which holders), PUBLIC and HOLDER keys nothing.
import type { Viewer } from '../../domain/access/roles.js';
import { AppError } from '../../errors.js';

const READERS = ['ANALYST', 'INSPECTOR', 'ADMIN', 'PARTNER'];
const STARTERS = ['ANALYST', 'INSPECTOR', 'ADMIN'];

export function assertCanReadImpact(viewer: Viewer): void {
  if (!READERS.includes(viewer.role)) throw new AppError('FORBIDDEN', `impact runs are for ${READERS.join(', ')} keys`);
}

export function assertCanStartImpact(viewer: Viewer): void {
  if (!STARTERS.includes(viewer.role)) throw new AppError('FORBIDDEN', `starting an impact run is for ${STARTERS.join(', ')} keys`);
}

/** Sample holders name organisations: not for PARTNER keys. */
export function assertCanSeeImpactHolders(viewer: Viewer): void {
  assertCanReadImpact(viewer);
  if (viewer.role === 'PARTNER') throw new AppError('FORBIDDEN', 'sample holders are for Agency keys; PARTNER keys see aggregates only');
}

export const seesImpactHolders = (viewer: Viewer) => STARTERS.includes(viewer.role);
