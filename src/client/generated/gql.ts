/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query PublicHolder($tin: String!) {\n  holder(tin: $tin) {\n    id\n    name(lang: RU)\n    registryNumber\n    registrationStatus\n    regionCode\n    personalDataArrays {\n      name\n      purposes\n    }\n  }\n}\n\nquery HoldersByRegion($region: String!, $first: Int, $after: String) {\n  holders(first: $first, after: $after, filter: {regionCodes: [$region]}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name(lang: RU)\n        registryNumber\n        kind\n      }\n    }\n  }\n}\n\nquery Obligations($holderTin: String!, $asOf: Date) {\n  obligations(holderTin: $holderTin, asOf: $asOf, onlyApplicable: true) {\n    requirement {\n      code\n      title(lang: EN)\n    }\n    target {\n      type\n      name\n    }\n    reasons\n  }\n}\n\nquery RegistryBreakdown($by: BreakdownDimension!) {\n  holderBreakdown(by: $by) {\n    key\n    holders\n  }\n}": typeof types.PublicHolderDocument,
};
const documents: Documents = {
    "query PublicHolder($tin: String!) {\n  holder(tin: $tin) {\n    id\n    name(lang: RU)\n    registryNumber\n    registrationStatus\n    regionCode\n    personalDataArrays {\n      name\n      purposes\n    }\n  }\n}\n\nquery HoldersByRegion($region: String!, $first: Int, $after: String) {\n  holders(first: $first, after: $after, filter: {regionCodes: [$region]}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name(lang: RU)\n        registryNumber\n        kind\n      }\n    }\n  }\n}\n\nquery Obligations($holderTin: String!, $asOf: Date) {\n  obligations(holderTin: $holderTin, asOf: $asOf, onlyApplicable: true) {\n    requirement {\n      code\n      title(lang: EN)\n    }\n    target {\n      type\n      name\n    }\n    reasons\n  }\n}\n\nquery RegistryBreakdown($by: BreakdownDimension!) {\n  holderBreakdown(by: $by) {\n    key\n    holders\n  }\n}": types.PublicHolderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PublicHolder($tin: String!) {\n  holder(tin: $tin) {\n    id\n    name(lang: RU)\n    registryNumber\n    registrationStatus\n    regionCode\n    personalDataArrays {\n      name\n      purposes\n    }\n  }\n}\n\nquery HoldersByRegion($region: String!, $first: Int, $after: String) {\n  holders(first: $first, after: $after, filter: {regionCodes: [$region]}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name(lang: RU)\n        registryNumber\n        kind\n      }\n    }\n  }\n}\n\nquery Obligations($holderTin: String!, $asOf: Date) {\n  obligations(holderTin: $holderTin, asOf: $asOf, onlyApplicable: true) {\n    requirement {\n      code\n      title(lang: EN)\n    }\n    target {\n      type\n      name\n    }\n    reasons\n  }\n}\n\nquery RegistryBreakdown($by: BreakdownDimension!) {\n  holderBreakdown(by: $by) {\n    key\n    holders\n  }\n}"): (typeof documents)["query PublicHolder($tin: String!) {\n  holder(tin: $tin) {\n    id\n    name(lang: RU)\n    registryNumber\n    registrationStatus\n    regionCode\n    personalDataArrays {\n      name\n      purposes\n    }\n  }\n}\n\nquery HoldersByRegion($region: String!, $first: Int, $after: String) {\n  holders(first: $first, after: $after, filter: {regionCodes: [$region]}) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name(lang: RU)\n        registryNumber\n        kind\n      }\n    }\n  }\n}\n\nquery Obligations($holderTin: String!, $asOf: Date) {\n  obligations(holderTin: $holderTin, asOf: $asOf, onlyApplicable: true) {\n    requirement {\n      code\n      title(lang: EN)\n    }\n    target {\n      type\n      name\n    }\n    reasons\n  }\n}\n\nquery RegistryBreakdown($by: BreakdownDimension!) {\n  holderBreakdown(by: $by) {\n    key\n    holders\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;