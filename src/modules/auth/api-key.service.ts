// API keys: created by an operator command (`npm run keys`), shown once, stored as SHA-256.
// Each request's `Authorization: Bearer <key>` becomes a Viewer; no header means PUBLIC.
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import { PUBLIC_VIEWER, ROLES, type RoleValue, type Viewer } from '../../domain/access/roles.js';
import { AppError } from '../../errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { Holder } from '../holder/holder.entity.js';
import { ApiKey } from './api-key.entity.js';

/** The operator at the console (key commands, imports): acts with ADMIN rights, no key. */
export const OPERATOR: Viewer = Object.freeze({ role: 'ADMIN', keyId: null, holderId: null });

const KEY_PREFIX = 'pdh_';
export const hashKey = (key: string) => createHash('sha256').update(key, 'utf8').digest('hex');

export interface NewKey {
  id: number;
  key: string;
  role: RoleValue;
  holderTin: string | null;
}

export async function createApiKey(
  em: EntityManager,
  opts: { name: string; role: Exclude<RoleValue, 'PUBLIC'>; holderTin?: string | null; isDemo?: boolean },
): Promise<NewKey> {
  if (!ROLES.includes(opts.role) || (opts.role as RoleValue) === 'PUBLIC') throw AppError.badInput('role', `must be one of ${ROLES.filter((r) => r !== 'PUBLIC').join(', ')}`);
  if ((opts.role === 'HOLDER') !== Boolean(opts.holderTin)) throw AppError.badInput('holder', 'a HOLDER key needs a holder TIN, and only a HOLDER key may have one');
  return em.fork().transactional(async (tx) => {
    const holder = opts.holderTin ? await tx.findOne(Holder, { tin: opts.holderTin }) : null;
    if (opts.holderTin && !holder) throw AppError.notFound('holder', `no holder with TIN ${opts.holderTin}`);
    const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const record = tx.create(ApiKey, { name: opts.name, role: opts.role, holder, keyHash: hashKey(key), isDemo: opts.isDemo ?? false, createdAt: new Date() });
    await tx.flush();
    appendAudit(tx, OPERATOR, {
      action: 'CREATE_API_KEY',
      entityType: 'ApiKey',
      entityId: record.id,
      changes: { name: { before: null, after: opts.name }, role: { before: null, after: opts.role }, holderId: { before: null, after: holder?.id ?? null } },
    });
    return { id: record.id, key, role: opts.role, holderTin: holder?.tin ?? null };
  });
}

export async function revokeApiKeys(em: EntityManager, where: { id?: number; isDemo?: boolean }, reason: string): Promise<number[]> {
  const revoked = await em.fork().transactional(async (tx) => {
    const keys = await tx.find(ApiKey, { ...where, revokedAt: null });
    for (const k of keys) {
      k.revokedAt = new Date();
      appendAudit(tx, OPERATOR, { action: 'REVOKE_API_KEY', entityType: 'ApiKey', entityId: k.id, changes: { revokedAt: { before: null, after: k.revokedAt } }, reason });
    }
    return keys.map((k) => k.id);
  });
  // Revocations take effect at once in this process. Cleared after the commit: a request that looked
  // the key up before it would otherwise cache the still-valid row for another whole TTL. Other
  // processes (every hub replica, when the revocation comes from `npm run keys`) drop it within
  // their VIEWER_TTL_MS.
  viewers.clear();
  return revoked;
}

/**
 * Valid keys are remembered for a short while so that a request costs no key lookup. This cache is
 * the hub's only process-local state derived from mutable data: a key revoked by `npm run keys` or
 * on another hub replica stops working in this process within the TTL (config VIEWER_TTL_MS, this
 * default when none is given; 0 looks the key up on every request). Only valid keys are cached, so
 * a key created anywhere works everywhere at once.
 */
export const VIEWER_TTL_MS = 30_000;
const viewers = new Map<string, { viewer: Viewer; at: number }>();

/** A refused key, with why: a wrong header, a key nobody issued, a revoked or rotated demo key. */
function refused(reason: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401 } } });
}

/** The caller behind an Authorization header; a bad or revoked key is refused, never downgraded. */
export async function resolveViewer(
  em: EntityManager | (() => EntityManager),
  authorization: string | undefined,
  { ttlMs = VIEWER_TTL_MS, now = Date.now() }: { ttlMs?: number; now?: number } = {},
): Promise<Viewer> {
  if (!authorization) return PUBLIC_VIEWER;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  const hash = match ? hashKey(match[1]!) : null;
  const cached = hash ? viewers.get(hash) : undefined;
  if (cached && now - cached.at < ttlMs) return cached.viewer;
  if (!hash) throw refused('MALFORMED_HEADER', 'send the key as "Authorization: Bearer <key>"');
  const record = await (typeof em === 'function' ? em() : em).findOne(ApiKey, { keyHash: hash });
  if (!record) throw refused('UNKNOWN_KEY', 'the API key is not known to this hub');
  if (record.revokedAt) {
    // Only whoever holds the key can learn that it once existed: the lookup is by its hash.
    throw record.isDemo
      ? refused('DEMO_KEY_ROTATED', 'this demo key was revoked when the hub restarted (demo keys rotate at every start): use a key printed by the latest start')
      : refused('REVOKED', 'the API key was revoked');
  }
  const viewer: Viewer = Object.freeze({ role: record.role, keyId: record.id, holderId: record.holder?.id ?? null });
  if (viewers.size > 10_000) viewers.clear();
  if (ttlMs > 0) viewers.set(hash, { viewer, at: now });
  return viewer;
}

/** Demo keys for the embedded default: previous ones are revoked, one new key per role is made. */
export async function rotateDemoKeys(em: EntityManager): Promise<NewKey[]> {
  await revokeApiKeys(em, { isDemo: true }, 'demo keys rotate at every start');
  const firstHolder = await em.fork().findOne(Holder, { kind: { $ne: 'INDIVIDUAL_ENTREPRENEUR' } }, { orderBy: { id: 'asc' } });
  const keys: NewKey[] = [];
  for (const role of ['ADMIN', 'INSPECTOR', 'ANALYST', 'PARTNER', 'HOLDER'] as const) {
    if (role === 'HOLDER' && !firstHolder) continue;
    keys.push(await createApiKey(em, { name: `demo ${role.toLowerCase()}`, role, holderTin: role === 'HOLDER' ? firstHolder!.tin : null, isDemo: true }));
  }
  return keys;
}
