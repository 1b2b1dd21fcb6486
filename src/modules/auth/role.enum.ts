import { ROLES } from '../../domain/access/roles.js';
import { enumObject, registerDescribedEnum } from '../../graphql/enum.js';

export const Role = enumObject(ROLES);
export type Role = (typeof Role)[keyof typeof Role];
registerDescribedEnum(Role, 'Role', 'Role of a caller (from its API key; PUBLIC without one).', {
  ADMIN: 'Agency administrator: everything, including keys.',
  INSPECTOR: 'Agency inspector: reads everything, writes the Registry and findings.',
  ANALYST: 'Agency analyst: reads everything except personal data; no writes.',
  HOLDER: "A holder's own key: reads and edits only its own records.",
  PARTNER: 'Partner agency: read-only, no personal data.',
  PUBLIC: 'Anonymous caller: the public Registry view only.',
});
