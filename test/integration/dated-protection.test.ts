// The protection level an obligation reads is the one of its date: a protection-level table
// version valid from a later date changes obligations from that date on, and never before it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { seedReferenceData } from '../../src/seeding/seed.js';
import { makeArray, makeHolder, makeSystem } from '../factories/registry.js';
import { registrySince } from '../support/registry-history.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const OBLIGATIONS = parse(`query ($tin: String!, $asOf: Date) { obligations(holderTin: $tin, asOf: $asOf) {
  requirement { code } target { type } applies reasons } }`) as unknown as TypedDocumentNode<
  { obligations: { requirement: { code: string }; target: { type: string }; applies: boolean; reasons: string[] }[] },
  { tin: string; asOf: string }
>;
const LEVEL_1 = 'kg.res760.level1.security-unit-and-rights-log';

let hub: TestHub;
let inspector: Viewer;
let dir: string;
let tin: string;

/** The real seeds with a protection-level version 2, valid from 2030, that puts every system at level 1. */
function seedsWithLevelVersion2(): string {
  const seeds = join(dir, 'seeds');
  cpSync(SEEDS_DIR, seeds, { recursive: true });
  const file = join(seeds, 'rule-tables', 'res760-protection-level.yaml');
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8').trimEnd()}
  - version: 2
    validFrom: 2030-01-01
    whenFactsMissing: UNDETERMINED
    verified: false
    note: Test version - every system level 1 from 2030.
    default: 1
    rows:
      - id: any-system
        result: 1
        when: { fact: target.type, op: eq, value: SYSTEM }
`,
  );
  return seeds;
}

const level1On = async (asOf: string) => {
  const { data, errors } = await hub.execute(OBLIGATIONS, { tin, asOf }, inspector);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  const found = data!.obligations.filter((o) => o.requirement.code === LEVEL_1 && o.target.type === 'SYSTEM');
  expect(found).toHaveLength(1);
  return found[0]!;
};

beforeAll(async () => {
  hub = await startTestHub();
  inspector = await hub.viewerFor('INSPECTOR');
  dir = mkdtempSync(join(tmpdir(), 'hub-dated-protection-'));
  const h = await makeHolder(hub.orm.em);
  const array = await makeArray(hub.orm.em, h.id);
  await makeSystem(hub.orm.em, h.id, [array.id]); // employees only, ordinary data, threat type 3: level 4 under v1
  tin = h.tin;
  await registrySince(hub, '2010-01-01');
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await hub.close();
});

describe('obligations read the protection-level table version of their date', () => {
  it('a level-1 measure applies from the new version’s date on, and never before it', async () => {
    const before = { late2029: await level1On('2029-12-31'), mid2030: await level1On('2030-06-01') };
    expect(before.late2029.applies).toBe(false);
    expect(before.mid2030.applies).toBe(false);
    await seedReferenceData(hub.orm.em, seedsWithLevelVersion2());
    expect(await level1On('2029-12-31')).toEqual(before.late2029);
    expect((await level1On('2030-06-01')).applies).toBe(true);
  });
});
