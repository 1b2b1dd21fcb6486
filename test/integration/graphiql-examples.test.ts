// GraphiQL's example tabs (src/graphiql/examples.ts) run as a person would run them after
// `npm start`: against the demo data, with the key each tab names, answering data in every root field.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoRegistry } from '../../src/demo/load-demo.js';
import { EXAMPLES, exampleQuery } from '../../src/graphiql/examples.js';
import { OPERATOR } from '../../src/modules/auth/api-key.service.js';
import { hasData } from '../support/has-data.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  await loadDemoRegistry(hub.orm.em, OPERATOR, { holders: 200 });
}, 120_000);
afterAll(() => hub.close());

describe('GraphiQL example tabs', () => {
  it('cover the main tasks', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
  });

  it.each(EXAMPLES.map((e) => [e.title, e] as const))('%s answers with data', async (_title, e) => {
    const viewer = e.key ? await hub.viewerFor(e.key) : undefined;
    const doc = parse(exampleQuery(e)) as unknown as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
    const { data, errors } = await hub.execute(doc, e.variables, viewer);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    for (const [field, value] of Object.entries(data ?? {})) expect(hasData(value), `${field}: ${JSON.stringify(value)?.slice(0, 200)}`).toBe(true);
  });
});
