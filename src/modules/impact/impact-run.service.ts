// Runs a regulatory-impact analysis over the whole Registry as it stood on a date (issue 15): the
// holders present that day (their history rows), in batches of RECOMPUTE_BATCH through the same
// loader and engine as `obligationsDiff`, inside one read-only REPEATABLE READ snapshot, tallied by
// ImpactTally (memory bounded by the number of requirements, not of holders). Everything read is
// hashed, so the same inputs give the same hash and figures later: the Registry is read as of the
// date, assessments and violations only as they stood that day.
import { createHash } from 'node:crypto';
import { setImmediate as yieldToOthers } from 'node:timers/promises';
import { IsolationLevel } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HolderInputs } from '../../domain/compliance/assess-holder.js';
import { ImpactTally, type HolderPlace } from '../../domain/impact/registry-impact.js';
import { applyOverrides, OverrideProblem, type ParameterOverride } from '../../domain/impact/parameter-overrides.js';
import { latestVersion, versionInForceOn } from '../../domain/legal/versions.js';
import { AppError } from '../../errors.js';
import { bounded, params, where, type Condition } from '../../graphql/keyset.js';
import { prefixPattern } from '../../db/like.js';
import { loadCatalog, loadHolderInputs } from '../compliance/compliance.inputs.js';
import { RECOMPUTE_BATCH } from '../compliance/holder-compliance.service.js';
import { catalogOn } from '../compliance/protection-level.service.js';
import { assertScenarioActs } from '../legal-act/legal-act.service.js';
import { createLegalActLoaders } from '../../loaders/legal-act.loaders.js';

export interface ImpactFilterData {
  kinds?: string[] | null;
  regionCodes?: string[] | null;
  sectorKeys?: string[] | null;
}

export interface ImpactRunInput {
  scenario: string[];
  asOf: string;
  filter: ImpactFilterData;
  /** Parametric what-if: rule values replaced for this run only. */
  overrides: ParameterOverride[];
}

export const MAX_OVERRIDES = 20;

/** The dated catalogue of the run with its overrides applied; a bad override is BAD_USER_INPUT naming it. */
async function runCatalog(em: EntityManager, input: ImpactRunInput) {
  if (input.overrides.length > MAX_OVERRIDES) throw AppError.badInput('overrides', `at most ${MAX_OVERRIDES}`);
  const dated = await catalogOn(em, await loadCatalog(em), input.asOf);
  try {
    return applyOverrides(dated, input.overrides);
  } catch (e) {
    if (e instanceof OverrideProblem) throw AppError.badInput(e.field, e.message);
    throw e;
  }
}

/**
 * The history row of each holder valid on the day, filtered: the Registry as of the run's date. The
 * history keeps no region (not a compliance fact), so region is the holder's current one (`r`), and
 * a later move changes the inputs hash: the run then says its inputs differ.
 */
const FROM = 'from holder_history h join holder r on r.id = h.holder_id';
function holdersOn(f: ImpactFilterData, asOf: string): Condition[] {
  const c: Condition[] = [['daterange(h.valid_from, h.valid_to) @> ?::date', [asOf]]];
  const kinds = bounded(f.kinds, 'filter.kinds');
  const regions = bounded(f.regionCodes, 'filter.regionCodes');
  const sectors = bounded(f.sectorKeys, 'filter.sectorKeys');
  if (kinds.length) c.push(['h.kind::text in (?)', [kinds]]);
  if (regions.length) c.push(['r.region_code in (?)', [regions]]);
  if (sectors.length) c.push([`(${sectors.map(() => '(h.sector_key = ? or h.sector_key like ?)').join(' or ')})`, sectors.flatMap((k) => [k, prefixPattern(`${k}.`)])]);
  return c;
}

/** What a day's answer depends on, and nothing later: assessments made by then, violations as open then. */
function asStoodOn(inputs: HolderInputs, asOf: string): HolderInputs {
  return {
    holder: inputs.holder,
    arrays: inputs.arrays,
    systems: inputs.systems.map(({ name: _n, version: _v, ...s }: HolderInputs['systems'][number] & { name?: unknown; version?: unknown }) => s),
    assessments: inputs.assessments.filter((a) => a.assessedOn <= asOf).sort((a, b) => a.id - b.id),
    violations: inputs.violations.filter((v) => v.detectedOn <= asOf).map((v) => ({ ...v, closedOn: v.closedOn && v.closedOn <= asOf ? v.closedOn : null })).sort((a, b) => a.id - b.id),
  };
}

/** At least one act, at most MAX_FILTER_VALUES, each known (assertScenarioActs, as obligationsDiff checks it). */
export async function checkScenarioActs(em: EntityManager, scenario: string[]): Promise<void> {
  if (!scenario.length) throw AppError.badInput('scenario', 'give at least one draft act code');
  bounded(scenario, 'scenario');
  await assertScenarioActs(createLegalActLoaders(em).legalActByCode, scenario);
}

/** The analysis itself, in the snapshot `em`; `onProgress(done, total)` after each batch. */
export async function computeImpact(em: EntityManager, input: ImpactRunInput, onProgress?: (done: number, total: number) => void) {
  const { asOf } = input;
  const scenario = new Set(input.scenario);
  const { catalog, applied } = await runCatalog(em, input);
  const conditions = holdersOn(input.filter, asOf);
  const [{ n }] = (await em.execute<{ n: string }[]>(`select count(distinct h.holder_id) as n ${FROM} ${where(conditions)}`, params(conditions))) as [{ n: string }];
  const total = Number(n);
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ scenario: [...scenario].sort(), asOf, filter: input.filter, overrides: applied, requirements: catalog.requirements, table: catalog.protectionLevels }));
  const tally = new ImpactTally(catalog, asOf, scenario);
  let done = 0;
  let last = 0;
  for (;;) {
    const places = await em.execute<(HolderPlace & { id: number })[]>(
      `select distinct on (h.holder_id) h.holder_id as id, h.kind, h.sector_key as "sectorKey", r.region_code as "regionCode"
       ${FROM} ${where([...conditions, ['h.holder_id > ?', [last]]])} order by h.holder_id, h.id desc limit ?`,
      [...params(conditions), last, RECOMPUTE_BATCH],
    );
    if (!places.length) break;
    const inputs = await loadHolderInputs(em, places.map((p) => p.id), asOf);
    for (const [i, p] of places.entries()) {
      const dated = inputs.get(p.id);
      if (!dated) continue; // not in the Registry that day after all (its registration history says so)
      const stood = asStoodOn(dated, asOf);
      hash.update(JSON.stringify([p, stood]));
      tally.add(p.id, stood, p);
      if (i % 100 === 99) await yieldToOthers(); // a long run must not hold the event loop
    }
    done += places.length;
    last = places.at(-1)!.id;
    onProgress?.(done, total);
  }
  const { cells, totals } = tally.result();
  return { inputsHash: hash.digest('hex'), basis: { ...basisOf(catalog, input), overrides: applied }, cells, totals };
}

/** Which act versions and table version the figures rest on. */
function basisOf(catalog: Awaited<ReturnType<typeof runCatalog>>['catalog'], input: ImpactRunInput) {
  const versionOf = (code: string, draft: boolean) => {
    const versions = catalog.versionsByAct.get(code) ?? [];
    const v = draft ? latestVersion(versions) : versionInForceOn(versions, input.asOf);
    return { act: code, versionDate: v?.versionDate ?? null, inForceFrom: v?.inForceFrom ?? null };
  };
  const sources = [...new Set(catalog.requirements.map((r) => r.sourceAct))].sort();
  const table = catalog.protectionLevels;
  return {
    scenarioActs: input.scenario.map((c) => versionOf(c, true)),
    actsInForce: sources.filter((c) => !input.scenario.includes(c)).map((c) => versionOf(c, false)),
    protectionLevelTable: table.version ? { code: table.code, version: table.version, validFrom: table.validFrom ?? null, verified: table.verified ?? false } : null,
    requirements: catalog.requirements.length,
    sanctions: 'no act of the scenario carries sanctions in seeds/sanctions: fines exposure is not computed',
  };
}

let running = false;

/**
 * The advisory lock a run's snapshot transaction holds while it computes (key IMPACT_LOCK, run id):
 * a RUNNING row whose lock nobody holds belongs to a hub that stopped, and is read as interrupted.
 */
export const IMPACT_LOCK = 7215;

/**
 * Starts a run: its row is written RUNNING (and its id returned) once the snapshot that computes
 * it holds the run's lock, then stored whole when done. One run at a time per hub process.
 */
export async function startImpactRun(root: EntityManager, input: ImpactRunInput, startedBy: string, onProgress?: (done: number, total: number) => void) {
  await checkScenarioActs(root.fork(), input.scenario);
  await runCatalog(root.fork(), input); // refuse bad overrides now, not as a FAILED run
  if (running) throw new AppError('TOO_MANY_REQUESTS', 'an impact run is already in progress on this hub; retry when it has finished', { retryable: true });
  running = true;
  let recorded = false;
  let id = 0;
  let started!: () => void;
  let notStarted!: (e: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => ((started = resolve), (notStarted = reject)));
  const done = (async () => {
    try {
      [{ id }] = (await root.fork().execute<{ id: number }[]>(`select nextval(pg_get_serial_sequence('impact_run', 'id'))::int as id`)) as [{ id: number }];
      await root.fork().transactional(
        async (em) => {
          // Shared, so that the write of the result below can hold it too before this snapshot ends:
          // the row is never RUNNING with nobody holding its lock while the run is alive.
          await em.execute('select pg_advisory_xact_lock_shared(?, ?)', [IMPACT_LOCK, id]);
          await root.fork().execute(
            `insert into impact_run (id, scenario, as_of, filter, overrides, status, started_by)
             values (?, array(select jsonb_array_elements_text(?::jsonb)), ?, ?::jsonb, ?::jsonb, 'RUNNING', ?)`,
            [id, JSON.stringify(input.scenario), input.asOf, JSON.stringify(input.filter), JSON.stringify(input.overrides), startedBy],
          );
          recorded = true;
          started();
          const r = await computeImpact(em, input, onProgress);
          await root.fork().transactional(async (tx) => {
            await tx.execute('select pg_advisory_xact_lock_shared(?, ?)', [IMPACT_LOCK, id]);
            await tx.execute(
              `update impact_run set status = 'SUCCEEDED', finished_at = now(), inputs_hash = ?, basis = ?::jsonb, totals = ?::jsonb, cells = ?::jsonb where id = ?`,
              [r.inputsHash, JSON.stringify(r.basis), JSON.stringify(r.totals), JSON.stringify(r.cells), id],
            );
          });
        },
        { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
      );
    } catch (e) {
      if (!recorded) return notStarted(e);
      const message = e instanceof AppError ? e.message : 'the run failed; see the hub log';
      await root.fork().execute(`update impact_run set status = 'FAILED', finished_at = now(), error = ? where id = ?`, [message, id]);
      throw e;
    } finally {
      running = false;
    }
  })();
  await ready;
  return { id, done };
}
