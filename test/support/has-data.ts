/** Whether a root field answered something: not null, not an empty list, not a connection with no edges. */
export function hasData(v: unknown): boolean {
  if (v === null || v === undefined) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object' && 'edges' in (v as object)) return ((v as { edges: unknown[] }).edges ?? []).length > 0;
  return true;
}
