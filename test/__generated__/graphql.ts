/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Calendar date in ISO 8601 form `YYYY-MM-DD` (no time, no zone). */
  Date: { input: string; output: string; }
};

/** Language of a text. */
export type Lang =
  /** English (translation, informative only). */
  | 'EN'
  /** Kyrgyz (state language). */
  | 'KY'
  /** Russian (official language). */
  | 'RU';

/** A legal act as a work: law, code, resolution, decree, draft or guidance. */
export type LegalAct = Node & {
  __typename?: 'LegalAct';
  /** Date of adoption (signature); null for drafts. */
  adoptedOn?: Maybe<Scalars['Date']['output']>;
  /** Acts that amend this act. */
  amendedBy: Array<LegalLink>;
  /** Acts this act amends. */
  amends: Array<LegalLink>;
  /** Acts or provisions this act is based on (e.g. Res. 760 → Law 58 Art. 21). */
  basedOn: Array<LegalLink>;
  /** Acts adopted on the basis of this act or its provisions. */
  basisFor: Array<LegalLink>;
  /** Acts that cite this act or its provisions. */
  citedBy: Array<LegalLink>;
  /** Acts or provisions this act cites. */
  cites: Array<LegalLink>;
  /** Stable code `kg/<type>/<year>/<number>` (drafts: `kg/draft/<year>/<slug>`). */
  code: Scalars['String']['output'];
  /** Status of the latest version, as recorded in the sources. */
  currentStatus: VersionStatus;
  /** Global object ID. */
  id: Scalars['ID']['output'];
  /** Issuing body. */
  issuer?: Maybe<LocalizedText>;
  /** The newest text, whatever its status. */
  latestVersion?: Maybe<LegalActVersion>;
  /** Official number, e.g. "58"; null for drafts. */
  number?: Maybe<Scalars['String']['output']>;
  /** Provisions in document order (all levels, or only the top level). */
  provisions: Array<Provision>;
  /** Edges of this act, filtered by type and direction. */
  relations: Array<LegalLink>;
  /** Acts that repeal this act. */
  repealedBy: Array<LegalLink>;
  /** Acts this act repeals. */
  repeals: Array<LegalLink>;
  /** Title of the latest version in `lang` (with `fallback`, the first available of ky, ru, en). */
  title?: Maybe<Scalars['String']['output']>;
  /** Kind of act. */
  type: LegalActType;
  /** The version in force on `date`; null if none was (e.g. a draft). */
  versionOn?: Maybe<LegalActVersion>;
  /** All versions (expressions), oldest text first. */
  versions: Array<LegalActVersion>;
};


/** A legal act as a work: law, code, resolution, decree, draft or guidance. */
export type LegalActProvisionsArgs = {
  topLevelOnly?: Scalars['Boolean']['input'];
};


/** A legal act as a work: law, code, resolution, decree, draft or guidance. */
export type LegalActRelationsArgs = {
  direction?: InputMaybe<LinkDirection>;
  type?: InputMaybe<RelationType>;
};


/** A legal act as a work: law, code, resolution, decree, draft or guidance. */
export type LegalActTitleArgs = {
  fallback?: Scalars['Boolean']['input'];
  lang?: Lang;
};


/** A legal act as a work: law, code, resolution, decree, draft or guidance. */
export type LegalActVersionOnArgs = {
  date: Scalars['Date']['input'];
};

/** A page of legal acts ordered by code (Relay connection). */
export type LegalActConnection = {
  __typename?: 'LegalActConnection';
  /** Items of this page with their cursors. */
  edges: Array<LegalActEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of items matching the filter, across all pages (counted on demand). */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a page of legal acts ordered by code. */
export type LegalActEdge = {
  __typename?: 'LegalActEdge';
  /** Opaque keyset cursor of this item. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: LegalAct;
};

/** Filter for `legalActs`; all given conditions must hold. */
export type LegalActFilter = {
  /** Only acts BASED_ON this act or provision (code or `<code>#<eId>`); NOT_FOUND if it does not exist. */
  basedOn?: InputMaybe<Scalars['String']['input']>;
  /** Only acts with a version in force on this date. */
  inForceOn?: InputMaybe<Scalars['Date']['input']>;
  /** Case-insensitive text in the code, number or a title in any language. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these current statuses (status of the latest version). */
  statuses?: InputMaybe<Array<VersionStatus>>;
  /** Any of these act types. */
  types?: InputMaybe<Array<LegalActType>>;
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

/** A version (expression) of a legal act, with its in-force interval. */
export type LegalActVersion = Node & {
  __typename?: 'LegalActVersion';
  /** The act (work) this is a version of. */
  act: LegalAct;
  /** Global object ID. */
  id: Scalars['ID']['output'];
  /** First day in force; null for drafts or when unknown. */
  inForceFrom?: Maybe<Scalars['Date']['output']>;
  /** First day no longer in force (exclusive); null = open. */
  inForceTo?: Maybe<Scalars['Date']['output']>;
  /** Editorial note: what is unverified and why. */
  note?: Maybe<Scalars['String']['output']>;
  /** Where the text and facts of this version come from. */
  sources: Array<SourceRef>;
  /** Lifecycle status recorded in the source. */
  status: VersionStatus;
  /** Title in `lang` (with `fallback`, the first available of ky, ru, en). */
  title?: Maybe<Scalars['String']['output']>;
  /** Title in each language the sources give. */
  titles: LocalizedText;
  /** False where a fact of this version (e.g. an entry-into-force date) could not be checked. */
  verified: Scalars['Boolean']['output'];
  /** Date of the text this version reflects (adoption or amendment). */
  versionDate: Scalars['Date']['output'];
};


/** A version (expression) of a legal act, with its in-force interval. */
export type LegalActVersionTitleArgs = {
  fallback?: Scalars['Boolean']['input'];
  lang?: Lang;
};

/** One end of a typed edge between acts, seen from the act or provision it is read on. */
export type LegalLink = {
  __typename?: 'LegalLink';
  /** The act at the other end. */
  act: LegalAct;
  /** Address of the other end: an act code, or `<act code>#<eId>` when the edge points at a provision. */
  code: Scalars['String']['output'];
  /** OUTGOING when the act read on is the source of the edge. */
  direction: LinkDirection;
  /** Editorial note on the edge. */
  note?: Maybe<Scalars['String']['output']>;
  /** The provision on this side the edge starts from or points at, if any. */
  ownProvision?: Maybe<Provision>;
  /** The provision at the other end, when the edge names one. */
  provision?: Maybe<Provision>;
  /** Kind of edge. */
  type: RelationType;
};

/** Direction of a link seen from the act it is read on. */
export type LinkDirection =
  /** This act (or one of its provisions) is the target of the edge. */
  | 'INCOMING'
  /** This act is the source of the edge. */
  | 'OUTGOING';

/** A text in the languages its source gives; a missing language is null. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** English. */
  en?: Maybe<Scalars['String']['output']>;
  /** Kyrgyz. */
  ky?: Maybe<Scalars['String']['output']>;
  /** Russian. */
  ru?: Maybe<Scalars['String']['output']>;
};

/** An object with a globally unique, opaque ID (Relay). */
export type Node = {
  /** Globally unique opaque identifier; pass it to `node(id:)` to refetch. */
  id: Scalars['ID']['output'];
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page was requested with `after` (items precede it). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** An article, part, point or paragraph of a legal act. */
export type Provision = Node & {
  __typename?: 'Provision';
  /** The act this provision belongs to. */
  act: LegalAct;
  /** Directly nested provisions in document order. */
  children: Array<Provision>;
  /** Address `<act code>#<eId>`, e.g. `kg/law/2008/58#art_21`. */
  code: Scalars['String']['output'];
  /** Akoma Ntoso element id within the act, e.g. `art_17__point_e`. */
  eId: Scalars['String']['output'];
  /** Heading per language, where known. */
  heading?: Maybe<LocalizedText>;
  /** Global object ID. */
  id: Scalars['ID']['output'];
  /** Structural kind. */
  kind: ProvisionKind;
  /** Number or letter as printed, e.g. "17", "e", "413-2". */
  number?: Maybe<Scalars['String']['output']>;
  /** The enclosing provision (article of a point, chapter of an article). */
  parent?: Maybe<Provision>;
  /** Document order within the act (0-based, depth-first). */
  position: Scalars['Int']['output'];
  /** Edges from other acts pointing at this provision (e.g. acts based on it). */
  referencedBy: Array<LegalLink>;
  /** Sources for this provision (empty: see the act version sources). */
  sources: Array<SourceRef>;
  /** Short summary of the content per language, where known. */
  summary?: Maybe<LocalizedText>;
  /** False where the content could not be checked against the legal text. */
  verified: Scalars['Boolean']['output'];
};


/** An article, part, point or paragraph of a legal act. */
export type ProvisionReferencedByArgs = {
  type?: InputMaybe<RelationType>;
};

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

export type Query = {
  __typename?: 'Query';
  /** An act by its code, e.g. `kg/law/2008/58`; null when unknown. */
  legalAct?: Maybe<LegalAct>;
  /** Acts matching a filter, ordered by code (Relay connection, keyset cursors). */
  legalActs: LegalActConnection;
  /** Any object by its global ID; null when it does not exist. */
  node?: Maybe<Node>;
  /** A provision by address, e.g. `kg/law/2008/58#art_21`; null when unknown. */
  provision?: Maybe<Provision>;
};


export type QueryLegalActArgs = {
  code: Scalars['String']['input'];
};


export type QueryLegalActsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LegalActFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProvisionArgs = {
  code: Scalars['String']['input'];
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

/** A source document backing a piece of legal content. */
export type SourceRef = {
  __typename?: 'SourceRef';
  /** ISO 639-1 language of the source (`ky`, `ru`, `en`), when known. */
  lang?: Maybe<Scalars['String']['output']>;
  /** What the source is (official text, translation, news, …). */
  note?: Maybe<Scalars['String']['output']>;
  /** Address of the source. */
  url: Scalars['String']['output'];
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
    | { __typename: 'LegalAct', code: string, id: string }
    | { __typename: 'LegalActVersion', id: string }
    | { __typename: 'Provision', code: string, id: string }
   | null };


export const LegalActByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalActByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}},{"kind":"Field","alias":{"kind":"Name","value":"titleRu"},"name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","alias":{"kind":"Name","value":"titleKy"},"name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"KY"}},{"kind":"Argument","name":{"kind":"Name","value":"fallback"},"value":{"kind":"BooleanValue","value":false}}]},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"act"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"provision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"basisFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amends"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amendedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LegalActByCodeQuery, LegalActByCodeQueryVariables>;
export const VersionOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VersionOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalAct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versionOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inForceFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForceTo"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}}]}}]}}]} as unknown as DocumentNode<VersionOnQuery, VersionOnQueryVariables>;
export const LegalActsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalActsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalActFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LegalActsPageQuery, LegalActsPageQueryVariables>;
export const LegalActsCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalActsCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalActFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"currentStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LegalActsCodesQuery, LegalActsCodesQueryVariables>;
export const LegalActsGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegalActsGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalActs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"versionDate"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"provisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LegalActsGraphQuery, LegalActsGraphQueryVariables>;
export const ProvisionByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvisionByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"eId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heading"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ky"}},{"kind":"Field","name":{"kind":"Name","value":"ru"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"act"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referencedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]}}]}}]} as unknown as DocumentNode<ProvisionByCodeQuery, ProvisionByCodeQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LegalAct"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;