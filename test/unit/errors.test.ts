// AppError.notFound is the one builder of NOT_FOUND: it names the field when an argument pointed at
// the record, and leaves `field` out (not null) when none did, so clients can test for its presence.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';

describe('AppError.notFound', () => {
  it('keeps the message as given and names the field with any extra details', () => {
    const e = AppError.notFound('code', 'no legal act kg/law/2008/58', { key: 'kg/law/2008/58' });
    expect(e).toMatchObject({ code: 'NOT_FOUND', message: 'no legal act kg/law/2008/58' });
    expect(e.details).toEqual({ field: 'code', key: 'kg/law/2008/58' });
  });

  it('has no field at all when no argument pointed at the record', () => {
    expect(AppError.notFound(null, 'reference data X is not loaded (seeds/)').details).toEqual({});
  });
});
