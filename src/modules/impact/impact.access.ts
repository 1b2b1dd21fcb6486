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

/** Sample holders name organisations: for the Agency's keys (those that start runs), not PARTNER. */
export const seesImpactHolders = (viewer: Viewer) => STARTERS.includes(viewer.role);

export function assertCanSeeImpactHolders(viewer: Viewer): void {
  assertCanReadImpact(viewer);
  if (!seesImpactHolders(viewer)) throw new AppError('FORBIDDEN', 'sample holders are for Agency keys; PARTNER keys see aggregates only');
}
