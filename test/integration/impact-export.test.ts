// /exports/impact-runs/:id.json|csv: a stored run as published, over HTTP with the caller's key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoRegistry } from '../../src/demo/load-demo.js';
import { OPERATOR } from '../../src/modules/auth/api-key.service.js';
import { startImpactRun } from '../../src/modules/impact/impact-run.service.js';
import { startHttpHub, type HttpHub } from '../support/http-hub.js';

let http: HttpHub;
let runId: number;
beforeAll(async () => {
  http = await startHttpHub();
  await loadDemoRegistry(http.hub.orm.em, OPERATOR, { holders: 60 });
  const today = new Date().toISOString().slice(0, 10);
  const run = await startImpactRun(http.hub.orm.em, { scenario: ['kg/draft/2023/law-on-personal-data-protection'], asOf: today, filter: {}, overrides: [] }, 'test');
  await run.done;
  runId = run.id;
}, 120_000);
afterAll(() => http.close());

const get = (path: string, key?: string) => fetch(`${http.base}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('impact run export', () => {
  it('gives the run as JSON with its hash and figures, and as CSV one row per cell', async () => {
    const key = await http.keyFor('ANALYST');
    const res = await get(`/exports/impact-runs/${runId}.json`, key);
    expect(res.status).toBe(200);
    const run = (await res.json()) as { inputs_hash: string; cells: { requirementCode: string; sample: number[] }[]; totals: { holders: number } };
    expect(run.inputs_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(run.totals.holders).toBe(60);
    expect(run.cells.length).toBeGreaterThan(0);
    expect(run.cells[0]!.sample.length).toBeGreaterThan(0);
    const csv = await (await get(`/exports/impact-runs/${runId}.csv?lang=en`, key)).text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^Requirement,Change,Holders,/);
    expect(lines.length).toBe(run.cells.length + 1);
    expect(lines[1]).toContain(run.cells[0]!.requirementCode);
  });

  it('leaves the sample holders out for PARTNER keys and refuses PUBLIC, with JSON errors', async () => {
    const partner = await (await get(`/exports/impact-runs/${runId}.json`, await http.keyFor('PARTNER'))).json() as { cells: { sample: number[] }[] };
    expect(partner.cells.every((c) => c.sample.length === 0)).toBe(true);
    const anonymous = await get(`/exports/impact-runs/${runId}.json`);
    expect(anonymous.status).toBe(403);
    expect(((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('FORBIDDEN');
    const missing = await get('/exports/impact-runs/999999.json', await http.keyFor('ANALYST'));
    expect(missing.status).toBe(404);
  });
});
