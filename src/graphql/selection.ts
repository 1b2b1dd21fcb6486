// The subfields a resolver's caller selected, as a tree of field names, so a page can be read with
// only the columns and relations it needs (registry-page.ts). Fragments (named and inline) are merged
// in; @skip/@include are ignored, which can only read more than needed, never less.
import { Kind, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

export interface SelectionTree {
  [field: string]: SelectionTree;
}

export function selectionTree(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): SelectionTree {
  // A fragment merged into a tree once is merged: spreading it again there adds nothing (and a
  // document of fragments spreading fragments would otherwise be walked exponentially often).
  const merged = new WeakMap<SelectionTree, Set<FragmentDefinitionNode>>();
  const walk = (selections: readonly SelectionNode[] | undefined, tree: SelectionTree): void => {
    for (const s of selections ?? []) {
      if (s.kind === Kind.FIELD) {
        const sub = (tree[s.name.value] ??= {});
        walk(s.selectionSet?.selections, sub);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.selectionSet.selections, tree);
      } else {
        const fragment = info.fragments[s.name.value];
        const done = merged.get(tree) ?? merged.set(tree, new Set()).get(tree)!;
        if (!fragment || done.has(fragment)) continue;
        done.add(fragment);
        walk(fragment.selectionSet.selections, tree);
      }
    }
  };
  const tree: SelectionTree = {};
  for (const node of info.fieldNodes) walk(node.selectionSet?.selections, tree);
  return tree;
}
