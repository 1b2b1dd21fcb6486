// Which subfields a resolver's caller selected, so a list can be read with only the columns it
// needs (PostGraphile-style) when the selection is simple; null means "take everything" (fragments).
import type { GraphQLResolveInfo } from 'graphql';

export function selectedFields(info: GraphQLResolveInfo): Set<string> | null {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const s of node.selectionSet?.selections ?? []) {
      if (s.kind !== 'Field') return null;
      names.add(s.name.value);
    }
  }
  return names;
}

/** True when every selected subfield is in `cheap`. */
export function selectsOnly(info: GraphQLResolveInfo, cheap: ReadonlySet<string>): boolean {
  const fields = selectedFields(info);
  return fields !== null && [...fields].every((f) => cheap.has(f));
}

/** Fields selected on the nodes of a Relay connection (`edges { node { … } }`); null when unknown. */
export function selectedNodeFields(info: GraphQLResolveInfo): Set<string> | null {
  const names = new Set<string>();
  for (const node of info.fieldNodes) {
    for (const s of node.selectionSet?.selections ?? []) {
      if (s.kind !== 'Field') return null;
      if (s.name.value !== 'edges') continue;
      for (const e of s.selectionSet?.selections ?? []) {
        if (e.kind !== 'Field') return null;
        if (e.name.value !== 'node') continue;
        for (const f of e.selectionSet?.selections ?? []) {
          if (f.kind !== 'Field') return null;
          names.add(f.name.value);
        }
      }
    }
  }
  return names;
}
