// Relay global object identification: `id` is opaque, base64url("<Type>:<primary key>"), so one
// `node(id)` query can refetch any object and partners never depend on database keys.
import { Field, ID, InterfaceType } from 'type-graphql';
import { AppError } from '../errors.js';

@InterfaceType({ description: 'An object with a globally unique, opaque ID (Relay).' })
export abstract class Node {
  @Field(() => ID, { description: 'Globally unique opaque identifier; pass it to `node(id:)` to refetch.' })
  id!: string;
}

export function toGlobalId(type: string, key: number | string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** Decodes a global ID; a malformed one is a BAD_USER_INPUT naming `field`. */
export function fromGlobalId(id: string, field = 'id'): { type: string; key: string } {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  const sep = decoded.indexOf(':');
  if (sep <= 0 || sep === decoded.length - 1 || toGlobalId(decoded.slice(0, sep), decoded.slice(sep + 1)) !== id) {
    throw AppError.badInput(field, 'is not a valid global ID');
  }
  return { type: decoded.slice(0, sep), key: decoded.slice(sep + 1) };
}
