// A stored impact_run row as the GraphQL ImpactRun (the JSON columns as their object types).
import type { ImpactCell, ImpactTotals } from '../../domain/impact/registry-impact.js';
import type { AppliedOverride } from '../../domain/impact/parameter-overrides.js';
import { IMPACT_LOCK } from './impact-run.service.js';
import type { ImpactBasis, ImpactCellType, ImpactChange, ImpactRun, ImpactRunStatus } from './impact.types.js';

/**
 * Runs as stored, each RUNNING one checked for life: its computing snapshot holds its advisory lock
 * (impact-run.service.ts), so if the lock can be had here the hub running it has stopped.
 */
export const RUN_SELECT = `select r.*, case when r.status = 'RUNNING' then pg_try_advisory_xact_lock(${IMPACT_LOCK}, r.id) else false end as interrupted from impact_run r`;

export interface RunRow {
  interrupted?: boolean;
  id: number;
  scenario: string[];
  as_of: string | Date;
  filter: Record<string, unknown>;
  status: string;
  started_by: string;
  started_at: Date;
  finished_at: Date | null;
  inputs_hash: string | null;
  basis: ImpactBasis | null;
  totals: ImpactTotals | null;
  cells: ImpactCell[] | null;
  error: string | null;
}

const day = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));
const counts = (m: Record<string, number>) => Object.entries(m).map(([key, holders]) => ({ key, holders }));

export function runOf(r: RunRow): ImpactRun {
  const asOf = day(r.as_of);
  const cells: ImpactCellType[] = (r.cells ?? []).map((c) => ({
    requirementCode: c.requirementCode,
    change: c.change as ImpactChange,
    holders: c.holders,
    targets: { holder: c.targets.HOLDER, array: c.targets.ARRAY, system: c.targets.SYSTEM },
    byKind: counts(c.by.kind),
    bySector: counts(c.by.sector),
    byRegion: counts(c.by.region),
    byTrack: counts(c.by.track),
    sample: c.sample,
    runAsOf: asOf,
    scenario: r.scenario,
  }));
  return {
    id: r.id,
    scenario: r.scenario,
    asOf,
    filterJson: JSON.stringify(r.filter),
    status: (r.interrupted ? 'FAILED' : r.status) as ImpactRunStatus,
    startedBy: r.started_by,
    startedAt: new Date(r.started_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
    inputsHash: r.inputs_hash,
    basis: r.basis && {
      ...r.basis,
      overrides: ((r.basis as unknown as { overrides?: AppliedOverride[] }).overrides ?? []).map((o) => ({ target: o.target, fact: o.fact, valueJson: JSON.stringify(o.value), replacedJson: JSON.stringify(o.replaced) })),
    },
    totals: r.totals,
    cells,
    error: r.interrupted ? 'interrupted: the hub computing it stopped before it finished; start it again' : r.error,
    leaveCompliantSample: r.totals?.leaveCompliantSample ?? [],
  };
}
