/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** What the scenario does to an obligation, as obligationsDiff says it for one holder. */
export type ImpactChange =
  /** It would newly apply. */
  | 'ADDED'
  /** It still applies, with another basis, citations, result or a replacing requirement. */
  | 'CHANGED'
  /** It would no longer apply. */
  | 'REMOVED';

/** Where an impact run is. */
export type ImpactRunStatus =
  /** Stopped; `error` says why, and it has no figures. */
  | 'FAILED'
  /** Being computed; its figures are not there yet. */
  | 'RUNNING'
  /** Computed and stored. */
  | 'SUCCEEDED';

/** Legal framework for inspecting a holder. */
export type InspectionTrack =
  /** Business entities: Law No. 72 on inspections of business entities. */
  | 'BUSINESS'
  /** State bodies and local government: the state-bodies control rules. */
  | 'STATE';

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

/** What an obligation is evaluated for. */
export type TargetType =
  /** One personal-data array. */
  | 'ARRAY'
  /** The holder as a whole. */
  | 'HOLDER'
  /** One information system. */
  | 'SYSTEM';

export type PublicHolderQueryVariables = Exact<{
  tin: string;
}>;


export type PublicHolderQuery = { holder: { id: string, name: string | null, registryNumber: string | null, registrationStatus: RegistrationStatus, regionCode: string | null, personalDataArrays: Array<{ name: string, purposes: Array<string> }> } | null };

export type HoldersByRegionQueryVariables = Exact<{
  region: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HoldersByRegionQuery = { holders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string | null, registryNumber: string | null, kind: HolderKind } }> } };

export type ObligationsQueryVariables = Exact<{
  holderTin: string;
  asOf?: string | null | undefined;
}>;


export type ObligationsQuery = { obligations: Array<{ reasons: Array<string>, requirement: { code: string, title: string }, target: { type: TargetType, name: string | null } }> };

export type RegistryBreakdownQueryVariables = Exact<{
  by: BreakdownDimension;
}>;


export type RegistryBreakdownQuery = { holderBreakdown: Array<{ key: string | null, holders: number }> };

export type RegistrySearchQueryVariables = Exact<{
  filter?: HolderFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RegistrySearchQuery = { holders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, tin: string | null, registryNumber: string | null, kind: HolderKind, regionCode: string | null, registrationStatus: RegistrationStatus, names: { ky: string | null, ru: string | null, en: string | null } } }> } };

export type RegistryHolderQueryVariables = Exact<{
  id: string | number;
}>;


export type RegistryHolderQuery = { node:
    | { id: string, tin: string | null, registryNumber: string | null, kind: HolderKind, regionCode: string | null, registrationStatus: RegistrationStatus, applicationSubmittedOn: string | null, registeredOn: string | null, deregisteredOn: string | null, names: { ky: string | null, ru: string | null, en: string | null }, personalDataArrays: Array<{ id: string, name: string, purposes: Array<string>, subjectCategories: Array<string> | null, dataCategories: Array<string> | null }> }
    | Record<PropertyKey, never>
   | null };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { taxonomy: Array<{ key: string, label: { ky: string | null, ru: string | null, en: string | null } }> };

export type AgencyRegistryQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyRegistryQuery = { byRegion: Array<{ key: string | null, holders: number }>, byStatus: Array<{ key: string | null, holders: number }>, complianceDistribution: Array<{ status: AggregateStatus, holders: number }> };

export type AgencyViolationsQueryVariables = Exact<{
  monthsFrom: string;
}>;


export type AgencyViolationsQuery = { byArticle: Array<{ key: string | null, violations: number, decisions: number, fineIndicators: number, fineSoms: number, decisionsWithoutSoms: number, proposedFineIndicators: number }>, byMonth: Array<{ key: string | null, violations: number, fineSoms: number, decisionsWithoutSoms: number }> };

export type AgencyInspectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyInspectionsQuery = { inspectionsByStatus: Array<{ key: string | null, inspections: number }> };

export type AgencyImpactRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgencyImpactRunsQuery = { impactRuns: { edges: Array<{ node: { id: number, scenario: Array<string>, asOf: string, status: ImpactRunStatus, finishedAt: string | null, inputsHash: string | null, totals: { holders: number, holdersAffected: number, leaveCompliant: number } | null, cells: Array<{ requirementCode: string, change: ImpactChange, holders: number }> } }> } };


export const PublicHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataArrays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}}]}}]}}]}}]} as unknown as DocumentNode<PublicHolderQuery, PublicHolderQueryVariables>;
export const HoldersByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HoldersByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"region"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HoldersByRegionQuery, HoldersByRegionQueryVariables>;
export const ObligationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Obligations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holderTin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyApplicable"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<ObligationsQuery, ObligationsQueryVariables>;
export const RegistryBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BreakdownDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holderBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}}]}}]}}]} as unknown as DocumentNode<RegistryBreakdownQuery, RegistryBreakdownQueryVariables>;
export const RegistrySearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrySearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HolderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ky"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tin"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegistrySearchQuery, RegistrySearchQueryVariables>;
export const RegistryHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Holder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"names"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ky"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tin"}},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"applicationSubmittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"registeredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deregisteredOn"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataArrays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"subjectCategories"}},{"kind":"Field","name":{"kind":"Name","value":"dataCategories"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegistryHolderQuery, RegistryHolderQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxonomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"region","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ky"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const AgencyRegistryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyRegistry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byRegion"},"name":{"kind":"Name","value":"holderBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byStatus"},"name":{"kind":"Name","value":"holderBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"REGISTRATION_STATUS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}}]}},{"kind":"Field","name":{"kind":"Name","value":"complianceDistribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}}]}}]}}]} as unknown as DocumentNode<AgencyRegistryQuery, AgencyRegistryQueryVariables>;
export const AgencyViolationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyViolations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"monthsFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byArticle"},"name":{"kind":"Name","value":"violationBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"ARTICLE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"violations"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"fineIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"fineSoms"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsWithoutSoms"}},{"kind":"Field","name":{"kind":"Name","value":"proposedFineIndicators"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byMonth"},"name":{"kind":"Name","value":"violationBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"MONTH"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"detectedFrom"},"value":{"kind":"Variable","name":{"kind":"Name","value":"monthsFrom"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"violations"}},{"kind":"Field","name":{"kind":"Name","value":"fineSoms"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsWithoutSoms"}}]}}]}}]} as unknown as DocumentNode<AgencyViolationsQuery, AgencyViolationsQueryVariables>;
export const AgencyInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyInspections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"inspectionsByStatus"},"name":{"kind":"Name","value":"inspectionBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"STATUS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"inspections"}}]}}]}}]} as unknown as DocumentNode<AgencyInspectionsQuery, AgencyInspectionsQueryVariables>;
export const AgencyImpactRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgencyImpactRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scenario"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"holdersAffected"}},{"kind":"Field","name":{"kind":"Name","value":"leaveCompliant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementCode"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgencyImpactRunsQuery, AgencyImpactRunsQueryVariables>;