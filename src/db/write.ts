// Runs a use case that writes in one transaction on a fresh fork, and turns the database's
// concurrency and uniqueness failures into the hub's error codes. Nothing is written on failure.
import { setTimeout as sleep } from 'node:timers/promises';
import { DeadlockException, DriverException, LockWaitTimeoutException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors.js';

/** Which input field a unique constraint is about. */
const CONSTRAINT_FIELDS: Record<string, string> = {
  holder_tin_unique: 'input.tin',
  holder_registry_number_unique: 'input.registryNumber',
  personal_data_array_holder_id_name_unique: 'input.name',
  information_system_holder_id_name_unique: 'input.name',
  inspector_conflict_inspector_id_holder_id_unique: 'input.holderId',
  inspection_plan_holder_unique: 'input.holderId',
};

const afterWrite = new WeakMap<EntityManager, () => void>();

/** Registers what to refresh (the request's loaders) once a write through `em` has committed. */
export function onWrite(em: EntityManager, refresh: () => void): void {
  afterWrite.set(em, refresh);
}

/** Attempts of a transaction that the database aborted for a deadlock or a serialization failure. */
export const WRITE_ATTEMPTS = 4;

/**
 * A failure that says nothing about the input, only that another transaction got in the way:
 * deadlock (40P01) and serialization failure (40001), both DeadlockException in MikroORM. Worth
 * re-running at once: the other transaction has already gone on.
 */
const isTransient = (e: unknown) => e instanceof DeadlockException;

/**
 * lock_timeout (55P03; the PostgreSQL driver does not map it to LockWaitTimeoutException): the
 * request already waited the whole timeout behind another writer, so it is a CONFLICT at once
 * rather than another wait of the same length.
 */
const isLockTimeout = (e: unknown) => e instanceof LockWaitTimeoutException || (e instanceof DriverException && e.code === '55P03');

/**
 * Runs `fn` in a transaction on a fresh fork. A transient failure re-runs the whole of `fn` on a
 * new fork (a few times, with a short random pause), and is a CONFLICT when it persists.
 */
export async function writeTransaction<T>(em: EntityManager, fn: (tx: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await em.fork().transactional(fn);
      afterWrite.get(em)?.(); // the payload and later mutations of the request must see the write
      return result;
    } catch (e) {
      if (isLockTimeout(e)) throw new AppError('CONFLICT', 'another change to the same records is taking long; retry', { retryable: true });
      if (!isTransient(e)) throw translate(e);
      if (attempt >= WRITE_ATTEMPTS) {
        throw new AppError('CONFLICT', 'concurrent changes to the same records kept colliding; retry', { retryable: true });
      }
      await sleep(Math.round(Math.random() * 20 * attempt));
    }
  }
}

/** The hub's error for a non-transient failure of a write. */
function translate(e: unknown): unknown {
  if (e instanceof OptimisticLockError) {
    return new AppError('CONFLICT', 'the record was changed by someone else; reload it and retry', { field: 'input.version' });
  }
  if (e instanceof UniqueConstraintViolationException) {
    // pg's DatabaseError names it in `constraint`; DriverException copies the error's own fields.
    const { constraint: named } = e as { constraint?: unknown };
    const constraint = typeof named === 'string' && named ? named : 'unique';
    const field = CONSTRAINT_FIELDS[constraint];
    return new AppError('CONFLICT', `a record with the same key already exists (${constraint})`, { constraint, ...(field ? { field } : {}) });
  }
  return e;
}

/** A stale `version` in the input is a CONFLICT before anything is written. */
export function assertVersion(current: number, given: number): void {
  if (current !== given) {
    throw new AppError('CONFLICT', `the record is at version ${current}, not ${given}; reload it and retry`, {
      field: 'input.version',
      currentVersion: current,
    });
  }
}
