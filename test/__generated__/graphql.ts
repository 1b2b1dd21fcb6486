/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new information system of a holder. */
export type AddInformationSystemInput = {
  /** Global IDs of the holder's arrays it processes. */
  arrayIds?: Array<string | number> | null | undefined;
  /** Data-category keys processed. */
  dataCategories?: Array<string> | null | undefined;
  /** Subjects are only the holder's employees. */
  employeesOnly?: boolean | null | undefined;
  /** Global ID of the holder. */
  holderId: string | number;
  /** Hosting country (ISO alpha-2). */
  hostingCountry?: string | null | undefined;
  /** Reachable from the internet. */
  internetExposed?: boolean | null | undefined;
  /** State information system (Res. 762). */
  isStateSystem?: boolean | null | undefined;
  /** Name of the system. */
  name?: string | null | undefined;
  /** Number of subjects. */
  subjectCount?: number | null | undefined;
  /** Type of actual threats. */
  threatType?: ThreatType | null | undefined;
};

/** A new array of a holder. */
export type AddPersonalDataArrayInput = {
  /** Methods of collection. */
  collectionMethods?: string | null | undefined;
  /** Countries of planned cross-border transfer (ISO alpha-2). */
  crossBorderCountries?: Array<string> | null | undefined;
  /** Data-category keys. */
  dataCategories?: Array<string> | null | undefined;
  /** Global ID of the holder. */
  holderId: string | number;
  /** How subjects are informed. */
  informingProcedure?: string | null | undefined;
  /** Media the array is kept on. */
  media?: Array<StorageMedium> | null | undefined;
  /** Name of the array. */
  name?: string | null | undefined;
  /** Purposes of collection and use. */
  purposes?: Array<string> | null | undefined;
  /** Recipients or categories of recipients. */
  recipients?: Array<string> | null | undefined;
  /** Security and confidentiality measures. */
  securityMeasures?: string | null | undefined;
  /** Sources of collection. */
  sources?: string | null | undefined;
  /** Storage modes. */
  storageModes?: string | null | undefined;
  /** Storage term. */
  storageTerm?: string | null | undefined;
  /** Subject-category keys. */
  subjectCategories?: Array<string> | null | undefined;
  /** Approximate number of subjects. */
  subjectCount?: number | null | undefined;
  /** Methods of use. */
  useMethods?: string | null | undefined;
};

/** Status of a holder or system from its obligations (rules in src/domain/compliance/aggregate.ts): COMPLIANT only when every applicable obligation is assessed and compliant. */
export type AggregateStatus =
  /** Every applicable obligation is assessed and COMPLIANT. */
  | 'COMPLIANT'
  /** At least one applicable obligation is NON_COMPLIANT (whatever the coverage). */
  | 'NON_COMPLIANT'
  /** No obligation applies on the date. */
  | 'NOT_APPLICABLE'
  /** No applicable obligation is assessed. */
  | 'NOT_ASSESSED'
  /** Some applicable obligations are assessed (none NON_COMPLIANT), others are still NOT_ASSESSED: see score and coverage. */
  | 'PARTIALLY_ASSESSED'
  /** Every applicable obligation is assessed; some only PARTIALLY_COMPLIANT, none NON_COMPLIANT. */
  | 'PARTIALLY_COMPLIANT';

/** Entry of a holder in the Registry, with its number. */
export type ApproveRegistrationInput = {
  /** Global ID of the holder. */
  holderId: string | number;
  /** Day of the step (default: today). */
  on?: string | null | undefined;
  /** Registry number assigned. */
  registryNumber: string;
  /** The version read; a stale one is a CONFLICT. */
  version: number;
};

/** Filter for `approvedInspectionPlans`. */
export type ApprovedPlanFilter = {
  /** Any of these tracks. */
  tracks?: Array<InspectionTrack> | null | undefined;
  /** Plan year. */
  year?: number | null | undefined;
};

/** Filter for `assessments`; all given conditions must hold. */
export type AssessmentFilter = {
  /** The holder's own self-assessments, or the Agency's. */
  assessorKind?: AssessorKind | null | undefined;
  /** With an evidence item expired on this day (before it, past its `validUntil`). */
  expiredOn?: string | null | undefined;
  /** Global ID of one holder. */
  holderId?: string | number | null | undefined;
  /** Any of these requirement codes. */
  requirementCodes?: Array<string> | null | undefined;
  /** Assessed on or before this day, with no evidence expired on it. */
  validOn?: string | null | undefined;
};

/** Who assessed. */
export type AssessorKind =
  /** The Agency's finding (an inspection or an inspector's assessment). */
  | 'AGENCY'
  /** The holder's own self-assessment. */
  | 'SELF';

/** Filter for the audit log; all given conditions must hold. */
export type AuditLogFilter = {
  /** Action name. */
  action?: string | null | undefined;
  /** API key id of the actor. */
  actorKeyId?: string | number | null | undefined;
  /** Database id of the entity. */
  entityId?: string | null | undefined;
  /** Entity type, e.g. `Holder`. */
  entityType?: string | null | undefined;
  /** At or after this instant. */
  from?: unknown;
  /** Before this instant. */
  to?: unknown;
};

/** What to count holders by. */
export type BreakdownDimension =
  /** Stored compliance status, by the rule of complianceStatus (PARTIALLY_ASSESSED while obligations are not assessed; NOT_COMPUTED: none stored yet). Not for PUBLIC or HOLDER keys. */
  | 'COMPLIANCE_STATUS'
  /** Holder kind (public). */
  | 'KIND'
  /** Region code (public). */
  | 'REGION'
  /** Registration stage (public). */
  | 'REGISTRATION_STATUS'
  /** Top-level sector (not for PUBLIC or HOLDER keys). */
  | 'SECTOR';

/** A status change of a violation. */
export type ChangeViolationStatusInput = {
  /** For UPHELD: who imposed the penalty (default: who decides under the article part). */
  decidedBy?: DecidedBy | null | undefined;
  /** Global ID of the violation. */
  id: string | number;
  /** Day of the change (default today); for UPHELD the date of the penalty decision. */
  on?: string | null | undefined;
  /** Why. */
  reason?: string | null | undefined;
  /** New status. */
  status: ViolationStatus;
  /** The version read. */
  version: number;
};

/** Result of an obligation, or aggregate status (CISO Assistant values). */
export type ComplianceResult =
  /** Met. */
  | 'COMPLIANT'
  /** Not met, or an open violation is linked to it. */
  | 'NON_COMPLIANT'
  /** The obligation does not apply to this target. */
  | 'NOT_APPLICABLE'
  /** No valid Agency finding (none yet, or its evidence expired). */
  | 'NOT_ASSESSED'
  /** Partly met (or, as a status, a mix of results). */
  | 'PARTIALLY_COMPLIANT';

/** Who decides a case. */
export type DecidedBy =
  /** The Agency itself (Art. 494-1). */
  | 'AGENCY'
  /** A court, on the Agency's protocol (Art. 454). */
  | 'COURT';

/** A conflict of interest an inspector declares. */
export type DeclareConflictInput = {
  /** Day declared. */
  declaredOn: string;
  /** Global ID of the holder. */
  holderId: string | number;
  /** API key id of the inspector. */
  inspectorId: number;
  /** Note. */
  note?: string | null | undefined;
};

/** Removal of a holder from the Registry. */
export type DeregisterHolderInput = {
  /** Global ID of the holder. */
  holderId: string | number;
  /** Day of the step (default: today). */
  on?: string | null | undefined;
  /** Why the holder is deregistered (kept in the audit log). */
  reason: string;
  /** The version read; a stale one is a CONFLICT. */
  version: number;
};

/** An evidence item of an assessment. */
export type EvidenceInput = {
  /** DOCUMENT, POLICY, SCREENSHOT, LOG, CERTIFICATE, CONTRACT or OTHER. */
  kind: string;
  /** SHA-256 of the file (64 hex digits). */
  sha256?: string | null | undefined;
  /** Title. */
  title: string;
  /** Where it is kept. */
  uri?: string | null | undefined;
  /** Last day it is valid; after it the finding counts as NOT_ASSESSED. */
  validUntil?: string | null | undefined;
};

/** Filter for `holders`; all given conditions must hold. */
export type HolderFilter = {
  /** Only holders on this inspection track. */
  inspectionTrack?: InspectionTrack | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<HolderKind> | null | undefined;
  /** Holders with (true) or without (false) a planned cross-border transfer. */
  plansCrossBorderTransfer?: boolean | null | undefined;
  /** Holders with (true) or without (false) an array of special or biometric data. */
  processesSpecialCategories?: boolean | null | undefined;
  /** Any of these regions (ISO 3166-2:KG codes). */
  regionCodes?: Array<string> | null | undefined;
  /** Any of these registration stages. */
  registrationStatuses?: Array<RegistrationStatus> | null | undefined;
  /** Text in a name (any language), or an exact TIN or registry number. */
  search?: string | null | undefined;
  /** Any of these sectors, sub-sectors included (`finance` matches `finance.banking`). */
  sectorKeys?: Array<string> | null | undefined;
};

/** Kind of holder (owner) of personal-data arrays; it decides the inspection track. */
export type HolderKind =
  /** Commercial organisation (business track, Law No. 72). */
  | 'COMMERCIAL_ORGANISATION'
  /** Individual entrepreneur (business track; the TIN is personal data). */
  | 'INDIVIDUAL_ENTREPRENEUR'
  /** Local self-government body (state track). */
  | 'LOCAL_SELF_GOVERNMENT'
  /** Local state administration (state track). */
  | 'LOCAL_STATE_ADMINISTRATION'
  /** Non-commercial organisation (business track, Law No. 72). */
  | 'NON_COMMERCIAL_ORGANISATION'
  /** State authority (state track). */
  | 'STATE_BODY';

/** Ordering of the holders list (ties broken by id). */
export type HolderOrder = {
  /** Direction. */
  direction?: SortDirection;
  /** Sort key. */
  field: HolderOrderField;
};

/** Sort key of the holders list. */
export type HolderOrderField =
  /** Order of entry into the hub. */
  | 'CREATED'
  /** Russian name (Kyrgyz, then English when missing), case-insensitive. */
  | 'NAME'
  /** Taxpayer identification number. */
  | 'TIN';

/** What to count inspections by. */
export type InspectionBreakdownDimension =
  /** Month of the (planned or actual) start, `YYYY-MM`; null when not set. */
  | 'MONTH'
  /** For completed inspections: VIOLATIONS_FOUND or NO_VIOLATIONS; null for the others. */
  | 'RESULT'
  /** Workflow status. */
  | 'STATUS'
  /** STATE or BUSINESS. */
  | 'TRACK';

/** Filter for `inspections` and `inspectionBreakdown`; all given conditions must hold. */
export type InspectionFilter = {
  /** Global ID of one holder. */
  holderId?: string | number | null | undefined;
  /** Assigned to this inspector (API key id of an INSPECTOR key). */
  inspectorId?: number | null | undefined;
  /** From this approved plan. */
  planId?: number | null | undefined;
  /** Planned (true) or unplanned (false) only. */
  planned?: boolean | null | undefined;
  /** Starting on or after (planned or actual start). */
  startFrom?: string | null | undefined;
  /** Starting on or before. */
  startTo?: string | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<InspectionStatus> | null | undefined;
  /** Any of these tracks. */
  tracks?: Array<InspectionTrack> | null | undefined;
};

/** Ground of an unplanned inspection. */
export type InspectionGround =
  /** A subject's complaint. */
  | 'COMPLAINT'
  /** An instruction of a competent body. */
  | 'INSTRUCTION'
  /** A recorded violation. */
  | 'RECORDED_VIOLATION'
  /** A request of a data subject. */
  | 'SUBJECT_REQUEST';

/** What plan to build. */
export type InspectionPlanInput = {
  /** How many inspections the Agency can carry out. */
  capacity: number;
  /** Only this region (ISO 3166-2:KG). */
  region?: string | null | undefined;
  /** BUSINESS (Law No. 72) or STATE. */
  track: InspectionTrack;
  /** Plan year. */
  year: number;
};

/** Status of an inspection. */
export type InspectionStatus =
  /** Cancelled with a reason. */
  | 'CANCELLED'
  /** Completed, with its report. */
  | 'COMPLETED'
  /** Started; its checklist is frozen. */
  | 'IN_PROGRESS'
  /** The holder was notified. */
  | 'NOTIFIED'
  /** Scheduled. */
  | 'PLANNED';

/** A workflow step of an inspection. */
export type InspectionStepInput = {
  /** Inspection id. */
  id: number;
  /** Day of the step: notice date, start date or end date. */
  on?: string | null | undefined;
  /** Reason (cancellation) or summary (completion). */
  text?: string | null | undefined;
  /** The version read. */
  version: number;
};

/** Legal framework for inspecting a holder. */
export type InspectionTrack =
  /** Business entities: Law No. 72 on inspections of business entities. */
  | 'BUSINESS'
  /** State bodies and local government: the state-bodies control rules. */
  | 'STATE';

/** Filter for `legalActs`; all given conditions must hold. */
export type LegalActFilter = {
  /** Only acts BASED_ON this act or provision (code or `<code>#<eId>`); NOT_FOUND if it does not exist. */
  basedOn?: string | null | undefined;
  /** Only acts with a version in force on this date. */
  inForceOn?: string | null | undefined;
  /** Case-insensitive text in the code, number or a title in any language. */
  search?: string | null | undefined;
  /** Any of these current statuses (status of the latest version). */
  statuses?: Array<VersionStatus> | null | undefined;
  /** Any of these act types. */
  types?: Array<LegalActType> | null | undefined;
};

/** Kind of legal act (the `<type>` segment of its code). */
export type LegalActType =
  /** Resolution of the Cabinet of Ministers (from 2021; `cabinet-resolution`). */
  | 'CABINET_RESOLUTION'
  /** Codified law, e.g. the Code of Offences (code segment `code`). */
  | 'CODE'
  /** Draft act not (yet) adopted (`draft`; code `kg/draft/<year>/<slug>`). */
  | 'DRAFT'
  /** Resolution of the Government (before 2021; `government-resolution`). */
  | 'GOVERNMENT_RESOLUTION'
  /** Official guidance or note of the Agency, not binding (`guidance`). */
  | 'GUIDANCE'
  /** Law adopted by the Jogorku Kenesh (code segment `law`). */
  | 'LAW'
  /** Decree of the President (`presidential-decree`). */
  | 'PRESIDENTIAL_DECREE'
  /** Departmental regulation or order (`regulation`). */
  | 'REGULATION';

/** Direction of a link seen from the act it is read on. */
export type LinkDirection =
  /** This act (or one of its provisions) is the target of the edge. */
  | 'INCOMING'
  /** This act is the source of the edge. */
  | 'OUTGOING';

/** Filter for `offenceArticles`; all given conditions must hold. */
export type OffenceArticleFilter = {
  /** Any of these article numbers, e.g. "413-2". */
  articles?: Array<string> | null | undefined;
  /** Decided by the Agency itself or by a court. */
  decidedBy?: DecidedBy | null | undefined;
};

/** An offender of a violation. Officials must be named; the name and position are personal data. */
export type OffenderInput = {
  /** Officials: full name (personal data). */
  personName?: string | null | undefined;
  /** Officials: position (personal data). */
  personPosition?: string | null | undefined;
  /** Who: the holder as a legal entity or entrepreneur, or an official. */
  role: OffenderRole;
};

/** Who is named as the offender of a violation. */
export type OffenderRole =
  /** The holder, an individual entrepreneur. */
  | 'INDIVIDUAL_ENTREPRENEUR'
  /** The holder, as a legal entity. */
  | 'LEGAL_ENTITY'
  /** An official of the holder (a named natural person), fined separately from the entity. */
  | 'OFFICIAL';

/** The Code of Offences' category whose fine figures apply. */
export type OffenderType =
  /** Individual (natural person). */
  | 'INDIVIDUAL'
  /** Legal entity. */
  | 'LEGAL_ENTITY'
  /** Official. */
  | 'OFFICIAL';

/** Form of ownership (Registry field, Law 58 Art. 30). */
export type OwnershipForm =
  /** Foreign ownership or participation. */
  | 'FOREIGN'
  /** Mixed ownership. */
  | 'MIXED'
  /** Municipal property. */
  | 'MUNICIPAL'
  /** Private property. */
  | 'PRIVATE'
  /** State property. */
  | 'STATE';

/** Structural unit of an act (Akoma Ntoso hierarchy). */
export type ProvisionKind =
  /** Annex approved by the act. */
  | 'ANNEX'
  /** Article (`art_N`). */
  | 'ARTICLE'
  /** Chapter (`chp_N`). */
  | 'CHAPTER'
  /** Numbered paragraph of a resolution (`para_N`). */
  | 'PARAGRAPH'
  /** Part of an article (`art_N__part_M`). */
  | 'PART'
  /** Point (`art_N__point_x`). */
  | 'POINT'
  /** Section of a non-normative document (guidance note). */
  | 'SECTION'
  /** Sub-point of a point. */
  | 'SUBPOINT';

/** An assessment of one requirement for a holder, array or system. */
export type RecordAssessmentInput = {
  /** Day of the assessment (not in the future). */
  assessedOn: string;
  /** Evidence items. */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** Note. */
  note?: string | null | undefined;
  /** Requirement code. */
  requirementCode: string;
  /** Result. */
  result: ComplianceResult;
  /** Global ID of the holder, array or system assessed (must match the requirement’s target). */
  targetId: string | number;
};

/** A finding on a checklist item. */
export type RecordFindingInput = {
  /** Evidence. */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** Inspection id. */
  inspectionId: number;
  /** Checklist item key. */
  itemKey: string;
  /** Note. */
  note?: string | null | undefined;
  /** For NON_COMPLIANT: the offence article of the violation to record on completion. */
  offenceArticleCode?: string | null | undefined;
  /** Result. */
  result: ComplianceResult;
};

/** A violation to record (ADMIN, INSPECTOR). */
export type RecordViolationInput = {
  /** The array concerned, if known. */
  arrayId?: string | number | null | undefined;
  /** Day the offence was committed (repetition counts from it); default the detection day. */
  committedOn?: string | null | undefined;
  /** What was found. */
  description?: string | null | undefined;
  /** Day detected. */
  detectedOn: string;
  /** Global ID of the holder. */
  holderId: string | number;
  /** Offence article part (see `offenceArticles`). */
  offenceArticleCode?: string | null | undefined;
  /** Who is fined (the legal entity, its officials, or the entrepreneur), each separately; default the holder itself as its kind’s offender type. */
  offenders?: Array<OffenderInput> | null | undefined;
  /** Provisions violated. */
  provisionCodes: Array<string>;
  /** Requirements violated. */
  requirementCodes: Array<string>;
  /** How it was found. */
  source: ViolationSource;
  /** The system concerned, if known. */
  systemId?: string | number | null | undefined;
};

/** A new holder record (ADMIN or INSPECTOR). */
export type RegisterHolderInput = {
  /** Date the application was submitted. */
  applicationSubmittedOn?: string | null | undefined;
  /** Organisation e-mail. */
  email?: string | null | undefined;
  /** Full name of the head (personal data). */
  headName?: string | null | undefined;
  /** Position of the head. */
  headPosition?: string | null | undefined;
  /** Kind of holder. */
  kind: HolderKind;
  /** Legal address. */
  legalAddress?: string | null | undefined;
  /** Date the lists were approved. */
  listsApprovedOn?: string | null | undefined;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** Name in Kyrgyz. */
  nameKy?: string | null | undefined;
  /** Name in Russian. */
  nameRu?: string | null | undefined;
  /** Form of ownership. */
  ownershipForm?: OwnershipForm | null | undefined;
  /** Organisation phone. */
  phone?: string | null | undefined;
  /** Region code (ISO 3166-2:KG). */
  regionCode?: string | null | undefined;
  /** Date of registration. */
  registeredOn?: string | null | undefined;
  /** Registration stage, when entering an existing Registry record (default NOT_REGISTERED). */
  registrationStatus?: RegistrationStatus | null | undefined;
  /** Registry number, for an already registered holder. */
  registryNumber?: string | null | undefined;
  /** E-mail of the responsible person. */
  responsiblePersonEmail?: string | null | undefined;
  /** Person responsible for personal data (personal data). */
  responsiblePersonName?: string | null | undefined;
  /** Phone of the responsible person. */
  responsiblePersonPhone?: string | null | undefined;
  /** Sector taxonomy key. */
  sectorKey?: string | null | undefined;
  /** Number of staff. */
  staffCount?: number | null | undefined;
  /** Subordination. */
  subordination?: string | null | undefined;
  /** Taxpayer identification number, 14 digits. */
  tin: string;
};

/** Stage of registration in the Registry (Law 58 Art. 30; Res. 638). */
export type RegistrationStatus =
  /** Stage 1: application forms submitted. */
  | 'APPLICATION_SUBMITTED'
  /** Removed from the Registry. */
  | 'DEREGISTERED'
  /** Stage 3: the lists of personal data are approved. */
  | 'LISTS_APPROVED'
  /** Known to the Agency but not registered. */
  | 'NOT_REGISTERED'
  /** Stage 2: entered in the Registry with a registry number. */
  | 'REGISTERED';

/** A registration step of a holder. */
export type RegistrationStepInput = {
  /** Global ID of the holder. */
  holderId: string | number;
  /** Day of the step (default: today). */
  on?: string | null | undefined;
  /** The version read; a stale one is a CONFLICT. */
  version: number;
};

/** Typed edge between acts or provisions (ELI `eli:amends`, `eli:repeals`, `eli:based_on`, `eli:cites`). */
export type RelationType =
  /** The source act amends the target. */
  | 'AMENDS'
  /** The source act is adopted on the basis of (implements) the target. */
  | 'BASED_ON'
  /** The source refers to the target without changing it. */
  | 'CITES'
  /** The source act repeals the target. */
  | 'REPEALS';

/** Removal of an array or a system. */
export type RemoveInput = {
  /** Global ID of the object. */
  id: string | number;
  /** Why (kept in the audit log). */
  reason?: string | null | undefined;
  /** The version read; a stale one is a CONFLICT. */
  version: number;
};

/** Filter for `requirements`; all given conditions must hold. */
export type RequirementFilter = {
  /** Brought by any of these acts (`sourceActCode`, e.g. `kg/law/2008/58`). */
  actCodes?: Array<string> | null | undefined;
  /** Evaluated for any of these targets. */
  appliesTo?: Array<TargetType> | null | undefined;
  /** Text in the code, a title or the text, in any language (case-insensitive). */
  search?: string | null | undefined;
  /** Only verified (true) or only unverified (false) requirements. */
  verified?: boolean | null | undefined;
};

/** Risk degree (Res. 108 ch. 25 / Law No. 72). */
export type RiskDegree =
  /** High. */
  | 'HIGH'
  /** Low. */
  | 'LOW'
  /** Medium. */
  | 'MEDIUM';

/** Role of a caller (from its API key; PUBLIC without one). */
export type Role =
  /** Agency administrator: everything, including keys. */
  | 'ADMIN'
  /** Agency analyst: reads everything except personal data; no writes. */
  | 'ANALYST'
  /** A holder's own key: reads and edits only its own records. */
  | 'HOLDER'
  /** Agency inspector: reads everything, writes the Registry and findings. */
  | 'INSPECTOR'
  /** Partner agency: read-only, no personal data. */
  | 'PARTNER'
  /** Anonymous caller: the public Registry view only. */
  | 'PUBLIC';

/** An inspection to schedule. */
export type ScheduleInspectionInput = {
  /** Planned end. */
  endDate: string;
  /** Ground of an unplanned inspection. */
  ground?: InspectionGround | null | undefined;
  /** Global ID of the holder. */
  holderId: string | number;
  /** API key ids of the INSPECTOR keys assigned. */
  inspectorIds: Array<number>;
  /** Notice date, if the holder is already notified. */
  noticeDate?: string | null | undefined;
  /** Approved plan it comes from (planned inspection). */
  planId?: number | null | undefined;
  /** Planned start. */
  startDate: string;
};

/** Sort direction. */
export type SortDirection =
  /** Ascending. */
  | 'ASC'
  /** Descending. */
  | 'DESC';

/** Medium on which an array is kept (Agency: archives, card files, IS, databases). */
export type StorageMedium =
  /** Card file. */
  | 'CARD_FILE'
  /** Electronic database (e.g. HR or accounting). */
  | 'ELECTRONIC_DATABASE'
  /** Information system. */
  | 'INFORMATION_SYSTEM'
  /** Paper archive. */
  | 'PAPER_ARCHIVE';

/** What an obligation is evaluated for. */
export type TargetType =
  /** One personal-data array. */
  | 'ARRAY'
  /** The holder as a whole. */
  | 'HOLDER'
  /** One information system. */
  | 'SYSTEM';

/** Type of actual threats to the system (Res. 760 threat-type form; scheme unverified). */
export type ThreatType =
  /** Threats from undocumented capabilities of system software. */
  | 'TYPE_1'
  /** Threats from undocumented capabilities of application software. */
  | 'TYPE_2'
  /** Threats not related to undocumented capabilities. */
  | 'TYPE_3';

/** Changes to a holder; omitted fields keep their value. */
export type UpdateHolderInput = {
  /** Organisation e-mail. */
  email?: string | null | undefined;
  /** Full name of the head (personal data). */
  headName?: string | null | undefined;
  /** Position of the head. */
  headPosition?: string | null | undefined;
  /** Global ID of the holder. */
  id: string | number;
  /** Legal address. */
  legalAddress?: string | null | undefined;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** Name in Kyrgyz. */
  nameKy?: string | null | undefined;
  /** Name in Russian. */
  nameRu?: string | null | undefined;
  /** Form of ownership. */
  ownershipForm?: OwnershipForm | null | undefined;
  /** Organisation phone. */
  phone?: string | null | undefined;
  /** Region code (ISO 3166-2:KG). */
  regionCode?: string | null | undefined;
  /** E-mail of the responsible person. */
  responsiblePersonEmail?: string | null | undefined;
  /** Person responsible for personal data (personal data). */
  responsiblePersonName?: string | null | undefined;
  /** Phone of the responsible person. */
  responsiblePersonPhone?: string | null | undefined;
  /** Sector taxonomy key. */
  sectorKey?: string | null | undefined;
  /** Number of staff. */
  staffCount?: number | null | undefined;
  /** Subordination. */
  subordination?: string | null | undefined;
  /** The version read; a stale one is a CONFLICT. */
  version: number;
};

/** Lifecycle status of an act version as recorded in its source. */
export type VersionStatus =
  /** Draft prepared, not yet published for discussion. */
  | 'DRAFT'
  /** Draft being agreed with the state bodies concerned. */
  | 'IN_COORDINATION'
  /** Adopted and in force. */
  | 'IN_FORCE'
  /** Adopted but not (yet or any longer) in force. */
  | 'NOT_IN_FORCE'
  /** Draft in public discussion. */
  | 'PUBLIC_DISCUSSION';

/** What to count violations by. */
export type ViolationBreakdownDimension =
  /** Offence article part (`unspecified` when none was recorded). */
  | 'ARTICLE'
  /** Holder's kind. */
  | 'KIND'
  /** Month detected, `YYYY-MM`. */
  | 'MONTH'
  /** Holder's region code. */
  | 'REGION'
  /** Holder's top-level sector. */
  | 'SECTOR'
  /** Violation status. */
  | 'STATUS';

/** Filter for `violations` and `violationBreakdown`; all given conditions must hold. */
export type ViolationFilter = {
  /** Offence articles: a whole article (`kg/code/2021/128#art_413-3`) matches each of its parts. */
  articleCodes?: Array<string> | null | undefined;
  /** A penalty decided on or after. */
  decidedFrom?: string | null | undefined;
  /** A penalty decided on or before. */
  decidedTo?: string | null | undefined;
  /** Detected on or after. */
  detectedFrom?: string | null | undefined;
  /** Detected on or before. */
  detectedTo?: string | null | undefined;
  /** Global ID of one holder. */
  holderId?: string | number | null | undefined;
  /** Holder of any of these kinds. */
  kinds?: Array<HolderKind> | null | undefined;
  /** Holder in any of these regions (ISO 3166-2:KG). */
  regionCodes?: Array<string> | null | undefined;
  /** Holder in any of these sectors (a sector includes its sub-sectors). */
  sectorKeys?: Array<string> | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<ViolationStatus> | null | undefined;
};

/** How a violation was found. */
export type ViolationSource =
  /** From a subject's complaint. */
  | 'COMPLAINT'
  /** During an inspection. */
  | 'INSPECTION'
  /** By the Agency’s monitoring. */
  | 'MONITORING'
  /** Reported by the holder itself. */
  | 'SELF_REPORT';

/** Status of a violation. */
export type ViolationStatus =
  /** Cancelled (closed; does not count). */
  | 'CANCELLED'
  /** Recorded (open). */
  | 'RECORDED'
  /** Remedied (closed; a penalty decided while upheld still counts for repetition). */
  | 'REMEDIED'
  /** Appealed (open). */
  | 'UNDER_APPEAL'
  /** Upheld: the penalty is imposed on each offender, dated by the change (open until remedied; the decision counts for repetition). */
  | 'UPHELD';

export type ObligationsQueryVariables = Exact<{
  holderTin: string;
  asOf?: string | null | undefined;
  scenario?: Array<string> | string | null | undefined;
  onlyApplicable?: boolean | null | undefined;
}>;


export type ObligationsQuery = { obligations: Array<{ applies: boolean, reasons: Array<string>, requirement: { code: string, title: string, provisions: Array<{ code: string }> }, target: { type: TargetType, id: string, name: string | null }, basis: { actCode: string, versionDate: string | null, viaScenario: boolean } }> };

export type ComplianceStatusQueryVariables = Exact<{
  holderTin: string;
  asOf?: string | null | undefined;
  scenario?: Array<string> | string | null | undefined;
}>;


export type ComplianceStatusQuery = { complianceStatus: { status: AggregateStatus, score: number | null, coverage: number | null, reasons: Array<string>, counts: { compliant: number, partiallyCompliant: number, nonCompliant: number, notApplicable: number, notAssessed: number }, requirements: Array<{ result: ComplianceResult, reasons: Array<string>, selfAssessment: ComplianceResult | null, obligation: { applies: boolean, requirement: { code: string }, target: { type: TargetType, id: string } } }>, systems: Array<{ status: AggregateStatus, system: { name: string | null }, counts: { notAssessed: number } }> } };

export type ObligationsDiffQueryVariables = Exact<{
  holderTin: string;
  scenario: Array<string> | string;
  asOf?: string | null | undefined;
}>;


export type ObligationsDiffQuery = { obligationsDiff: { added: Array<{ reasons: Array<string>, requirement: { code: string }, basis: { viaScenario: boolean } }>, removed: Array<{ requirement: { code: string } }> } };

export type SystemProtectionLevelQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type SystemProtectionLevelQuery = { informationSystem: { name: string | null, protectionLevel: { level: number | null, table: string, rowId: string | null, verified: boolean, reasons: Array<string> } | null } | null };

export type StoredComplianceQueryVariables = Exact<{
  tin: string;
}>;


export type StoredComplianceQuery = { holder: { compliance: { status: AggregateStatus, asOf: string, notAssessed: number } | null } | null, complianceDistribution: Array<{ status: AggregateStatus, holders: number }> };

export type RecordAssessmentMutationVariables = Exact<{
  input: RecordAssessmentInput;
}>;


export type RecordAssessmentMutation = { recordAssessment: { assessment: { id: string, result: ComplianceResult, isSelfAssessment: boolean } } };

export type DatedObligationsQueryVariables = Exact<{
  holderTin: string;
  asOf?: string | null | undefined;
  scenario?: Array<string> | string | null | undefined;
}>;


export type DatedObligationsQuery = { obligations: Array<{ applies: boolean, reasons: Array<string>, requirement: { code: string, provisions: Array<{ code: string }> }, target: { type: TargetType }, citations: Array<{ versionDate: string | null, viaScenario: boolean, note: string | null, reference: { code: string, act: { code: string, adoptedOn: string | null } | null } }> }> };

export type HonestStatusQueryVariables = Exact<{
  holderTin: string;
  asOf?: string | null | undefined;
}>;


export type HonestStatusQuery = { complianceStatus: { status: AggregateStatus, score: number | null, coverage: number | null, scoreReason: string, coverageReason: string, reasons: Array<string>, counts: { compliant: number, notApplicable: number, notAssessed: number }, requirements: Array<{ result: ComplianceResult, obligation: { applies: boolean, requirement: { code: string }, target: { id: string } } }> }, holder: { compliance: { status: AggregateStatus, score: number | null, coverage: number | null, notAssessed: number } | null } | null };

export type DraftDiffQueryVariables = Exact<{
  holderTin: string;
  scenario: Array<string> | string;
  asOf?: string | null | undefined;
}>;


export type DraftDiffQuery = { obligationsDiff: { added: Array<{ reasons: Array<string>, requirement: { code: string } }>, removed: Array<{ reasons: Array<string>, requirement: { code: string } }>, changed: Array<{ reasons: Array<string>, baselineResult: ComplianceResult | null, scenarioResult: ComplianceResult | null, baseline: { requirement: { code: string }, basis: { actCode: string, viaScenario: boolean }, citations: Array<{ reference: { code: string } }> }, scenario: { requirement: { code: string }, basis: { actCode: string, viaScenario: boolean }, citations: Array<{ viaScenario: boolean, reference: { code: string } }> } }> } };

export type ComplianceDistributionQueryVariables = Exact<{ [key: string]: never; }>;


export type ComplianceDistributionQuery = { complianceDistribution: Array<{ status: AggregateStatus, holders: number }>, holderBreakdown: Array<{ key: string | null, holders: number }> };

export type HolderBreakdownQueryVariables = Exact<{
  by: BreakdownDimension;
}>;


export type HolderBreakdownQuery = { holderBreakdown: Array<{ key: string | null, holders: number }> };

export type RegistrationsPerMonthQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type RegistrationsPerMonthQuery = { registrationsPerMonth: Array<{ month: string, registered: number }> };

export type InspectionFieldsFragment = { id: number, version: number, status: InspectionStatus, planned: boolean, legalBasis: string, startDate: string | null, endDate: string | null, report: unknown, checklist: Array<{ key: string, requirementCode: string, targetType: TargetType, finding: ComplianceResult | null }> };

export type PenaltyDecisionFieldsFragment = { id: number, offenderId: number, decidedOn: string, decidedBy: DecidedBy, articleCode: string, fineIndicators: number, fineSoms: number | null, rateSoms: number | null, rateValidFrom: string | null, reasons: Array<string> };

export type ViolationFieldsFragment = { id: string, version: number, status: ViolationStatus, detectedOn: string, committedOn: string, offenceArticleCode: string | null, sanction: unknown, offenders: Array<{ id: number, role: OffenderRole, offenderType: OffenderType, assumed: boolean, personName: string | null, personPosition: string | null, sanction: unknown, decision: { id: number, offenderId: number, decidedOn: string, decidedBy: DecidedBy, articleCode: string, fineIndicators: number, fineSoms: number | null, rateSoms: number | null, rateValidFrom: string | null, reasons: Array<string> } | null }>, penaltyDecisions: Array<{ id: number, offenderId: number, decidedOn: string, decidedBy: DecidedBy, articleCode: string, fineIndicators: number, fineSoms: number | null, rateSoms: number | null, rateValidFrom: string | null, reasons: Array<string> }> };

export type RecordViolationMutationVariables = Exact<{
  input: RecordViolationInput;
}>;


export type RecordViolationMutation = { recordViolation: { violation: { id: string, version: number, status: ViolationStatus, detectedOn: string, committedOn: string, offenceArticleCode: string | null, sanction: unknown, offenders: Array<{ id: number, role: OffenderRole, offenderType: OffenderType, assumed: boolean, personName: string | null, personPosition: string | null, sanction: unknown, decision: { id: number, offenderId: number, decidedOn: string, decidedBy: DecidedBy, articleCode: string, fineIndicators: number, fineSoms: number | null, rateSoms: number | null, rateValidFrom: string | null, reasons: Array<string> } | null }>, penaltyDecisions: Array<{ id: number, offenderId: number, decidedOn: string, decidedBy: DecidedBy, articleCode: string, fineIndicators: number, fineSoms: number | null, rateSoms: number | null, rateValidFrom: string | null, reasons: Array<string> }> } } };

export type ChangeViolationStatusMutationVariables = Exact<{
  input: ChangeViolationStatusInput;
}>;


export type ChangeViolationStatusMutation = { changeViolationStatus: { violation: { id: string, version: number, status: ViolationStatus, detectedOn: string, committedOn: string, offenceArticleCode: string | null, sanction: unknown, offenders: Array<{ id: number, role: OffenderRole, offenderType: OffenderType, assumed: boolean, personName: string | null, personPosition: string | null, sanction: unknown, decision: { id: number, offenderId: number, decidedOn: string, decidedBy: DecidedBy, articleCode: string, fineIndicators: number, fineSoms: number | null, rateSoms: number | null, rateValidFrom: string | null, reasons: Array<string> } | null }>, penaltyDecisions: Array<{ id: number, offenderId: number, decidedOn: string, decidedBy: DecidedBy, articleCode: string, fineIndicators: number, fineSoms: number | null, rateSoms: number | null, rateValidFrom: string | null, reasons: Array<string> }> }, decisions: Array<{ id: number, offenderId: number, decidedOn: string, decidedBy: DecidedBy, articleCode: string, fineIndicators: number, fineSoms: number | null, rateSoms: number | null, rateValidFrom: string | null, reasons: Array<string> }> } };

export type HolderViolationsQueryVariables = Exact<{
  tin: string;
}>;


export type HolderViolationsQuery = { holder: { violations: Array<{ id: string, version: number, status: ViolationStatus, detectedOn: string, committedOn: string, offenceArticleCode: string | null, sanction: unknown, offenders: Array<{ id: number, role: OffenderRole, offenderType: OffenderType, assumed: boolean, personName: string | null, personPosition: string | null, sanction: unknown, decision: { id: number, offenderId: number, decidedOn: string, decidedBy: DecidedBy, articleCode: string, fineIndicators: number, fineSoms: number | null, rateSoms: number | null, rateValidFrom: string | null, reasons: Array<string> } | null }>, penaltyDecisions: Array<{ id: number, offenderId: number, decidedOn: string, decidedBy: DecidedBy, articleCode: string, fineIndicators: number, fineSoms: number | null, rateSoms: number | null, rateValidFrom: string | null, reasons: Array<string> }> }> | null } | null };

export type HolderRiskQueryVariables = Exact<{
  tin: string;
  asOf?: string | null | undefined;
}>;


export type HolderRiskQuery = { holder: { riskDegree: { degree: RiskDegree, points: number, reasons: Array<string>, verified: boolean, factors: Array<{ id: string, points: number, reasons: Array<string> }> } | null, violations: Array<{ offenceArticleCode: string | null, status: ViolationStatus, sanction: unknown }> | null } | null };

export type InspectionPlanQueryVariables = Exact<{
  input: InspectionPlanInput;
}>;


export type InspectionPlanQuery = { inspectionPlan: { legalBasis: string | null, legalBasisReason: string | null, waitingCount: number, excludedCount: number, entries: Array<{ rank: number, holderId: string, priorityGroup: number, riskDegree: RiskDegree, reasons: Array<string> }>, excluded: Array<{ holderId: string, reasons: Array<string> }> } };

export type ApproveInspectionPlanMutationVariables = Exact<{
  input: InspectionPlanInput;
}>;


export type ApproveInspectionPlanMutation = { approveInspectionPlan: { legalBasis: string | null, id: string | null, sha256: string | null, canonicalJson: string | null, entries: Array<{ rank: number, holderId: string }> } };

export type ApprovedInspectionPlanQueryVariables = Exact<{
  id: number;
}>;


export type ApprovedInspectionPlanQuery = { approvedInspectionPlan: { sha256: string | null, canonicalJson: string | null, entries: Array<{ holderId: string }> } | null };

export type ScheduleInspectionMutationVariables = Exact<{
  input: ScheduleInspectionInput;
}>;


export type ScheduleInspectionMutation = { scheduleInspection: { id: number, version: number, status: InspectionStatus, planned: boolean, legalBasis: string, startDate: string | null, endDate: string | null, report: unknown, checklist: Array<{ key: string, requirementCode: string, targetType: TargetType, finding: ComplianceResult | null }> } };

export type StartInspectionMutationVariables = Exact<{
  input: InspectionStepInput;
}>;


export type StartInspectionMutation = { startInspection: { id: number, version: number, status: InspectionStatus, planned: boolean, legalBasis: string, startDate: string | null, endDate: string | null, report: unknown, checklist: Array<{ key: string, requirementCode: string, targetType: TargetType, finding: ComplianceResult | null }> } };

export type RecordFindingMutationVariables = Exact<{
  input: RecordFindingInput;
}>;


export type RecordFindingMutation = { recordInspectionFinding: { id: number } };

export type CompleteInspectionMutationVariables = Exact<{
  input: InspectionStepInput;
}>;


export type CompleteInspectionMutation = { completeInspection: { id: number, version: number, status: InspectionStatus, planned: boolean, legalBasis: string, startDate: string | null, endDate: string | null, report: unknown, checklist: Array<{ key: string, requirementCode: string, targetType: TargetType, finding: ComplianceResult | null }> } };

export type DeclareConflictMutationVariables = Exact<{
  input: DeclareConflictInput;
}>;


export type DeclareConflictMutation = { declareConflictOfInterest: boolean };

export type InspectionSummariesQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type InspectionSummariesQuery = { inspectionSummaries: Array<{ id: number, holderName: string | null, legalBasis: string, startDate: string | null, endDate: string | null, violationsByArticle: unknown }> };

export type InspectionDetailQueryVariables = Exact<{
  id: number;
}>;


export type InspectionDetailQuery = { inspection: { id: number, version: number, status: InspectionStatus, planned: boolean, legalBasis: string, startDate: string | null, endDate: string | null, report: unknown, checklist: Array<{ key: string, requirementCode: string, targetType: TargetType, finding: ComplianceResult | null }> } | null };

export type LegalActByCodeQueryVariables = Exact<{
  code: string;
}>;


export type LegalActByCodeQuery = { legalAct: { id: string, code: string, type: LegalActType, number: string | null, adoptedOn: string | null, currentStatus: VersionStatus, titleRu: string | null, titleKy: string | null, basedOn: Array<{ code: string, type: RelationType, direction: LinkDirection, act: { code: string }, provision: { eId: string } | null }>, basisFor: Array<{ code: string }>, amends: Array<{ code: string }>, amendedBy: Array<{ code: string }> } | null };

export type VersionOnQueryVariables = Exact<{
  code: string;
  date: string;
}>;


export type VersionOnQuery = { legalAct: { code: string, versionOn: { versionDate: string, status: VersionStatus, inForceFrom: string | null, inForceTo: string | null, title: string | null } | null } | null };

export type LegalActsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: LegalActFilter | null | undefined;
}>;


export type LegalActsPageQuery = { legalActs: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { code: string } }> } };

export type LegalActsCodesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: LegalActFilter | null | undefined;
}>;


export type LegalActsCodesQuery = { legalActs: { edges: Array<{ node: { code: string, type: LegalActType, currentStatus: VersionStatus } }> } };

export type LegalActsGraphQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type LegalActsGraphQuery = { legalActs: { edges: Array<{ node: { code: string, versions: Array<{ versionDate: string, title: string | null }>, provisions: Array<{ code: string }>, basedOn: Array<{ code: string }> } }> } };

export type ProvisionByCodeQueryVariables = Exact<{
  code: string;
}>;


export type ProvisionByCodeQuery = { provision: { id: string, code: string, eId: string, kind: ProvisionKind, heading: { ky: string | null, ru: string | null, en: string | null } | null, act: { code: string }, parent: { code: string } | null, children: Array<{ code: string }>, referencedBy: Array<{ code: string, type: RelationType, direction: LinkDirection }> } | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Holder', id: string }
    | { __typename: 'InformationSystem', id: string }
    | { __typename: 'LegalAct', code: string, id: string }
    | { __typename: 'LegalActVersion', id: string }
    | { __typename: 'PersonalDataArray', id: string }
    | { __typename: 'Provision', code: string, id: string }
    | { __typename: 'Violation', id: string }
   | null };

export type ViolationsListQueryVariables = Exact<{
  filter?: ViolationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ViolationsListQuery = { violations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, offenceArticleCode: string | null, status: ViolationStatus, detectedOn: string, holder: { id: string } } }> } };

export type InspectionsListQueryVariables = Exact<{
  filter?: InspectionFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type InspectionsListQuery = { inspections: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: number, status: InspectionStatus, track: InspectionTrack, planned: boolean, inspectorIds: Array<number>, holder: { id: string }, checklist: Array<{ key: string, finding: ComplianceResult | null }> } }> } };

export type ViolationBreakdownQueryVariables = Exact<{
  by: ViolationBreakdownDimension;
  filter?: ViolationFilter | null | undefined;
}>;


export type ViolationBreakdownQuery = { violationBreakdown: Array<{ key: string | null, violations: number, decisions: number, fineIndicators: number, fineSoms: number, decisionsWithoutSoms: number, proposedFineIndicators: number }> };

export type InspectionBreakdownQueryVariables = Exact<{
  by: InspectionBreakdownDimension;
  filter?: InspectionFilter | null | undefined;
}>;


export type InspectionBreakdownQuery = { inspectionBreakdown: Array<{ key: string | null, inspections: number }> };

export type RequirementsListQueryVariables = Exact<{
  filter?: RequirementFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RequirementsListQuery = { requirements: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, verified: boolean, appliesTo: TargetType, sourceActCode: string } }> } };

export type OffenceArticlesListQueryVariables = Exact<{
  filter?: OffenceArticleFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OffenceArticlesListQuery = { offenceArticles: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { code: string, article: string, decidedBy: DecidedBy } }> } };

export type AssessmentsListQueryVariables = Exact<{
  filter?: AssessmentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AssessmentsListQuery = { assessments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, holderId: string, requirementCode: string, result: ComplianceResult, assessedOn: string, isSelfAssessment: boolean, evidence: Array<{ title: string, validUntil: string | null }> } }> } };

export type ApprovedPlansListQueryVariables = Exact<{
  filter?: ApprovedPlanFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApprovedPlansListQuery = { approvedInspectionPlans: { totalCount: number, edges: Array<{ node: { id: string | null, year: number, track: InspectionTrack, sha256: string | null } }> } };

export type StoredDistributionsQueryVariables = Exact<{ [key: string]: never; }>;


export type StoredDistributionsQuery = { riskDistribution: Array<{ key: string, count: number, asOfFrom: string | null, asOfTo: string | null }>, protectionLevelDistribution: Array<{ key: string, count: number, asOfFrom: string | null, asOfTo: string | null }> };

export type ApproveListsMutationVariables = Exact<{
  input: RegistrationStepInput;
}>;


export type ApproveListsMutation = { approvePersonalDataLists: { holder: { version: number, registrationStatus: RegistrationStatus } } };

export type RemoveSystemMutationVariables = Exact<{
  input: RemoveInput;
}>;


export type RemoveSystemMutation = { removeInformationSystem: { removedId: string } };

export type HolderViewQueryVariables = Exact<{
  tin?: string | null | undefined;
  registryNumber?: string | null | undefined;
}>;


export type HolderViewQuery = { holder: { id: string, tin: string | null, kind: HolderKind, version: number, inspectionTrack: InspectionTrack, name: string | null, registryNumber: string | null, registrationStatus: RegistrationStatus, legalAddress: string | null, staffCount: number | null, headName: string | null, responsiblePersonName: string | null, responsiblePersonEmail: string | null, names: { ky: string | null, ru: string | null }, region: { key: string, label: { ru: string | null } } | null, sector: { key: string } | null, personalDataArrays: Array<{ name: string, purposes: Array<string>, dataCategories: Array<string> | null, subjectCount: number | null }>, informationSystems: Array<{ name: string | null }> | null } | null };

export type HoldersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: HolderFilter | null | undefined;
  orderBy?: HolderOrder | null | undefined;
}>;


export type HoldersPageQuery = { holders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, tin: string | null, name: string | null } }> } };

export type HoldersGraphQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: HolderFilter | null | undefined;
}>;


export type HoldersGraphQuery = { holders: { edges: Array<{ node: { tin: string | null, personalDataArrays: Array<{ name: string, informationSystems: Array<{ name: string | null }> | null }> } }> } };

export type AuditLogQueryVariables = Exact<{
  filter?: AuditLogFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ node: { action: string, entityType: string, entityId: string | null, actorRole: Role, actorKeyId: string | null, changes: unknown, reason: string | null } }> } };

export type RegisterHolderMutationVariables = Exact<{
  input: RegisterHolderInput;
}>;


export type RegisterHolderMutation = { registerHolder: { holder: { id: string, tin: string | null, version: number, registrationStatus: RegistrationStatus } } };

export type UpdateHolderMutationVariables = Exact<{
  input: UpdateHolderInput;
}>;


export type UpdateHolderMutation = { updateHolder: { holder: { id: string, version: number, phone: string | null, staffCount: number | null } } };

export type SubmitApplicationMutationVariables = Exact<{
  input: RegistrationStepInput;
}>;


export type SubmitApplicationMutation = { submitRegistrationApplication: { holder: { version: number, registrationStatus: RegistrationStatus } } };

export type ApproveRegistrationMutationVariables = Exact<{
  input: ApproveRegistrationInput;
}>;


export type ApproveRegistrationMutation = { approveRegistration: { holder: { version: number, registrationStatus: RegistrationStatus, registryNumber: string | null } } };

export type DeregisterHolderMutationVariables = Exact<{
  input: DeregisterHolderInput;
}>;


export type DeregisterHolderMutation = { deregisterHolder: { holder: { version: number, registrationStatus: RegistrationStatus } } };

export type AddArrayMutationVariables = Exact<{
  input: AddPersonalDataArrayInput;
}>;


export type AddArrayMutation = { addPersonalDataArray: { personalDataArray: { id: string, version: number, name: string } } };

export type AddSystemMutationVariables = Exact<{
  input: AddInformationSystemInput;
}>;


export type AddSystemMutation = { addInformationSystem: { informationSystem: { id: string, version: number, name: string | null, personalDataArrays: Array<{ name: string }> | null } } };

export type HoldersGraphDetailedQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: HolderFilter | null | undefined;
}>;


export type HoldersGraphDetailedQuery = { holders: { edges: Array<{ node: { tin: string | null, legalAddress: string | null, personalDataArrays: Array<{ name: string, subjectCount: number | null, informationSystems: Array<{ name: string | null, threatType: ThreatType | null }> | null }> } }> } };

export const InspectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]} as unknown as DocumentNode<InspectionFieldsFragment, unknown>;
export const PenaltyDecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offenderId"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"articleCode"}},{"kind":"Field","name":{"kind":"Name","value":"fineIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"fineSoms"}},{"kind":"Field","name":{"kind":"Name","value":"rateSoms"}},{"kind":"Field","name":{"kind":"Name","value":"rateValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<PenaltyDecisionFieldsFragment, unknown>;
export const ViolationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Violation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"committedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offenceArticleCode"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"offenders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"offenderType"}},{"kind":"Field","name":{"kind":"Name","value":"assumed"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personPosition"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyDecisionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"penaltyDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyDecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offenderId"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"articleCode"}},{"kind":"Field","name":{"kind":"Name","value":"fineIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"fineSoms"}},{"kind":"Field","name":{"kind":"Name","value":"rateSoms"}},{"kind":"Field","name":{"kind":"Name","value":"rateValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]} as unknown as DocumentNode<ViolationFieldsFragment, unknown>;
export const ObligationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Obligations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyApplicable"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holderTin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyApplicable"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyApplicable"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applies"}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actCode"}},{"kind":"Field","name":{"kind":"Name","value":"versionDate"}},{"kind":"Field","name":{"kind":"Name","value":"viaScenario"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<ObligationsQuery, ObligationsQueryVariables>;
export const ComplianceStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holderTin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"partiallyCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"nonCompliant"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplianceStatusQuery, ComplianceStatusQueryVariables>;
export const ObligationsDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObligationsDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligationsDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holderTin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}}},{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viaScenario"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObligationsDiffQuery, ObligationsDiffQueryVariables>;
export const SystemProtectionLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemProtectionLevel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationSystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"protectionLevel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"rowId"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<SystemProtectionLevelQuery, SystemProtectionLevelQueryVariables>;
export const StoredComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoredCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complianceDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}}]}}]}}]} as unknown as DocumentNode<StoredComplianceQuery, StoredComplianceQueryVariables>;
export const RecordAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"isSelfAssessment"}}]}}]}}]}}]} as unknown as DocumentNode<RecordAssessmentMutation, RecordAssessmentMutationVariables>;
export const DatedObligationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatedObligations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holderTin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applies"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"act"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versionDate"}},{"kind":"Field","name":{"kind":"Name","value":"viaScenario"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<DatedObligationsQuery, DatedObligationsQueryVariables>;
export const HonestStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HonestStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holderTin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"scoreReason"}},{"kind":"Field","name":{"kind":"Name","value":"coverageReason"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliant"}},{"kind":"Field","name":{"kind":"Name","value":"notApplicable"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"notAssessed"}}]}}]}}]}}]} as unknown as DocumentNode<HonestStatusQuery, HonestStatusQueryVariables>;
export const DraftDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DraftDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligationsDiff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holderTin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}}},{"kind":"Argument","name":{"kind":"Name","value":"scenario"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenario"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"added"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"baseline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actCode"}},{"kind":"Field","name":{"kind":"Name","value":"viaScenario"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actCode"}},{"kind":"Field","name":{"kind":"Name","value":"viaScenario"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viaScenario"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"baselineResult"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioResult"}}]}}]}}]}}]} as unknown as DocumentNode<DraftDiffQuery, DraftDiffQueryVariables>;
export const ComplianceDistributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holderBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"COMPLIANCE_STATUS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}}]}}]}}]} as unknown as DocumentNode<ComplianceDistributionQuery, ComplianceDistributionQueryVariables>;
export const HolderBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HolderBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BreakdownDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holderBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}}]}}]}}]} as unknown as DocumentNode<HolderBreakdownQuery, HolderBreakdownQueryVariables>;
export const RegistrationsPerMonthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationsPerMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationsPerMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}}]}}]}}]} as unknown as DocumentNode<RegistrationsPerMonthQuery, RegistrationsPerMonthQueryVariables>;
export const RecordViolationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordViolation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordViolationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordViolation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offenderId"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"articleCode"}},{"kind":"Field","name":{"kind":"Name","value":"fineIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"fineSoms"}},{"kind":"Field","name":{"kind":"Name","value":"rateSoms"}},{"kind":"Field","name":{"kind":"Name","value":"rateValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Violation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"committedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offenceArticleCode"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"offenders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"offenderType"}},{"kind":"Field","name":{"kind":"Name","value":"assumed"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personPosition"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyDecisionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"penaltyDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyDecisionFields"}}]}}]}}]} as unknown as DocumentNode<RecordViolationMutation, RecordViolationMutationVariables>;
export const ChangeViolationStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeViolationStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeViolationStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeViolationStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViolationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyDecisionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offenderId"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"articleCode"}},{"kind":"Field","name":{"kind":"Name","value":"fineIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"fineSoms"}},{"kind":"Field","name":{"kind":"Name","value":"rateSoms"}},{"kind":"Field","name":{"kind":"Name","value":"rateValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Violation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"committedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offenceArticleCode"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"offenders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"offenderType"}},{"kind":"Field","name":{"kind":"Name","value":"assumed"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personPosition"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyDecisionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"penaltyDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyDecisionFields"}}]}}]}}]} as unknown as DocumentNode<ChangeViolationStatusMutation, ChangeViolationStatusMutationVariables>;
export const HolderViolationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HolderViolations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViolationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PenaltyDecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offenderId"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"articleCode"}},{"kind":"Field","name":{"kind":"Name","value":"fineIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"fineSoms"}},{"kind":"Field","name":{"kind":"Name","value":"rateSoms"}},{"kind":"Field","name":{"kind":"Name","value":"rateValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Violation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"committedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offenceArticleCode"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"offenders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"offenderType"}},{"kind":"Field","name":{"kind":"Name","value":"assumed"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"personPosition"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyDecisionFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"penaltyDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PenaltyDecisionFields"}}]}}]}}]} as unknown as DocumentNode<HolderViolationsQuery, HolderViolationsQueryVariables>;
export const HolderRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HolderRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskDegree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offenceArticleCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sanction"}}]}}]}}]}}]} as unknown as DocumentNode<HolderRiskQuery, HolderRiskQueryVariables>;
export const InspectionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisReason"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"holderId"}},{"kind":"Field","name":{"kind":"Name","value":"priorityGroup"}},{"kind":"Field","name":{"kind":"Name","value":"riskDegree"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"waitingCount"}},{"kind":"Field","name":{"kind":"Name","value":"excludedCount"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holderId"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<InspectionPlanQuery, InspectionPlanQueryVariables>;
export const ApproveInspectionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveInspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"canonicalJson"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"holderId"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveInspectionPlanMutation, ApproveInspectionPlanMutationVariables>;
export const ApprovedInspectionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovedInspectionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedInspectionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"canonicalJson"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holderId"}}]}}]}}]}}]} as unknown as DocumentNode<ApprovedInspectionPlanQuery, ApprovedInspectionPlanQueryVariables>;
export const ScheduleInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]} as unknown as DocumentNode<ScheduleInspectionMutation, ScheduleInspectionMutationVariables>;
export const StartInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]} as unknown as DocumentNode<StartInspectionMutation, StartInspectionMutationVariables>;
export const RecordFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspectionFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordFindingMutation, RecordFindingMutationVariables>;
export const CompleteInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]} as unknown as DocumentNode<CompleteInspectionMutation, CompleteInspectionMutationVariables>;
export const DeclareConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareConflictOfInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<DeclareConflictMutation, DeclareConflictMutationVariables>;
export const InspectionSummariesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionSummaries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionSummaries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"violationsByArticle"}}]}}]}}]} as unknown as DocumentNode<InspectionSummariesQuery, InspectionSummariesQueryVariables>;
export const InspectionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionType"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]} as unknown as DocumentNode<InspectionDetailQuery, InspectionDetailQueryVariables>;
export const LegalActByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalActByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","alias":{"kind":"Name","value":"titleRu"},"name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","alias":{"kind":"Name","value":"titleKy"},"name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"KY"}},{"kind":"Argument","name":{"kind":"Name","value":"fallback"},"value":{"kind":"BooleanValue","value":false}}]},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"act"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"basisFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LegalActByCodeQuery, LegalActByCodeQueryVariables>;
export const VersionOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersionOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inForceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForceTo"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}}]}}]}}]} as unknown as DocumentNode<VersionOnQuery, VersionOnQueryVariables>;
export const LegalActsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalActsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalActFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LegalActsPageQuery, LegalActsPageQueryVariables>;
export const LegalActsCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalActsCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalActFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LegalActsCodesQuery, LegalActsCodesQueryVariables>;
export const LegalActsGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalActsGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionDate"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LegalActsGraphQuery, LegalActsGraphQueryVariables>;
export const ProvisionByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvisionByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heading"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ky"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"act"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referencedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}}]} as unknown as DocumentNode<ProvisionByCodeQuery, ProvisionByCodeQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const ViolationsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViolationsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ViolationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offenceArticleCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detectedOn"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViolationsListQuery, ViolationsListQueryVariables>;
export const InspectionsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"planned"}},{"kind":"Field","name":{"kind":"Name","value":"inspectorIds"}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"finding"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionsListQuery, InspectionsListQueryVariables>;
export const ViolationBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViolationBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ViolationBreakdownDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ViolationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violationBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"violations"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"fineIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"fineSoms"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsWithoutSoms"}},{"kind":"Field","name":{"kind":"Name","value":"proposedFineIndicators"}}]}}]}}]} as unknown as DocumentNode<ViolationBreakdownQuery, ViolationBreakdownQueryVariables>;
export const InspectionBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionBreakdownDimension"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}}]}}]}}]} as unknown as DocumentNode<InspectionBreakdownQuery, InspectionBreakdownQueryVariables>;
export const RequirementsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequirementsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequirementFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"appliesTo"}},{"kind":"Field","name":{"kind":"Name","value":"sourceActCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequirementsListQuery, RequirementsListQueryVariables>;
export const OffenceArticlesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OffenceArticlesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OffenceArticleFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offenceArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OffenceArticlesListQuery, OffenceArticlesListQueryVariables>;
export const AssessmentsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"holderId"}},{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"isSelfAssessment"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentsListQuery, AssessmentsListQueryVariables>;
export const ApprovedPlansListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovedPlansList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovedPlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvedInspectionPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApprovedPlansListQuery, ApprovedPlansListQueryVariables>;
export const StoredDistributionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StoredDistributions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"asOfFrom"}},{"kind":"Field","name":{"kind":"Name","value":"asOfTo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectionLevelDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"asOfFrom"}},{"kind":"Field","name":{"kind":"Name","value":"asOfTo"}}]}}]}}]} as unknown as DocumentNode<StoredDistributionsQuery, StoredDistributionsQueryVariables>;
export const ApproveListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePersonalDataLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveListsMutation, ApproveListsMutationVariables>;
export const RemoveSystemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeInformationSystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedId"}}]}}]}}]} as unknown as DocumentNode<RemoveSystemMutation, RemoveSystemMutationVariables>;
export const HolderViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HolderView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tin"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registryNumber"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tin"}}},{"kind":"Argument","name":{"kind":"Name","value":"registryNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registryNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionTrack"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ky"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ru"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"headName"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonName"}},{"kind":"Field","name":{"kind":"Name","value":"responsiblePersonEmail"}},{"kind":"Field","name":{"kind":"Name","value":"sector"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personalDataArrays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"informationSystems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HolderViewQuery, HolderViewQueryVariables>;
export const HoldersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HoldersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HolderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HolderOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tin"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<HoldersPageQuery, HoldersPageQueryVariables>;
export const HoldersGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HoldersGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HolderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tin"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataArrays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"informationSystems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HoldersGraphQuery, HoldersGraphQueryVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditLogFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const RegisterHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterHolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerHolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tin"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterHolderMutation, RegisterHolderMutationVariables>;
export const UpdateHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateHolderMutation, UpdateHolderMutationVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRegistrationApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const ApproveRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveRegistrationMutation, ApproveRegistrationMutationVariables>;
export const DeregisterHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeregisterHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeregisterHolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deregisterHolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}}]}}]}}]}}]} as unknown as DocumentNode<DeregisterHolderMutation, DeregisterHolderMutationVariables>;
export const AddArrayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddArray"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPersonalDataArrayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPersonalDataArray"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataArray"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddArrayMutation, AddArrayMutationVariables>;
export const AddSystemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInformationSystemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInformationSystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"informationSystem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataArrays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddSystemMutation, AddSystemMutationVariables>;
export const HoldersGraphDetailedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HoldersGraphDetailed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HolderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tin"}},{"kind":"Field","name":{"kind":"Name","value":"legalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataArrays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCount"}},{"kind":"Field","name":{"kind":"Name","value":"informationSystems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"threatType"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HoldersGraphDetailedQuery, HoldersGraphDetailedQueryVariables>;