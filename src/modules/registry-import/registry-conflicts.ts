// What the database would refuse in an import that is valid on its own: a registry number already
// held by a holder with another TIN (holder_registry_number_unique). Found before anything is
// written, in the dry run as in the real one, and reported like any bad row (line and field).
// A number moving between two holders in one file counts too: PostgreSQL checks uniqueness row
// by row, so such a swap needs two imports.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HolderFields } from '../holder/holder.schemas.js';
import type { RowProblem } from './read-rows.js';

export async function registryNumberConflicts(em: EntityManager, holders: HolderFields[], lines: ReadonlyMap<string, number>): Promise<RowProblem[]> {
  const numbered = holders.filter((h) => h.registryNumber);
  if (!numbered.length) return [];
  const taken = await em.execute<{ tin: string; registry_number: string }[]>(
    'select tin, registry_number from holder where registry_number in (select jsonb_array_elements_text(?::jsonb))',
    [JSON.stringify(numbered.map((h) => h.registryNumber))],
  );
  const holderOf = new Map(taken.map((t) => [t.registry_number, t.tin]));
  return numbered
    .filter((h) => holderOf.has(h.registryNumber!) && holderOf.get(h.registryNumber!) !== h.tin)
    .map((h) => ({
      line: lines.get(h.tin)!,
      field: 'holder.registryNumber',
      reason: `registry number ${h.registryNumber} already belongs to the holder with TIN ${holderOf.get(h.registryNumber!)} in the Registry`,
    }));
}

/**
 * The line and field of a unique violation the database raised anyway (a concurrent write took a
 * number after the check), from PostgreSQL's `Key (column)=(value) already exists.`; else null.
 */
export function uniqueViolationProblem(e: unknown, holders: HolderFields[], lines: ReadonlyMap<string, number>): RowProblem | null {
  const { code, detail } = (e ?? {}) as { code?: string; detail?: string };
  const m = code === '23505' ? /^Key \(([a-z_]+)\)=\((.*)\) already exists/.exec(detail ?? '') : null;
  if (!m || m[1] !== 'registry_number') return null;
  const holder = holders.find((h) => h.registryNumber === m[2]);
  return holder ? { line: lines.get(holder.tin)!, field: 'holder.registryNumber', reason: `registry number ${m[2]} was taken by another holder meanwhile` } : null;
}
