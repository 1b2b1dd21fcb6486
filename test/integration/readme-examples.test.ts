// Every GraphQL block of the README, verbatim, against a hub with the demo data that `npm start`
// loads (200 deterministic holders), with the key the README names above the block
// (`<!-- readme-example: ROLE -->`): no error, and data in every root field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoleValue, Viewer } from '../../src/domain/access/roles.js';
import { loadDemoRegistry } from '../../src/demo/load-demo.js';
import { OPERATOR } from '../../src/modules/auth/api-key.service.js';
import { REPO_ROOT } from '../../src/paths.js';
import { hasData } from '../support/has-data.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const EXAMPLES = [...README.matchAll(/<!-- readme-example: ([A-Z]+) -->\s*```graphql\n([\s\S]*?)```/g)].map((m) => ({ role: m[1] as RoleValue, source: m[2]! }));

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  await loadDemoRegistry(hub.orm.em, OPERATOR, { holders: 200 }); // as npm start does (DEMO_HOLDERS default)
}, 120_000);
afterAll(() => hub.close());

describe('README examples', () => {
  it('has every GraphQL block marked with the key it needs', () => {
    const blocks = README.match(/```graphql/g) ?? [];
    expect(EXAMPLES.length).toBeGreaterThan(0);
    expect(EXAMPLES.length).toBe(blocks.length);
  });

  it.each(EXAMPLES.map((e, i) => [i + 1, e.role, e.source] as const))('example %i answers with data for the %s key', async (_n, role, source) => {
    const viewer: Viewer | undefined = role === 'PUBLIC' ? undefined : await hub.viewerFor(role);
    const { data, errors } = await hub.execute(parse(source) as unknown as TypedDocumentNode<Record<string, unknown>, Record<string, never>>, {}, viewer);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    for (const [field, value] of Object.entries(data ?? {})) expect(hasData(value), `${field}: ${JSON.stringify(value)?.slice(0, 200)}`).toBe(true);
    // Nested answers the README promises: the act's basis names Law No. 58 Art. 21.
    if (source.includes('basedOn')) expect(JSON.stringify(data)).toContain('kg/law/2008/58#art_21');
  });
});
