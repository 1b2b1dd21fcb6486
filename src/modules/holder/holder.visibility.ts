// Which viewer sees which Registry field (policies in src/domain/access/roles.ts).
import { canSeePersonalData, canSeeRegistryDetails } from '../../domain/access/roles.js';
import { tinIsPersonalData } from '../../domain/registry/holder-kind.js';
import { VisibleWhen } from '../../graphql/visibility.js';
import type { Holder } from './holder.entity.js';

type OwnedByHolder = { holder: { id: number } };

export const NOTE_PERSONAL = 'Personal data: null unless the viewer is ADMIN, INSPECTOR or this holder.';
export const NOTE_DETAILS = 'Beyond the public Registry view: null for PUBLIC callers and other holders.';

/** Holder fields that are personal data (heads, responsible persons). */
export const HolderPersonal = () => VisibleWhen<Holder>((v, h) => canSeePersonalData(v, h.id));
/** Holder fields beyond the public view. */
export const HolderDetail = () => VisibleWhen<Holder>((v, h) => canSeeRegistryDetails(v, h.id));
/** The TIN is public for organisations, personal data for individual entrepreneurs. */
export const HolderTin = () => VisibleWhen<Holder>((v, h) => !tinIsPersonalData(h.kind) || canSeePersonalData(v, h.id));
/** Details of arrays and systems, by their holder. */
export const OwnedDetail = () => VisibleWhen<OwnedByHolder>((v, x) => canSeeRegistryDetails(v, x.holder.id));
