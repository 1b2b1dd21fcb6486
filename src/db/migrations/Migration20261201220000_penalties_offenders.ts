import { Migration } from '@mikro-orm/migrations';

// Violations as the Code of Offences sees them (issue 10):
//  - `violation.committed_on`: the day the offence was committed (repetition and the dated tables
//    read it; null = the detection day);
//  - `violation_offender`: who is fined for a violation (the legal entity, a named official, an
//    individual entrepreneur, or the holder itself assumed when none is named), each with its own
//    proposed sanction (jsonb, recomputed while undecided);
//  - `penalty_decision`: the penalty imposed on one offender (date, Agency or court, article part,
//    amount in ЭК and soms at the dated rate, reasons): the dated fact that makes a later offence a
//    repeat. One decision per offender.
export class Migration20261201220000_penalties_offenders extends Migration {

  override name = 'Migration20261201220000_penalties_offenders';

  override up(): void | Promise<void> {
    this.addSql(`alter table "violation" add column "committed_on" date null;`);
    this.addSql(`alter table "violation" add constraint "violation_committed_before_detected" check ("committed_on" is null or "committed_on" <= "detected_on");`);
    this.addSql(`create type "offender_role" as enum ('LEGAL_ENTITY', 'OFFICIAL', 'INDIVIDUAL_ENTREPRENEUR');`);
    this.addSql(`create table "violation_offender" ("id" serial primary key, "violation_id" int not null, "position" int not null, "role" "offender_role" not null, "offender_type" varchar(20) not null, "assumed" boolean not null default false, "person_name" text null, "person_position" text null, "offender_key" text null, "sanction" jsonb null, "created_at" timestamptz not null default now(), constraint "violation_offender_type_check" check ("offender_type" in ('INDIVIDUAL', 'OFFICIAL', 'LEGAL_ENTITY')), constraint "violation_offender_official_named" check ("role" <> 'OFFICIAL' or "assumed" or "person_name" is not null));`);
    this.addSql(`alter table "violation_offender" add constraint "violation_offender_violation_id_foreign" foreign key ("violation_id") references "violation" ("id") on delete cascade;`);
    this.addSql(`create unique index "violation_offender_violation_id_position_unique" on "violation_offender" ("violation_id", "position");`);
    // Violations recorded before: their one offender is the holder itself, as its kind's offender type
    // (the default of seeds/sanctions offenderTypes), marked assumed; their stored sanction moves along.
    this.addSql(`insert into "violation_offender" ("violation_id", "position", "role", "offender_type", "assumed", "offender_key", "sanction")
      select v."id", 0,
        (case when h."kind" = 'INDIVIDUAL_ENTREPRENEUR' then 'INDIVIDUAL_ENTREPRENEUR' when h."kind" in ('STATE_BODY', 'LOCAL_STATE_ADMINISTRATION', 'LOCAL_SELF_GOVERNMENT') then 'OFFICIAL' else 'LEGAL_ENTITY' end)::"offender_role",
        coalesce(v."sanction"->>'offenderType', case when h."kind" = 'INDIVIDUAL_ENTREPRENEUR' then 'INDIVIDUAL' when h."kind" in ('STATE_BODY', 'LOCAL_STATE_ADMINISTRATION', 'LOCAL_SELF_GOVERNMENT') then 'OFFICIAL' else 'LEGAL_ENTITY' end),
        true, 'holder:' || v."holder_id", v."sanction"
      from "violation" v join "holder" h on h."id" = v."holder_id";`);
    this.addSql(`create table "penalty_decision" ("id" serial primary key, "violation_id" int not null, "offender_id" int not null, "holder_id" int not null, "offender_key" text null, "article_code" varchar(255) not null, "decided_on" date not null, "decided_by" varchar(10) not null, "fine_indicators" numeric not null, "fine_soms" numeric null, "rate_soms" numeric null, "rate_valid_from" date null, "reasons" jsonb not null, "decided_by_key_id" int null, "created_at" timestamptz not null default now(), constraint "penalty_decision_decided_by_check" check ("decided_by" in ('AGENCY', 'COURT')));`);
    this.addSql(`alter table "penalty_decision" add constraint "penalty_decision_violation_id_foreign" foreign key ("violation_id") references "violation" ("id") on delete cascade;`);
    this.addSql(`alter table "penalty_decision" add constraint "penalty_decision_offender_id_foreign" foreign key ("offender_id") references "violation_offender" ("id") on delete cascade;`);
    this.addSql(`alter table "penalty_decision" add constraint "penalty_decision_holder_id_foreign" foreign key ("holder_id") references "holder" ("id") on delete cascade;`);
    this.addSql(`create unique index "penalty_decision_offender_id_unique" on "penalty_decision" ("offender_id");`);
    this.addSql(`create index "penalty_decision_holder_id_decided_on_index" on "penalty_decision" ("holder_id", "decided_on");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "penalty_decision" cascade;`);
    this.addSql(`drop table if exists "violation_offender" cascade;`);
    this.addSql(`drop type if exists "offender_role";`);
    this.addSql(`alter table "violation" drop constraint if exists "violation_committed_before_detected";`);
    this.addSql(`alter table "violation" drop column if exists "committed_on";`);
  }

}
