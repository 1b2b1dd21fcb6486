// Regulatory impact runs over the demo Registry (200 holders, dated back to 2026-01-01): a run's
// figures equal the sum of every holder's obligationsDiff; the same inputs give the same hash and
// figures after a later Registry change (the run reads the Registry as of its date); roles.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { loadDemoRegistry } from '../../src/demo/load-demo.js';
import { OPERATOR } from '../../src/modules/auth/api-key.service.js';
import { registrySince } from '../support/registry-history.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const SCENARIO = ['kg/draft/2023/law-on-personal-data-protection'];
const AS_OF = '2026-06-01';

let hub: TestHub;
let analyst: Viewer;
let inspector: Viewer;
beforeAll(async () => {
  hub = await startTestHub();
  await loadDemoRegistry(hub.orm.em, OPERATOR, { holders: 200 });
  await registrySince(hub, '2026-01-01');
  [analyst, inspector] = await Promise.all([hub.viewerFor('ANALYST'), hub.viewerFor('INSPECTOR')]);
}, 180_000);
afterAll(() => hub.close());

type Data = Record<string, any>; // answers read loosely: the assertions check their shape
async function gql(source: string, variables: Record<string, unknown>, viewer?: Viewer) {
  return hub.execute(parse(source) as unknown as TypedDocumentNode<Data, Record<string, unknown>>, variables, viewer);
}
async function ok(source: string, variables: Record<string, unknown>, viewer?: Viewer): Promise<Data> {
  const { data, errors } = await gql(source, variables, viewer);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!;
}

const RUN = `id status inputsHash error totals { holders holdersAffected leaveCompliant leaveCompliantNotAssessedShare }
  basis { scenarioActs { act versionDate } protectionLevelTable { code version } requirements }
  cells { requirementCode change holders targets { holder array system } byKind { key holders } byTrack { key holders } reasons }`;

/** Starts a run and waits until it is stored. */
async function run(viewer = analyst, overrides?: unknown[]): Promise<Data> {
  const started = await ok(`mutation($input: StartImpactRunInput!) { startImpactRun(input: $input) { id status } }`, { input: { scenario: SCENARIO, asOf: AS_OF, overrides } }, viewer);
  expect(started.startImpactRun.status).toBe('RUNNING');
  for (let i = 0; i < 600; i++) {
    const { impactRun } = await ok(`query($id: Int!) { impactRun(id: $id) { ${RUN} } }`, { id: started.startImpactRun.id }, viewer);
    if (impactRun.status !== 'RUNNING') return impactRun;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the run did not finish');
}

let first: Data;

describe('registry impact run', () => {
  it('equals the sum of every holder’s obligationsDiff, per requirement and change', async () => {
    first = await run();
    expect(first.status).toBe('SUCCEEDED');
    const tins = (await hub.orm.em.fork().execute<{ tin: string }[]>('select tin from holder order by id')).map((r) => r.tin);
    expect(first.totals.holders).toBe(tins.length);
    const expected = new Map<string, Set<string>>();
    let affected = 0;
    for (const tin of tins) {
      const d = (await ok(`query($t: String!, $s: [String!]!, $a: Date) { obligationsDiff(holderTin: $t, scenario: $s, asOf: $a) {
        added { requirement { code } } removed { requirement { code } } changed { scenario { requirement { code } } } } }`, { t: tin, s: SCENARIO, a: AS_OF }, inspector)).obligationsDiff;
      const keys = [...d.added.map((e: Data) => `ADDED ${e.requirement.code}`), ...d.removed.map((e: Data) => `REMOVED ${e.requirement.code}`), ...d.changed.map((e: Data) => `CHANGED ${e.scenario.requirement.code}`)];
      if (keys.length) affected++;
      for (const k of keys) (expected.get(k) ?? expected.set(k, new Set()).get(k)!).add(tin);
    }
    const got = Object.fromEntries(first.cells.map((c: Data) => [`${c.change} ${c.requirementCode}`, c.holders]));
    expect(got).toEqual(Object.fromEntries([...expected].map(([k, s]) => [k, s.size])));
    expect(first.cells.length).toBeGreaterThan(0);
    expect(first.totals.holdersAffected).toBe(affected);
    // Breakdowns add up to the cell, and every figure says where it comes from.
    for (const c of first.cells) {
      expect(c.byKind.reduce((n: number, k: Data) => n + k.holders, 0)).toBe(c.holders);
      expect(c.byTrack.reduce((n: number, k: Data) => n + k.holders, 0)).toBe(c.holders);
      expect(c.reasons.join(' ')).toContain(SCENARIO[0]);
    }
    expect(first.basis.scenarioActs).toEqual([{ act: SCENARIO[0], versionDate: expect.any(String) }]);
  }, 180_000);

  it('gives the same hash and figures after a later change to the Registry', async () => {
    await hub.orm.em.fork().execute(`update holder set staff_count = coalesce(staff_count, 0) + 7 where id in (select id from holder order by id limit 20)`);
    const again = await run();
    expect(again.inputsHash).toBe(first.inputsHash);
    expect(again.cells).toEqual(first.cells);
    expect(again.totals).toEqual(first.totals);
    // registryImpact answers the newest run with exactly these inputs.
    const { registryImpact } = await ok(`query($s: [String!]!, $a: Date) { registryImpact(scenario: $s, asOf: $a) { id inputsHash } }`, { s: SCENARIO, a: AS_OF }, analyst);
    expect(registryImpact).toEqual({ id: again.id, inputsHash: first.inputsHash });
  }, 180_000);

  it('runs a parametric what-if without touching the seeds, and names the value it replaced', async () => {
    const code = 'kg.draft.law-pdp.impact-assessment-special';
    const widened = await run(analyst, [{ target: `requirement:${code}`, fact: 'data.classes', value: '["special","biometric","ordinary"]' }]);
    expect(widened.status, widened.error).toBe('SUCCEEDED'); // a failed run has no cells: say why instead of "0 > n"
    const holders = (r: Data) => r.cells.find((c: Data) => c.requirementCode === code && c.change === 'ADDED')?.holders ?? 0;
    expect(holders(widened)).toBeGreaterThan(holders(first));
    expect(widened.inputsHash).not.toBe(first.inputsHash);
    const { impactRun } = await ok(`query($id: Int!) { impactRun(id: $id) { basis { overrides { target fact valueJson replacedJson } } } }`, { id: widened.id }, analyst);
    expect(impactRun.basis.overrides).toEqual([{ target: `requirement:${code}`, fact: 'data.classes', valueJson: '["special","biometric","ordinary"]', replacedJson: '[["special","biometric"]]' }]);
    expect(holders(await run())).toBe(holders(first)); // the seeds still say special and biometric
    const bad = await gql(`mutation($input: StartImpactRunInput!) { startImpactRun(input: $input) { id } }`, { input: { scenario: SCENARIO, overrides: [{ target: 'table:nope#x', fact: 'subjects.count', value: '1000' }] } }, analyst);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'overrides[0].target' });
  }, 180_000);

  it('is for Agency keys; PARTNER sees aggregates only; PUBLIC and HOLDER are refused', async () => {
    const partner = await hub.viewerFor('PARTNER');
    const agg = await ok(`query($id: Int!) { impactRun(id: $id) { totals { holders } cells { holders } } }`, { id: first.id }, partner);
    expect(agg.impactRun.totals.holders).toBe(first.totals.holders);
    const sample = await gql(`query($id: Int!) { impactRun(id: $id) { cells { holdersSample(first: 3) { edges { node { id } } } } } }`, { id: first.id }, partner);
    expect(sample.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asAnalyst = await ok(`query($id: Int!) { impactRun(id: $id) { cells { holders holdersSample(first: 3) { totalCount edges { node { id } } } } } }`, { id: first.id }, analyst);
    const cell = asAnalyst.impactRun.cells[0];
    expect(cell.holdersSample.totalCount).toBe(Math.min(cell.holders, 20));
    expect(cell.holdersSample.edges.length).toBe(Math.min(cell.holders, 3));
    const [{ tin }] = (await hub.orm.em.fork().execute<{ tin: string }[]>('select tin from holder order by id limit 1')) as [{ tin: string }];
    for (const viewer of [undefined, await hub.viewerFor('HOLDER', tin)]) {
      const refused = await gql(`{ impactRuns(first: 5) { totalCount } }`, {}, viewer);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const start = await gql(`mutation { startImpactRun(input: { scenario: ["${SCENARIO[0]}"] }) { id } }`, {}, viewer);
      expect(start.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const partnerStart = await gql(`mutation { startImpactRun(input: { scenario: ["${SCENARIO[0]}"] }) { id } }`, {}, partner);
    expect(partnerStart.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads a RUNNING run whose hub stopped (nobody holds its lock) as FAILED, interrupted', async () => {
    const [{ id }] = (await hub.orm.em.fork().execute<{ id: number }[]>(
      `insert into impact_run (scenario, as_of, status, started_by) values ('{kg/draft/2023/law-on-personal-data-protection}', '2026-06-01', 'RUNNING', 'a hub that died') returning id`,
    )) as [{ id: number }];
    const { impactRun } = await ok(`query($id: Int!) { impactRun(id: $id) { status error } }`, { id }, analyst);
    expect(impactRun).toEqual({ status: 'FAILED', error: expect.stringMatching(/^interrupted/) });
  });

  it('refuses an unknown scenario act naming the field, and stores nothing', async () => {
    const before = (await ok(`{ impactRuns(first: 1) { totalCount } }`, {}, analyst)).impactRuns.totalCount;
    const bad = await gql(`mutation { startImpactRun(input: { scenario: ["kg/draft/2099/nothing"] }) { id } }`, {}, analyst);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'scenario[0]' });
    expect((await ok(`{ impactRuns(first: 1) { totalCount } }`, {}, analyst)).impactRuns.totalCount).toBe(before);
  });
});
