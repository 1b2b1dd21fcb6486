// The one refusal of a step reserved to the Agency's own staff (ADMIN, INSPECTOR; canManageRegistry
// in src/domain/access/roles.ts): registering holders, inspections, violations. `what` completes
// "only ADMIN or INSPECTOR may …".
import { canManageRegistry, type Viewer } from '../../domain/access/roles.js';
import { AppError } from '../../errors.js';

export function assertAgency(viewer: Viewer, what: string): void {
  if (!canManageRegistry(viewer)) throw new AppError('FORBIDDEN', `only ADMIN or INSPECTOR may ${what}`);
}
