// Builds the executable schema from the type-graphql resolvers and prints the reviewed SDL artefact.
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { LegalActResolver } from './modules/legal-act/legal-act.resolver.js';
import { LegalActVersionResolver } from './modules/legal-act/legal-act-version.resolver.js';
import { ProvisionResolver } from './modules/legal-act/provision.resolver.js';
import { NodeResolver } from './modules/node/node.resolver.js';

export const resolvers = [NodeResolver, LegalActResolver, LegalActVersionResolver, ProvisionResolver] as const;

const ROOT_DESCRIPTIONS = {
  query: 'Read access to the regulatory graph: legal acts, provisions and (by global ID) any object.',
  mutation: 'Writes; each one is validated, atomic and audit-logged.',
};

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false, emitSchemaFile: false });
  // type-graphql cannot describe the root types; the schema contract wants every type described.
  const query = schema.getQueryType();
  if (query) query.description = ROOT_DESCRIPTIONS.query;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.mutation;
  return schema;
}

/** The SDL committed as schema/schema.graphql (a test fails when it is stale). */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(schema).trim()}\n`;
}
