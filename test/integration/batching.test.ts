// Every relation goes through request-scoped DataLoaders: the number of SQL statements for a page
// does not grow with the page size.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LegalActsGraphDocument } from '../__generated__/graphql.js';
import { LegalAct } from '../../src/modules/legal-act/legal-act.entity.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

describe('legalActs { versions provisions basedOn }', () => {
  it('issues the same, small number of statements for 2 and 50 acts', async () => {
    const total = await hub.orm.em.fork().count(LegalAct);
    expect(total).toBeGreaterThan(2);
    const run = (first: number) =>
      hub.countQueries(async () => {
        const { data, errors } = await hub.execute(LegalActsGraphDocument, { first });
        expect(errors).toBeUndefined();
        // Equal statement counts prove batching only if the larger page really holds more acts.
        expect(data!.legalActs.edges).toHaveLength(Math.min(first, total));
        return data;
      });
    const small = await run(2);
    const large = await run(50);
    // page + versions + provisions + relations (edge ends joined in the same statement)
    expect(large, JSON.stringify({ small, large }, null, 1)).toHaveLength(small.length);
    expect(large.length).toBeLessThanOrEqual(4);
  });

  it('really fetched a page of many acts with their relations', async () => {
    const { data } = await hub.execute(LegalActsGraphDocument, { first: 50 });
    const acts = data!.legalActs.edges.map((e) => e.node);
    expect(acts.length).toBeGreaterThan(20);
    expect(acts.some((a) => a.basedOn.length > 0)).toBe(true);
    expect(acts.some((a) => a.provisions.length > 0)).toBe(true);
  });
});
