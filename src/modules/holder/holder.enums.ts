// GraphQL and ORM enums of the Registry, built from the domain's value lists.
import { HOLDER_KINDS, type InspectionTrackValue } from '../../domain/registry/holder-kind.js';
import { REGISTRATION_STATUSES } from '../../domain/registry/registration.js';
import { enumObject, registerDescribedEnum } from '../../graphql/enum.js';

export const HolderKind = enumObject(HOLDER_KINDS);
export type HolderKind = (typeof HolderKind)[keyof typeof HolderKind];
registerDescribedEnum(HolderKind, 'HolderKind', 'Kind of holder (owner) of personal-data arrays; it decides the inspection track.', {
  STATE_BODY: 'State authority (state track).',
  LOCAL_STATE_ADMINISTRATION: 'Local state administration (state track).',
  LOCAL_SELF_GOVERNMENT: 'Local self-government body (state track).',
  COMMERCIAL_ORGANISATION: 'Commercial organisation (business track, Law No. 72).',
  NON_COMMERCIAL_ORGANISATION: 'Non-commercial organisation (business track, Law No. 72).',
  INDIVIDUAL_ENTREPRENEUR: 'Individual entrepreneur (business track; the TIN is personal data).',
});

export const RegistrationStatus = enumObject(REGISTRATION_STATUSES);
export type RegistrationStatus = (typeof RegistrationStatus)[keyof typeof RegistrationStatus];
registerDescribedEnum(RegistrationStatus, 'RegistrationStatus', 'Stage of registration in the Registry (Law 58 Art. 30; Res. 638).', {
  NOT_REGISTERED: 'Known to the Agency but not registered.',
  APPLICATION_SUBMITTED: 'Stage 1: application forms submitted.',
  REGISTERED: 'Stage 2: entered in the Registry with a registry number.',
  LISTS_APPROVED: 'Stage 3: the lists of personal data are approved.',
  DEREGISTERED: 'Removed from the Registry.',
});

export const InspectionTrack = enumObject(['STATE', 'BUSINESS'] as const satisfies readonly InspectionTrackValue[]);
export type InspectionTrack = (typeof InspectionTrack)[keyof typeof InspectionTrack];
registerDescribedEnum(InspectionTrack, 'InspectionTrack', 'Legal framework for inspecting a holder.', {
  STATE: 'State bodies and local government: the state-bodies control rules.',
  BUSINESS: 'Business entities: Law No. 72 on inspections of business entities.',
});

export const OWNERSHIP_FORMS = ['STATE', 'MUNICIPAL', 'PRIVATE', 'MIXED', 'FOREIGN'] as const;
export const OwnershipForm = enumObject(OWNERSHIP_FORMS);
export type OwnershipForm = (typeof OwnershipForm)[keyof typeof OwnershipForm];
registerDescribedEnum(OwnershipForm, 'OwnershipForm', 'Form of ownership (Registry field, Law 58 Art. 30).', {
  STATE: 'State property.',
  MUNICIPAL: 'Municipal property.',
  PRIVATE: 'Private property.',
  MIXED: 'Mixed ownership.',
  FOREIGN: 'Foreign ownership or participation.',
});

export const STORAGE_MEDIA = ['PAPER_ARCHIVE', 'CARD_FILE', 'INFORMATION_SYSTEM', 'ELECTRONIC_DATABASE'] as const;
export const StorageMedium = enumObject(STORAGE_MEDIA);
export type StorageMedium = (typeof StorageMedium)[keyof typeof StorageMedium];
registerDescribedEnum(StorageMedium, 'StorageMedium', 'Medium on which an array is kept (Agency: archives, card files, IS, databases).', {
  PAPER_ARCHIVE: 'Paper archive.',
  CARD_FILE: 'Card file.',
  INFORMATION_SYSTEM: 'Information system.',
  ELECTRONIC_DATABASE: 'Electronic database (e.g. HR or accounting).',
});

export const THREAT_TYPES = ['TYPE_1', 'TYPE_2', 'TYPE_3'] as const;
export const ThreatType = enumObject(THREAT_TYPES);
export type ThreatType = (typeof ThreatType)[keyof typeof ThreatType];
registerDescribedEnum(ThreatType, 'ThreatType', 'Type of actual threats to the system (Res. 760 threat-type form; scheme unverified).', {
  TYPE_1: 'Threats from undocumented capabilities of system software.',
  TYPE_2: 'Threats from undocumented capabilities of application software.',
  TYPE_3: 'Threats not related to undocumented capabilities.',
});
