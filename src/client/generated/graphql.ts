/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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


export const PublicHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"registrationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataArrays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}}]}}]}}]}}]} as unknown as DocumentNode<PublicHolderQuery, PublicHolderQueryVariables>;
export const HoldersByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HoldersByRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"regionCodes"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"region"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"registryNumber"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HoldersByRegionQuery, HoldersByRegionQueryVariables>;
export const ObligationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Obligations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"holderTin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holderTin"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"onlyApplicable"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]} as unknown as DocumentNode<ObligationsQuery, ObligationsQueryVariables>;
export const RegistryBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistryBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BreakdownDimension"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holderBreakdown"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"holders"}}]}}]}}]} as unknown as DocumentNode<RegistryBreakdownQuery, RegistryBreakdownQueryVariables>;