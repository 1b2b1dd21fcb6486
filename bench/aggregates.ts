// Prints how long each dashboard aggregate takes over the Registry in DATABASE_URL or the embedded
// one (load it first: `npm run demo-data -- --holders 100000`):
//   npm run bench:aggregates [-- --violations 50000 --runs 20]
// The demo set has no violations or inspections, so this writes a synthetic set (violations with
// penalty decisions, inspections) inside one transaction, measures the aggregates there, and
// rolls it back: the database is left as it was. Figures are the median and the slowest of the
// runs, per aggregate and dimension, as the hub's services run them (the same SQL). The risk and
// protection-level distributions read what `npm run compliance:recompute` stored.
import 'reflect-metadata';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OPERATOR } from '../src/modules/auth/api-key.service.js';
import { holderBreakdown, DIMENSIONS } from '../src/modules/dashboard/dashboard.service.js';
import { inspectionBreakdown, violationBreakdown, INSPECTION_DIMENSIONS, VIOLATION_DIMENSIONS } from '../src/modules/dashboard/enforcement.service.js';
import { complianceDistribution, protectionLevelDistribution, riskDistribution } from '../src/modules/compliance/holder-compliance.queries.js';
import type { Context } from '../src/context.js';
import { parseArgs, UsageError, withHubDatabase } from '../scripts/cli.js';

const { options } = parseArgs(process.argv.slice(2));
const violations = Number(options.violations ?? 50_000);
const runs = Number(options.runs ?? 20);
if (!Number.isInteger(violations) || violations < 1 || !Number.isInteger(runs) || runs < 1) throw new UsageError('--violations and --runs must be positive integers');

class RolledBack extends Error {}

async function time(fn: () => Promise<unknown>): Promise<{ median: number; max: number }> {
  await fn(); // warm: plans and caches
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { median: ms[Math.floor(ms.length / 2)]!, max: ms.at(-1)! };
}

async function synthetic(em: EntityManager): Promise<void> {
  // Violations spread over the holders and 2025–2026, a third with a penalty decision, and one
  // inspection per 20 holders; articles and statuses cycle through real codes.
  await em.execute(
    `insert into violation (holder_id, provision_codes, requirement_codes, offence_article_code, detected_on, source, status)
     select h.id, '{}', '{}', (array['kg/code/2021/128#art_413-2__part_1', 'kg/code/2021/128#art_413-3__part_1', 'kg/code/2021/128#art_413-1__part_1'])[1 + g % 3],
            date '2025-01-01' + (g % 700), 'INSPECTION', (array['RECORDED', 'UPHELD', 'REMEDIED'])[1 + g % 3]::violation_status
     from generate_series(1, ?) g join holder h on h.id = 1 + (g * 7919) % (select max(id) from holder)`,
    [violations],
  );
  await em.execute(
    `insert into violation_offender (violation_id, position, role, offender_type, assumed)
     select v.id, 0, 'LEGAL_ENTITY', 'LEGAL_ENTITY', false from violation v`,
  );
  await em.execute(
    `insert into penalty_decision (violation_id, offender_id, holder_id, article_code, decided_on, decided_by, fine_indicators, fine_soms, rate_soms, rate_valid_from, reasons)
     select v.id, o.id, v.holder_id, v.offence_article_code, v.detected_on + 30, 'AGENCY', 650, case when v.id % 10 = 0 then null else 65000 end, 100, '2024-01-01', '[]'
     from violation v join violation_offender o on o.violation_id = v.id where v.status = 'UPHELD'`,
  );
  await em.execute(
    `insert into inspection (holder_id, planned, ground, track, legal_basis, inspector_ids, start_date, end_date, status, report)
     select h.id, false, 'COMPLAINT', 'BUSINESS', 'kg/law/2007/72', '{}', date '2025-01-01' + (h.id % 700), date '2025-01-05' + (h.id % 700),
            (array['PLANNED', 'COMPLETED', 'CANCELLED'])[1 + h.id % 3]::inspection_status,
            case when h.id % 3 = 1 then jsonb_build_object('violationIds', case when h.id % 2 = 0 then '[1]'::jsonb else '[]'::jsonb end) end
     from holder h where h.id % 20 = 0`,
  );
  await em.execute('analyze violation, violation_offender, penalty_decision, inspection');
}

await withHubDatabase(async (orm) => {
  const [{ n }] = await orm.em.execute<{ n: string }[]>('select count(*) as n from holder');
  const lines: string[] = [];
  try {
    await orm.em.fork().transactional(async (em) => {
      await synthetic(em);
      const [c] = await em.execute<{ v: string; d: string; i: string }[]>('select (select count(*) from violation) v, (select count(*) from penalty_decision) d, (select count(*) from inspection) i');
      lines.push(`${Number(n).toLocaleString('en')} holders, ${Number(c!.v).toLocaleString('en')} violations, ${Number(c!.d).toLocaleString('en')} penalty decisions, ${Number(c!.i).toLocaleString('en')} inspections (synthetic, rolled back); ${runs} runs each`, '', '| aggregate | by | median ms | slowest ms |', '|---|---|--:|--:|');
      const row = async (name: string, by: string, fn: () => Promise<unknown>) => {
        const t = await time(fn);
        lines.push(`| ${name} | ${by} | ${t.median.toFixed(1)} | ${t.max.toFixed(1)} |`);
      };
      for (const by of Object.keys(DIMENSIONS) as (keyof typeof DIMENSIONS)[]) await row('holderBreakdown', by, () => holderBreakdown(em, OPERATOR, by));
      for (const by of Object.keys(VIOLATION_DIMENSIONS) as (keyof typeof VIOLATION_DIMENSIONS)[]) await row('violationBreakdown', by, () => violationBreakdown(em, OPERATOR, by, null));
      await row('violationBreakdown', 'REGION, filter 2026 + article 413-3', () => violationBreakdown(em, OPERATOR, 'REGION', { detectedFrom: '2026-01-01', articleCodes: ['kg/code/2021/128#art_413-3'] }));
      for (const by of Object.keys(INSPECTION_DIMENSIONS) as (keyof typeof INSPECTION_DIMENSIONS)[]) await row('inspectionBreakdown', by, () => inspectionBreakdown(em, OPERATOR, by, null));
      const ctx = { em, viewer: OPERATOR } as unknown as Context;
      await row('complianceDistribution', 'status', () => complianceDistribution(ctx));
      await row('riskDistribution', 'degree', () => riskDistribution(ctx));
      await row('protectionLevelDistribution', 'level', () => protectionLevelDistribution(ctx));
      throw new RolledBack();
    });
  } catch (e) {
    if (!(e instanceof RolledBack)) throw e;
  }
  process.stdout.write(`${lines.join('\n')}\n`);
});
