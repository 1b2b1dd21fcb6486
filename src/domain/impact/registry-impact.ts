// Regulatory impact across the Registry (issue 15): what a scenario (draft acts treated as in force)
// changes for every holder, summed from the per-holder answer `obligationsDiff` gives (scenarioDiff).
// Pure: the caller streams the holders through `add` in batches and keeps only the tallies, so
// memory does not grow with the Registry. Every cell keeps the requirement, and a few holder ids as a sample; the reasons of a
// single obligation are those of obligationsDiff for that holder.
import { scenarioDiff, type Catalog, type HolderInputs } from '../compliance/assess-holder.js';
import { inspectionTrackOf, type HolderKindValue } from '../registry/holder-kind.js';

export type ImpactChange = 'ADDED' | 'REMOVED' | 'CHANGED';
export type Dimension = 'kind' | 'sector' | 'region' | 'track';

/** What the breakdowns need of a holder besides the engine's inputs (as of the run's date). */
export interface HolderPlace {
  kind: HolderKindValue;
  sectorKey: string | null;
  regionCode: string | null;
}

export interface ImpactCell {
  requirementCode: string;
  change: ImpactChange;
  holders: number;
  targets: { HOLDER: number; ARRAY: number; SYSTEM: number };
  by: Record<Dimension, Record<string, number>>;
  /** The first holders met (by id order), for a sample. */
  sample: number[];
}

export interface ImpactTotals {
  holders: number;
  holdersAffected: number;
  /** Holders COMPLIANT without the scenario and not with it. */
  leaveCompliant: number;
  /** Of those, the share of their applicable obligations not yet assessed under the scenario (mean, 0–1). */
  leaveCompliantNotAssessedShare: number | null;
  leaveCompliantSample: number[];
}

export const SAMPLE_SIZE = 20;

export class ImpactTally {
  private readonly cells = new Map<string, ImpactCell>();
  private holders = 0;
  private affected = 0;
  private leave = 0;
  private leaveShareSum = 0;
  private readonly leaveSample: number[] = [];

  constructor(
    private readonly catalog: Catalog,
    private readonly asOf: string,
    private readonly scenario: ReadonlySet<string>,
  ) {}

  /** One holder as the Registry stood on the run's date. */
  add(id: number, inputs: HolderInputs, place: HolderPlace): void {
    this.holders++;
    const { base, next, diff } = scenarioDiff(this.catalog, inputs, this.asOf, this.scenario);
    const seen = new Set<string>();
    const count = (change: ImpactChange, requirementCode: string, targetType: 'HOLDER' | 'ARRAY' | 'SYSTEM') => {
      const key = `${change} ${requirementCode}`;
      let cell = this.cells.get(key);
      if (!cell) this.cells.set(key, (cell = { requirementCode, change, holders: 0, targets: { HOLDER: 0, ARRAY: 0, SYSTEM: 0 }, by: { kind: {}, sector: {}, region: {}, track: {} }, sample: [] }));
      cell.targets[targetType]++;
      if (seen.has(key)) return;
      seen.add(key);
      cell.holders++;
      const values: Record<Dimension, string> = { kind: place.kind, sector: place.sectorKey ?? 'UNKNOWN', region: place.regionCode ?? 'UNKNOWN', track: inspectionTrackOf(place.kind) };
      for (const d of Object.keys(values) as Dimension[]) cell.by[d][values[d]] = (cell.by[d][values[d]] ?? 0) + 1;
      if (cell.sample.length < SAMPLE_SIZE) cell.sample.push(id);
    };
    for (const e of diff.added) count('ADDED', e.obligation.requirementCode, e.obligation.target.type);
    for (const e of diff.removed) count('REMOVED', e.obligation.requirementCode, e.obligation.target.type);
    for (const c of diff.changed) count('CHANGED', c.scenario.requirementCode, c.scenario.target.type);
    if (seen.size) this.affected++;
    if (base.holder.status === 'COMPLIANT' && next.holder.status !== 'COMPLIANT') {
      this.leave++;
      const applicable = next.obligations.filter((o) => o.applies).length;
      this.leaveShareSum += applicable ? next.holder.counts.NOT_ASSESSED / applicable : 0;
      if (this.leaveSample.length < SAMPLE_SIZE) this.leaveSample.push(id);
    }
  }

  /** The cells, largest first, then by requirement and change: the same order for the same inputs. */
  result(): { cells: ImpactCell[]; totals: ImpactTotals } {
    const cells = [...this.cells.values()].sort((a, b) => b.holders - a.holders || a.requirementCode.localeCompare(b.requirementCode) || a.change.localeCompare(b.change));
    for (const c of cells) for (const d of Object.keys(c.by) as Dimension[]) c.by[d] = Object.fromEntries(Object.entries(c.by[d]).sort(([a], [b]) => a.localeCompare(b)));
    return {
      cells,
      totals: {
        holders: this.holders,
        holdersAffected: this.affected,
        leaveCompliant: this.leave,
        leaveCompliantNotAssessedShare: this.leave ? Math.round((this.leaveShareSum / this.leave) * 1000) / 1000 : null,
        leaveCompliantSample: this.leaveSample,
      },
    };
  }
}
