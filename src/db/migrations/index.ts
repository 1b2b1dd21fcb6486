// Every migration, in order. `npx mikro-orm migration:create` writes a new file; add it here.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261124200432 } from './Migration20261124200432.js';
import { Migration20261124203011_registry } from './Migration20261124203011_registry.js';
import { Migration20261124204025_compliance } from './Migration20261124204025_compliance.js';
import { Migration20261124204858_inspections } from './Migration20261124204858_inspections.js';
import { Migration20261201100000_hardening } from './Migration20261201100000_hardening.js';
import { Migration20261201200000_registry_history } from './Migration20261201200000_registry_history.js';
import { Migration20261201210000_rule_table_versions } from './Migration20261201210000_rule_table_versions.js';
import { Migration20261201220000_penalties_offenders } from './Migration20261201220000_penalties_offenders.js';
import { Migration20261201230000_dated_citations } from './Migration20261201230000_dated_citations.js';
import { Migration20261202000000_holder_tallies } from './Migration20261202000000_holder_tallies.js';
import { Migration20261202010000_plan_entry_once } from './Migration20261202010000_plan_entry_once.js';
import { Migration20261202020000_stored_risk } from './Migration20261202020000_stored_risk.js';
import { Migration20261202030000_provision_texts } from './Migration20261202030000_provision_texts.js';
import { Migration20261202040000_impact_runs } from './Migration20261202040000_impact_runs.js';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261124200432', class: Migration20261124200432 },
  { name: 'Migration20261124203011_registry', class: Migration20261124203011_registry },
  { name: 'Migration20261124204025_compliance', class: Migration20261124204025_compliance },
  { name: 'Migration20261124204858_inspections', class: Migration20261124204858_inspections },
  { name: 'Migration20261201100000_hardening', class: Migration20261201100000_hardening },
  { name: 'Migration20261201200000_registry_history', class: Migration20261201200000_registry_history },
  { name: 'Migration20261201210000_rule_table_versions', class: Migration20261201210000_rule_table_versions },
  { name: 'Migration20261201220000_penalties_offenders', class: Migration20261201220000_penalties_offenders },
  { name: 'Migration20261201230000_dated_citations', class: Migration20261201230000_dated_citations },
  { name: 'Migration20261202000000_holder_tallies', class: Migration20261202000000_holder_tallies },
  { name: 'Migration20261202010000_plan_entry_once', class: Migration20261202010000_plan_entry_once },
  { name: 'Migration20261202020000_stored_risk', class: Migration20261202020000_stored_risk },
  { name: 'Migration20261202030000_provision_texts', class: Migration20261202030000_provision_texts },
  { name: 'Migration20261202040000_impact_runs', class: Migration20261202040000_impact_runs },
];
