// Refuses text PostgreSQL cannot store or compare before any resolver runs: a NUL character in any
// string argument (a literal or a variable, however deep) would fail in the driver as "invalid
// message format". BAD_USER_INPUT names the argument, so a client sees which value to fix.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type ArgumentNode, type DocumentNode, type ValueNode } from 'graphql';

const NUL = '\u0000';

function badInput(field: string): GraphQLError {
  return new GraphQLError(`${field}: must not contain a NUL character`, {
    extensions: { code: 'BAD_USER_INPUT', field, http: { status: 400 } },
  });
}

/** Path of the first string with NUL inside `value` (`input.names[2]`), or null. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const p = nulPath(value[i], `${path}[${i}]`);
      if (p) return p;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.includes(NUL)) return `${path}.${k}`;
      const p = nulPath(v, `${path}.${k}`);
      if (p) return p;
    }
  }
  return null;
}

function literalNulPath(node: ValueNode, path: string): string | null {
  if (node.kind === Kind.STRING) return node.value.includes(NUL) ? path : null;
  if (node.kind === Kind.LIST) {
    for (let i = 0; i < node.values.length; i++) {
      const p = literalNulPath(node.values[i]!, `${path}[${i}]`);
      if (p) return p;
    }
  }
  if (node.kind === Kind.OBJECT) {
    for (const f of node.fields) {
      const p = literalNulPath(f.value, `${path}.${f.name.value}`);
      if (p) return p;
    }
  }
  return null;
}

export function findNul(document: DocumentNode, variables: Record<string, unknown> | undefined): string | null {
  const fromVariables = nulPath(variables ?? {}, '');
  if (fromVariables) return fromVariables.replace(/^\./, ''); // named by the variable: `input.name`
  let found: string | null = null;
  visit(document, {
    Argument(node: ArgumentNode) {
      found ??= literalNulPath(node.value, node.name.value);
    },
  });
  return found;
}

export const inputGuard: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const field = findNul(document, request.variables);
        if (field) throw badInput(field);
      },
    };
  },
};
