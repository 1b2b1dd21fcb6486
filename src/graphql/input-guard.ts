// Refuses argument values before anything else looks at them (the cost estimate coerces the
// variables too): text PostgreSQL cannot store (src/db/storable-text.ts), and variables so large or
// so deeply nested that coercing them would hold the event loop (150,000 enum values take
// graphql-js seconds; 200,000 nested lists overflow the stack). BAD_USER_INPUT names the argument.
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';
import type { Limits } from '../config.js';
import { textProblem } from '../db/storable-text.js';
import { limitError } from './limits-errors.js';

function badInput(field: string, problem: string): GraphQLError {
  return new GraphQLError(`${field}: ${problem}`, { extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } } });
}

/** Walks `variables` without recursion; throws for bad text, too many values or too deep a value. */
function checkVariables(variables: Record<string, unknown>, limits: Pick<Limits, 'maxVariableValues' | 'maxVariableDepth'>): void {
  const stack: [unknown, string, number][] = Object.entries(variables).map(([k, v]) => [v, k, 1]);
  let values = 0;
  while (stack.length) {
    const [value, path, depth] = stack.pop()!;
    if (++values > limits.maxVariableValues) {
      throw limitError('maxVariableValues', `Variables hold more than ${limits.maxVariableValues} values.`, limits.maxVariableValues);
    }
    if (depth > limits.maxVariableDepth) {
      throw limitError('maxVariableDepth', `${path}: nested deeper than ${limits.maxVariableDepth} levels.`, limits.maxVariableDepth);
    }
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) throw badInput(path, problem);
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}[${i}]`, depth + 1]);
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const problem = textProblem(k);
        if (problem) throw badInput(`${path}.${k}`, problem);
        stack.push([v, `${path}.${k}`, depth + 1]);
      }
    }
  }
}

/** Path of the first literal string with bad text inside an argument (the parser bounds its depth). */
function literalProblem(node: ValueNode, path: string): [string, string] | null {
  if (node.kind === Kind.STRING) {
    const problem = textProblem(node.value);
    return problem ? [path, problem] : null;
  }
  const children: [ValueNode, string][] =
    node.kind === Kind.LIST ? node.values.map((v, i) => [v, `${path}[${i}]`]) : node.kind === Kind.OBJECT ? node.fields.map((f) => [f.value, `${path}.${f.name.value}`]) : [];
  for (const [child, p] of children) {
    const found = literalProblem(child, p);
    if (found) return found;
  }
  return null;
}

/** Literal problems depend on the document alone; Apollo hands the same parsed document back for the same query text. */
const literalsChecked = new WeakMap<DocumentNode, [string, string] | null>();

/** Throws BAD_USER_INPUT (or a limit refusal) for the first bad argument value of the operation. */
export function checkArguments(document: DocumentNode, variables: Record<string, unknown> | undefined, limits: Pick<Limits, 'maxVariableValues' | 'maxVariableDepth'>): void {
  checkVariables(variables ?? {}, limits);
  let found = literalsChecked.get(document);
  if (found === undefined) {
    let first: [string, string] | null = null;
    visit(document, {
      Argument(node: ArgumentNode) {
        first ??= literalProblem(node.value, node.name.value);
      },
    });
    literalsChecked.set(document, (found = first));
  }
  if (found) throw badInput(...found);
}
