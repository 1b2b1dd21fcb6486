import { Migration } from '@mikro-orm/migrations';

// Dated citations and honest aggregates (issue 10):
// - requirement.citations: the requirement's references, each dated by its act's versions in force
//   (and an optional narrower window); requirement.scenario_effects: what a scenario act would do to
//   it (repeal, replace, take over). Both written by the requirements seed; '[]' until it runs.
// - holder_compliance.status gets its own type, compliance_status = the obligation results plus
//   PARTIALLY_ASSESSED, which only an aggregate can have (so an assessment or an inspection finding,
//   still of type compliance_result, can never be PARTIALLY_ASSESSED). Stored rows are converted by
//   the rule of src/domain/compliance/aggregate.ts (statusFromCounts), read from their counts, so the
//   dashboards agree with complianceStatus before the next recompute.
export class Migration20261201230000_dated_citations extends Migration {

  override name = 'Migration20261201230000_dated_citations';

  override up(): void | Promise<void> {
    this.addSql(`alter table "requirement" add column "citations" jsonb not null default '[]', add column "scenario_effects" jsonb not null default '[]';`);
    this.addSql(`create type "compliance_status" as enum ('COMPLIANT', 'PARTIALLY_COMPLIANT', 'NON_COMPLIANT', 'PARTIALLY_ASSESSED', 'NOT_ASSESSED', 'NOT_APPLICABLE');`);
    this.addSql(`alter table "holder_compliance" alter column "status" type "compliance_status" using (
      case
        when coalesce((counts->>'COMPLIANT')::int, 0) + coalesce((counts->>'PARTIALLY_COMPLIANT')::int, 0)
           + coalesce((counts->>'NON_COMPLIANT')::int, 0) + coalesce((counts->>'NOT_ASSESSED')::int, 0) = 0 then 'NOT_APPLICABLE'
        when coalesce((counts->>'NON_COMPLIANT')::int, 0) > 0 then 'NON_COMPLIANT'
        when coalesce((counts->>'COMPLIANT')::int, 0) + coalesce((counts->>'PARTIALLY_COMPLIANT')::int, 0) = 0 then 'NOT_ASSESSED'
        when coalesce((counts->>'NOT_ASSESSED')::int, 0) > 0 then 'PARTIALLY_ASSESSED'
        when coalesce((counts->>'PARTIALLY_COMPLIANT')::int, 0) > 0 then 'PARTIALLY_COMPLIANT'
        else 'COMPLIANT'
      end)::"compliance_status";`);
  }

  override down(): void | Promise<void> {
    // The old rule had no PARTIALLY_ASSESSED and called "nothing applies" NOT_ASSESSED; the next
    // recompute restores the old rule's exact answers.
    this.addSql(`alter table "holder_compliance" alter column "status" type "compliance_result" using (
      case status::text when 'PARTIALLY_ASSESSED' then 'NOT_ASSESSED' when 'NOT_APPLICABLE' then 'NOT_ASSESSED' else status::text end)::"compliance_result";`);
    this.addSql(`drop type "compliance_status";`);
    this.addSql(`alter table "requirement" drop column "citations", drop column "scenario_effects";`);
  }

}
