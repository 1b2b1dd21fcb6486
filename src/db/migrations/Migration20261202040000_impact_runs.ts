import { Migration } from '@mikro-orm/migrations';

// Regulatory impact runs (issue 15): one row per run of a scenario over the Registry as of a date,
// kept so that a published analysis can be recomputed and compared: its inputs (scenario, date,
// filter), the act and table versions it used, a hash of everything it read, and its figures.
// A run is written once when it finishes; a failed run keeps its error and no figures.
export class Migration20261202040000_impact_runs extends Migration {

  override name = 'Migration20261202040000_impact_runs';

  override up(): void | Promise<void> {
    this.addSql(`create table "impact_run" (
      "id" serial primary key,
      "scenario" text[] not null,
      "as_of" date not null,
      "filter" jsonb not null default '{}',
      "overrides" jsonb not null default '[]',
      "status" text not null check ("status" in ('RUNNING', 'SUCCEEDED', 'FAILED')),
      "started_by" text not null,
      "started_at" timestamptz not null default now(),
      "finished_at" timestamptz null,
      "inputs_hash" text null,
      "basis" jsonb null,
      "totals" jsonb null,
      "cells" jsonb null,
      "error" text null);`);
    this.addSql(`create index "impact_run_inputs_idx" on "impact_run" ("as_of", "scenario");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "impact_run";`);
  }

}
