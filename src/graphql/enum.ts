// Registers a domain string-union as a GraphQL enum, with a description for every value.
import { registerEnumType } from 'type-graphql';

/** `{ A: 'A', B: 'B' }` from a list of values, usable as a TypeScript enum-like object. */
export function enumObject<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export function registerDescribedEnum<T extends Record<string, string>>(
  enumObj: T,
  name: string,
  description: string,
  values: { [K in keyof T]: string },
): void {
  registerEnumType(enumObj, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([k, d]) => [k, { description: d }])) as never,
  });
}
