// One named operation of a .graphql file, with the fragments it uses (transitively), as text: the
// GraphiQL example tabs are cut from test/operations, which codegen checks against the schema.
import { Kind, parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';

export function operationText(source: string, name: string): string {
  const doc = parse(source);
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!operation) throw new Error(`no operation ${name}`);
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const used: DefinitionNode[] = [];
  const seen = new Set<string>();
  const collect = (node: DefinitionNode) => {
    visit(node, {
      FragmentSpread(spread) {
        const f = fragments.get(spread.name.value);
        if (f && !seen.has(f.name.value)) {
          seen.add(f.name.value);
          used.push(f);
          collect(f);
        }
      },
    });
  };
  collect(operation);
  return [operation, ...used].map((d) => print(d)).join('\n\n');
}
