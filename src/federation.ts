// The hub as an Apollo Federation 2 subgraph for partner agencies (type-graphql's
// apollo-federation-2 recipe): the type-graphql schema printed with its @key directives, linked to
// the federation spec, plus reference resolvers that go through the request's loaders. Served at
// /subgraph only (server.ts): /graphql keeps `_entities` and `_service` out of the public API.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema, parse, type GraphQLSchema } from 'graphql';
import { createResolversMap } from 'type-graphql';
import type { ReadScope } from './loaders/read-scope.js';
import { fromGlobalId } from './graphql/node.js';
import { holderByTin } from './modules/holder/holder.queries.js';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n\n';

/** The subgraph SDL partners compose (committed as schema/subgraph.graphql). */
export function printSubgraphSchema(schema: GraphQLSchema): string {
  return `${LINK}${printSchemaWithDirectives(lexicographicSortSchema(schema)).trim()}\n`;
}

const holderRef = (ref: { id?: string; tin?: string }, ctx: ReadScope) => {
  // By TIN only as the viewer may know it (holder(tin:)'s rule): else a gateway confirms entrepreneurs' TINs.
  if (ref.tin) return holderByTin(ctx.loaders, ctx.viewer, ref.tin);
  const { type, key } = fromGlobalId(ref.id ?? '', 'id');
  return type === 'Holder' && /^\d+$/.test(key) ? ctx.loaders.holderById.load(Number(key)) : null;
};

export function buildSubgraph(schema: GraphQLSchema): GraphQLSchema {
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  return buildSubgraphSchema([
    {
      typeDefs: parse(printSubgraphSchema(schema)),
      resolvers: {
        ...resolvers,
        Holder: { ...resolvers.Holder, __resolveReference: holderRef },
        LegalAct: { ...resolvers.LegalAct, __resolveReference: (ref: { code: string }, ctx: ReadScope) => ctx.loaders.legalActByCode.load(ref.code) },
        Provision: { ...resolvers.Provision, __resolveReference: (ref: { code: string }, ctx: ReadScope) => ctx.loaders.provisionByCode.load(ref.code) },
        Requirement: {
          ...resolvers.Requirement,
          __resolveReference: async (ref: { code: string }, ctx: ReadScope) => (await ctx.loaders.catalog.load('catalog')).requirementsByCode.get(ref.code) ?? null,
        },
      } as never,
    },
  ]);
}
