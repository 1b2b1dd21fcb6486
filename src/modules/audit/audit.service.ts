// Appends to the audit log inside the caller's transaction, and pages through it for the Agency.
import type { EntityManager } from '@mikro-orm/postgresql';
import { canReadAuditLog, type Viewer } from '../../domain/access/roles.js';
import type { FieldChanges } from '../../domain/audit/diff.js';
import { AppError } from '../../errors.js';
import { readPage, toConnection, type PageArgs } from '../../graphql/pagination.js';
import { AuditLogEntry } from './audit-log-entry.entity.js';
import type { AuditLogFilter } from './audit.types.js';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: number | string | null;
  changes: FieldChanges;
  reason?: string | null;
}

/** Adds one entry in the transaction of `em`; it is written by the same flush/commit as the change. */
export function appendAudit(em: EntityManager, viewer: Viewer, record: AuditRecord): AuditLogEntry {
  return em.create(AuditLogEntry, {
    actorKeyId: viewer.keyId,
    actorRole: viewer.role,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId === null ? null : String(record.entityId),
    changes: record.changes,
    reason: record.reason ?? null,
    at: new Date(),
  });
}

/** Newest first, keyset-paged on the id. ADMIN and INSPECTOR only. */
export async function listAuditLog(em: EntityManager, viewer: Viewer, filter: AuditLogFilter | null | undefined, args: PageArgs) {
  if (!canReadAuditLog(viewer)) throw new AppError('FORBIDDEN', 'the audit log is readable by ADMIN and INSPECTOR only');
  const page = readPage<[string]>(args, 1);
  // Both are bigint keys: anything but digits would reach SQL as a type error.
  if (page.after && !/^\d{1,18}$/.test(String(page.after[0]))) throw AppError.badInput('after', 'is not an audit-log cursor');
  if (filter?.actorKeyId && !/^\d{1,9}$/.test(String(filter.actorKeyId))) throw AppError.badInput('filter.actorKeyId', 'must be the id of an API key');
  const where: Record<string, unknown> = {};
  if (filter?.entityType) where.entityType = filter.entityType;
  if (filter?.entityId) where.entityId = filter.entityId;
  if (filter?.action) where.action = filter.action;
  if (filter?.actorKeyId) where.actorKeyId = filter.actorKeyId;
  if (filter?.from || filter?.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
  const paged = page.after ? { ...where, id: { $lt: page.after[0] } } : where;
  const rows = await em.find(AuditLogEntry, paged, { orderBy: { id: 'desc' }, limit: page.limit + 1 });
  return toConnection(rows, page, (e) => [e.id], () => em.count(AuditLogEntry, where));
}
