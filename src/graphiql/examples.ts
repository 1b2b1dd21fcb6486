/// <reference path="./raw.d.ts" />
// GraphiQL's example tabs, one per main task, cut from the tests' operations (test/operations,
// checked against the schema by codegen and run by the tests), with demo data that exists after
// `npm start` (TINs from the deterministic demo set, README "Examples") and the key each needs.
import compliance from '../../test/operations/compliance.graphql?raw';
import dashboard from '../../test/operations/dashboard.graphql?raw';
import inspections from '../../test/operations/inspections.graphql?raw';
import legalActs from '../../test/operations/legal-acts.graphql?raw';
import lists from '../../test/operations/lists.graphql?raw';
import registry from '../../test/operations/registry.graphql?raw';
import { operationText } from './operation-text.js';

/** A demo organisation: ОсОО "Акылман Карго", Bishkek, registered, processes special categories. */
const TIN = '08716695715028';

export interface Example {
  title: string;
  /** The demo key role it needs (`npm start` prints one per role); null: none. */
  key: 'ANALYST' | 'INSPECTOR' | null;
  source: string;
  operation: string;
  variables: Record<string, unknown>;
}

export const EXAMPLES: Example[] = [
  { title: 'Legal graph: an act on a date', key: null, source: legalActs, operation: 'VersionOn', variables: { code: 'kg/law/2008/58', date: '2024-01-01' } },
  { title: 'Holders: a filtered page', key: 'ANALYST', source: registry, operation: 'HoldersPage', variables: { first: 20, filter: { regionCodes: ['KG-GB'], processesSpecialCategories: true } } },
  { title: 'Obligations of a holder, and why', key: 'ANALYST', source: compliance, operation: 'Obligations', variables: { holderTin: TIN, onlyApplicable: true } },
  { title: 'Compliance status with reasons', key: 'ANALYST', source: compliance, operation: 'ComplianceStatus', variables: { holderTin: TIN } },
  { title: 'What-if: the 2023 draft law', key: 'ANALYST', source: compliance, operation: 'DraftDiff', variables: { holderTin: TIN, scenario: ['kg/draft/2023/law-on-personal-data-protection'] } },
  { title: 'Fines: offence articles and their tables', key: null, source: lists, operation: 'OffenceArticlesList', variables: { first: 20 } },
  { title: 'Inspection plan for a year', key: 'INSPECTOR', source: inspections, operation: 'InspectionPlan', variables: { input: { year: 2026, track: 'BUSINESS', capacity: 20 } } },
  { title: 'Dashboard: holders per region', key: null, source: dashboard, operation: 'HolderBreakdown', variables: { by: 'REGION' } },
];

/** The example as GraphiQL shows it: a comment with its task and key, then the operation. */
export function exampleQuery(e: Example): string {
  const key = e.key ? `with the demo ${e.key} key (printed by npm start; see the headers below)` : 'no key needed';
  return `# ${e.title}: ${key}\n${operationText(e.source, e.operation)}\n`;
}
