// Error contract: stable `extensions.code`, the bad argument named in `extensions.field`, and no
// SQL or stack trace leaking from unexpected failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import pg from 'pg';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { LegalActByCodeDocument, LegalActsPageDocument, NodeByIdDocument } from '../__generated__/graphql.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

const only = (errors: readonly { extensions?: Record<string, unknown>; message: string }[] | undefined) => {
  expect(errors).toHaveLength(1);
  return errors![0]!;
};

describe('error codes', () => {
  it.each([
    ['first below 1', { first: 0 }, 'first'],
    ['first above the maximum', { first: 1000 }, 'first'],
    ['a forged cursor', { first: 5, after: 'bm90LWEtY3Vyc29y' }, 'after'],
  ])('rejects %s as BAD_USER_INPUT naming the argument', async (_what, vars, field) => {
    const e = only((await hub.execute(LegalActsPageDocument, vars)).errors);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('rejects a malformed act code naming `code`', async () => {
    const e = only((await hub.execute(LegalActByCodeDocument, { code: 'Law 58' })).errors);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('rejects a malformed global ID naming `id`', async () => {
    const e = only((await hub.execute(NodeByIdDocument, { id: '%%%' })).errors);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('rejects an impossible date as BAD_USER_INPUT', async () => {
    const e = only((await hub.execute(LegalActsPageDocument, { filter: { inForceOn: '2024-02-30' } })).errors);
    expect(e.extensions!.code).toBe('BAD_USER_INPUT');
    expect(e.message).toContain('2024-02-30');
  });

  it('answers NOT_FOUND for a filter naming an act that does not exist', async () => {
    const e = only((await hub.execute(LegalActsPageDocument, { filter: { basedOn: 'kg/law/1999/1' } })).errors);
    expect(e.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.basedOn' });
  });

  it('reports an unknown field as GRAPHQL_VALIDATION_FAILED', async () => {
    const doc = parse('{ legalAct(code: "kg/law/2008/58") { noSuchField } }') as TypedDocumentNode<unknown, Record<string, never>>;
    const e = only((await hub.execute(doc, {})).errors);
    expect(e.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('hides SQL and stack traces when the database fails underneath', async () => {
    const broken = await startTestHub();
    try {
      const owner = new pg.Client({ connectionString: broken.ownerUrl });
      await owner.connect();
      await owner.query('drop table legal_relation');
      await owner.end();
      const { errors } = await broken.execute(LegalActByCodeDocument, { code: 'kg/law/2008/58' });
      // Every failed field (the executor reports each sibling that failed, not only the first).
      expect(errors?.length).toBeGreaterThan(0);
      for (const e of errors ?? []) {
        expect(e.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
        expect(e.message).toBe('Internal server error');
      }
      expect(JSON.stringify(errors)).not.toMatch(/legal_relation|select|stack/i);
      expect(broken.loggedErrors.join('\n')).toContain('legal_relation'); // the operator still sees the cause
    } finally {
      await broken.close();
    }
  });
});
