// Builds the executable schema from the type-graphql resolvers and prints the reviewed SDL artefact.
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { LegalActResolver } from './modules/legal-act/legal-act.resolver.js';
import { LegalActVersionResolver } from './modules/legal-act/legal-act-version.resolver.js';
import { ProvisionResolver } from './modules/legal-act/provision.resolver.js';
import { NodeResolver } from './modules/node/node.resolver.js';

export const resolvers = [NodeResolver, LegalActResolver, LegalActVersionResolver, ProvisionResolver] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: false,
  });
}

/** The SDL committed as schema/schema.graphql (a test fails when it is stale). */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(schema).trim()}\n`;
}
