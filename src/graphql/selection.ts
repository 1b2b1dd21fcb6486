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

export interface SelectionTree {
  [field: string]: SelectionTree;
}

/** The selection below `info` as a tree of field names; null when fragments make it unknowable. */
export function selectionTree(info: GraphQLResolveInfo): SelectionTree | null {
  const walk = (selections: readonly import('graphql').SelectionNode[] | undefined): SelectionTree | null => {
    const tree: SelectionTree = {};
    for (const s of selections ?? []) {
      if (s.kind !== 'Field') return null;
      const sub = walk(s.selectionSet?.selections);
      if (!sub) return null;
      tree[s.name.value] = { ...(tree[s.name.value] ?? {}), ...sub };
    }
    return tree;
  };
  return walk(info.fieldNodes.flatMap((n) => n.selectionSet?.selections ?? []));
}

export const onlyFields = (tree: SelectionTree | undefined, allowed: ReadonlySet<string>) => Object.keys(tree ?? {}).every((f) => allowed.has(f));
