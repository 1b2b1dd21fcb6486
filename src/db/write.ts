// Runs a use case that writes in one transaction on a fresh fork, and turns the database's
// concurrency and uniqueness failures into the hub's error codes. Nothing is written on failure.
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../errors.js';

export async function writeTransaction<T>(em: EntityManager, fn: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.fork().transactional(fn);
  } catch (e) {
    if (e instanceof OptimisticLockError) {
      throw new AppError('CONFLICT', 'the record was changed by someone else; reload it and retry', { field: 'input.version' });
    }
    if (e instanceof UniqueConstraintViolationException) {
      const constraint = /"([a-z_]+)"/.exec(e.message)?.[1] ?? 'unique';
      throw new AppError('CONFLICT', `a record with the same key already exists (${constraint})`, { constraint });
    }
    throw e;
  }
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
