// Who sees an offender's person: officials' names and positions are personal data (Law No. 58), so
// only the Agency sees them, in the `offenders` field of a violation and in its OSCAL export alike.
import { isAgency, type Viewer } from '../../domain/access/roles.js';
import type { OffenderRow } from './penalty.store.js';

/** An offender as `viewer` may see it: the person's name and position null outside the Agency. */
export function offenderSeenBy(viewer: Viewer, o: OffenderRow) {
  const personal = isAgency(viewer);
  return {
    role: o.role,
    offenderType: o.offenderType,
    assumed: o.assumed,
    personName: personal ? o.personName : null,
    personPosition: personal ? o.personPosition : null,
    sanction: o.sanction,
  };
}
