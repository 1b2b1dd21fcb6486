// Which viewer sees which Registry field (policies in src/domain/access/roles.ts).
import { canSeePersonalData, canSeeRegistryDetails } from '../../domain/access/roles.js';
import { tinIsPersonalData } from '../../domain/registry/holder-kind.js';
import { VisibleWhen } from '../../graphql/visibility.js';
import type { HolderKindValue } from '../../domain/registry/holder-kind.js';

/** What the rules read of a holder row (structural: the entity file imports this one). */
type HolderRow = { id: number; kind: HolderKindValue };

type OwnedByHolder = { holder: { id: number } };

export const NOTE_PERSONAL = 'Personal data: null unless the viewer is ADMIN, INSPECTOR or this holder.';
export const NOTE_DETAILS = 'Beyond the public Registry view: null for PUBLIC callers and other holders.';

/** Holder fields that are personal data (heads, responsible persons). */
export const HolderPersonal = () => VisibleWhen<HolderRow>((v, h) => canSeePersonalData(v, h.id));
/** Holder fields beyond the public view. */
export const HolderDetail = () => VisibleWhen<HolderRow>((v, h) => canSeeRegistryDetails(v, h.id));
/** The TIN is public for organisations, personal data for individual entrepreneurs. */
export const HolderTin = () => VisibleWhen<HolderRow>((v, h) => !tinIsPersonalData(h.kind) || canSeePersonalData(v, h.id));
/** Details of arrays and systems, by their holder. */
export const OwnedDetail = () => VisibleWhen<OwnedByHolder>((v, x) => canSeeRegistryDetails(v, x.holder.id));
