// Builds the executable schema from the type-graphql resolvers and prints the reviewed SDL artefact.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { buildSubgraph } from './federation.js';
import { guardEntities } from './graphql/entities-guard.js';
import { bindResolversDirectly } from './graphql/direct-resolvers.js';
import { applyVisibility } from './graphql/visibility.js';
import { LegalActResolver } from './modules/legal-act/legal-act.resolver.js';
import { LegalActVersionResolver } from './modules/legal-act/legal-act-version.resolver.js';
import { ProvisionResolver } from './modules/legal-act/provision.resolver.js';
import { ProvisionReadingResolver, ProvisionTextResolver, ProvisionWordingResolver, VersionProvisionsResolver } from './modules/legal-act/provision-text.resolver.js';
import { NodeResolver } from './modules/node/node.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { HolderResolver } from './modules/holder/holder.resolver.js';
import { InformationSystemResolver } from './modules/holder/information-system.resolver.js';
import { PersonalDataArrayResolver } from './modules/holder/personal-data-array.resolver.js';
import { RegistryMutations } from './modules/holder/registry.mutations.js';
import { TaxonomyResolver } from './modules/taxonomy/taxonomy.resolver.js';
import { DashboardResolver, EnforcementDashboardResolver } from './modules/dashboard/dashboard.resolver.js';
import { HolderRiskResolver, InspectionResolver } from './modules/inspection/inspection.resolver.js';
import { HolderViolationsResolver, ViolationResolver } from './modules/violation/violation.resolver.js';
import { ComplianceMutations } from './modules/compliance/compliance.mutations.js';
import { ImpactCellResolver, ImpactResolver } from './modules/impact/impact.resolver.js';
import { ComplianceResolver } from './modules/compliance/compliance.resolver.js';
import { HolderComplianceResolver, SystemComplianceResolver } from './modules/compliance/system-compliance.resolver.js';

export const resolvers = [
  NodeResolver,
  LegalActResolver,
  LegalActVersionResolver,
  ProvisionResolver,
  ProvisionTextResolver,
  ProvisionWordingResolver,
  VersionProvisionsResolver,
  ProvisionReadingResolver,
  TaxonomyResolver,
  HolderResolver,
  PersonalDataArrayResolver,
  InformationSystemResolver,
  RegistryMutations,
  AuditResolver,
  ComplianceResolver,
  SystemComplianceResolver,
  HolderComplianceResolver,
  ComplianceMutations,
  ViolationResolver,
  HolderViolationsResolver,
  HolderRiskResolver,
  InspectionResolver,
  DashboardResolver,
  EnforcementDashboardResolver,
  ImpactResolver,
  ImpactCellResolver,
] as const;

const ROOT_DESCRIPTIONS = {
  query: 'Read access to the regulatory graph: legal acts and provisions, the Registry of holders, their arrays and systems, obligations and compliance, violations, risk and inspections, dashboard aggregates, the audit log, and any object by global ID.',
  mutation: 'Writes; each one is validated, atomic and audit-logged.',
};

export async function buildAppSchema(): Promise<GraphQLSchema> {
  // skipCheck: the @key directives are declared by the federation link, not in this schema.
  const schema = await buildSchema({ resolvers, validate: false, emitSchemaFile: false, skipCheck: true });
  // type-graphql cannot describe the root types; the schema contract wants every type described.
  const query = schema.getQueryType();
  if (query) query.description = ROOT_DESCRIPTIONS.query;
  const mutation = schema.getMutationType();
  if (mutation) mutation.description = ROOT_DESCRIPTIONS.mutation;
  // Visibility wraps the bound resolvers, so it is applied last.
  return applyVisibility(bindResolversDirectly(schema));
}

/**
 * What the server runs: `api` at /graphql, exactly schema/schema.graphql, and `subgraph` at
 * /subgraph, the same API as an Apollo Federation 2 subgraph (adds `_entities`, `_service`) for
 * gateways. Built together, before any server wraps the API's resolvers (limits.ts counts list
 * items that way): the subgraph copies them as they are, so nothing is wrapped twice.
 */
export interface ServedSchemas {
  api: GraphQLSchema;
  subgraph: GraphQLSchema;
}

export async function buildServedSchemas(): Promise<ServedSchemas> {
  const api = await buildAppSchema();
  return { api, subgraph: guardEntities(buildSubgraph(api)) };
}

/** The public API alone, as /graphql serves it (no federation fields); for callers that serve no subgraph. */
export function buildServedSchema(): Promise<GraphQLSchema> {
  return buildAppSchema();
}

/** The SDL committed as schema/schema.graphql (a test fails when it is stale); sorted, so the order of imports never shows in review. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema)).trim()}\n`;
}
