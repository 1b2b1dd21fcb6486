import { Migration } from '@mikro-orm/migrations';

// The risk degree and the systems' protection levels, stored with the compliance status by the
// same recompute (src/modules/compliance/holder-compliance.service.ts), so their distributions are
// one GROUP BY over holder_compliance (issue 12). risk_table names the points-table version used;
// protection_levels counts the holder's systems per level ("UNDETERMINED" when the Res. 760 table
// cannot decide). Rows stored before this migration have no risk until their next recompute and
// are counted as NOT_COMPUTED, never as a degree.
export class Migration20261202020000_stored_risk extends Migration {

  override name = 'Migration20261202020000_stored_risk';

  override up(): void | Promise<void> {
    this.addSql(`alter table "holder_compliance" add column "risk_degree" text null, add column "risk_points" double precision null, add column "risk_table" jsonb null, add column "protection_levels" jsonb null;`);
    // The distributions read these indexes only (index-only scans), not the wide rows: the risk
    // degrees, the few distinct protection-level counts, and the earliest and latest as-of day.
    this.addSql(`create index "holder_compliance_risk_degree_index" on "holder_compliance" ("risk_degree");`);
    this.addSql(`create index "holder_compliance_protection_levels_index" on "holder_compliance" ("protection_levels");`);
    this.addSql(`create index "holder_compliance_as_of_index" on "holder_compliance" ("as_of");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "holder_compliance" drop column "risk_degree", drop column "risk_points", drop column "risk_table", drop column "protection_levels";`);
  }

}
