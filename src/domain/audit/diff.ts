// What a write changed, field by field, for the audit log ("changed fields before and after").

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Fields of `after` whose value differs from `before` (missing and null count as equal). */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined) continue;
    if (!same(before[field], value)) changes[field] = { before: before[field] ?? null, after: value ?? null };
  }
  return changes;
}

/** A creation as changes from nothing; a removal as changes to nothing. */
export function creationChanges(after: Record<string, unknown>): FieldChanges {
  return diffFields({}, after);
}

export function removalChanges(before: Record<string, unknown>): FieldChanges {
  return Object.fromEntries(Object.entries(before).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, { before: v, after: null }]));
}
