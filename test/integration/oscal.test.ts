// GET /exports/inspections/:id/oscal.json over the real HTTP server: an inspection taken through the
// real workflow to COMPLETED exports OSCAL assessment results that NIST's published OSCAL 1.1.3
// JSON Schema (test/fixtures/oscal, see SOURCE.md) accepts, with its findings, evidence and risks;
// who may not see the inspection gets the answer of an unknown id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { OSCAL_VERSION } from '../../src/exports/oscal-values.js';
import { toGlobalId } from '../../src/graphql/node.js';
import { createApiKey, resolveViewer } from '../../src/modules/auth/api-key.service.js';
import { CompleteInspectionDocument, RecordFindingDocument, ScheduleInspectionDocument, StartInspectionDocument } from '../__generated__/graphql.js';
import { makeArray, makeHolder } from '../factories/registry.js';
import { startHttpHub, type HttpHub } from '../support/http-hub.js';
import { registrySince } from '../support/registry-history.js';

const ART_413_2_1 = 'kg/code/2021/128#art_413-2__part_1';
const POLICY = 'kg.law58.art4.processing-policy';
const OFFICIAL = 'Токтогулов Эрмек';
const POLICY_URI = 'https://docs.example.kg/holder/policy.pdf';
const SHA = 'b'.repeat(64);

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/oscal/oscal_assessment-results_schema.json'), 'utf8')) as { $id: string };
let validate: ValidateFunction;

let http: HttpHub;
let keys: { inspector: string; admin: string; analyst: string; holder: string; otherHolder: string };
let inspector: Viewer;
let completedId: number;
let openId: number;
let checklist: { key: string; requirementCode: string; targetType: string }[];
let results: Map<string, string>;

type Doc = { 'assessment-results': Record<string, any> };
const get = async (id: string | number, key?: string) => {
  const res = await fetch(`${http.base}/exports/inspections/${id}/oscal.json`, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', disposition: res.headers.get('content-disposition') ?? '', text, body: JSON.parse(text) as any };
};
const errorOf = (body: any) => body.errors[0] as { message: string; extensions: { code: string; field?: string } };
const valid = (doc: unknown) => {
  const ok = validate(doc);
  return { ok, errors: JSON.stringify(validate.errors, null, 2) };
};

beforeAll(async () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats.default(ajv);
  validate = ajv.compile(schema);

  http = await startHttpHub();
  const { hub } = http;
  const h = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Экспорт OSCAL»', sectorKey: 'retail' });
  await makeArray(hub.orm.em, h.id);
  const other = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Другая»', sectorKey: 'retail' });
  await registrySince(hub, '2010-01-01');
  const key = async (role: 'INSPECTOR' | 'ADMIN' | 'ANALYST' | 'HOLDER', holderTin?: string) => (await createApiKey(hub.orm.em, { name: `oscal ${role}`, role, holderTin: holderTin ?? null })).key;
  keys = { inspector: await key('INSPECTOR'), admin: await key('ADMIN'), analyst: await key('ANALYST'), holder: await key('HOLDER', h.tin), otherHolder: await key('HOLDER', other.tin) };
  inspector = await resolveViewer(hub.orm.em.fork(), `Bearer ${keys.inspector}`);

  // the workflow of test/integration/inspection-completion.test.ts, unplanned (on a complaint): schedule, start
  // (freezes the checklist), three COMPLIANT findings with evidence, one NON_COMPLIANT with its offence
  // article, complete (the NON_COMPLIANT one becomes a violation)
  const scheduled = await hub.execute(
    ScheduleInspectionDocument,
    { input: { holderId: toGlobalId('Holder', h.id), ground: 'COMPLAINT', inspectorIds: [inspector.keyId!], startDate: '2026-10-05', endDate: '2026-10-09' } },
    inspector,
  );
  expect(scheduled.errors, JSON.stringify(scheduled.errors)).toBeUndefined();
  const started = await hub.execute(StartInspectionDocument, { input: { id: scheduled.data!.scheduleInspection.id, version: scheduled.data!.scheduleInspection.version } }, inspector);
  expect(started.errors, JSON.stringify(started.errors)).toBeUndefined();
  const inspection = started.data!.startInspection;
  completedId = inspection.id;
  checklist = inspection.checklist;
  expect(checklist.length).toBeGreaterThan(4);
  const policy = checklist.find((i) => i.requirementCode === POLICY) ?? checklist[0]!;
  const compliant = checklist.filter((i) => i !== policy).slice(0, 3);
  results = new Map();
  for (const [n, item] of compliant.entries()) {
    const evidence = n === 0 ? [{ kind: 'POLICY' as const, title: 'Политика обработки ПД', uri: POLICY_URI, sha256: SHA }, { kind: 'DOCUMENT' as const, title: 'Приказ об утверждении' }] : [{ kind: 'DOCUMENT' as const, title: `Акт ${n}`, validUntil: '2027-12-31' }];
    const r = await hub.execute(RecordFindingDocument, { input: { inspectionId: completedId, itemKey: item.key, result: 'COMPLIANT', evidence } }, inspector);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    results.set(item.key, 'COMPLIANT');
  }
  const nc = await hub.execute(RecordFindingDocument, { input: { inspectionId: completedId, itemKey: policy.key, result: 'NON_COMPLIANT', note: 'Политика не утверждена', offenceArticleCode: ART_413_2_1 } }, inspector);
  expect(nc.errors, JSON.stringify(nc.errors)).toBeUndefined();
  results.set(policy.key, 'NON_COMPLIANT');
  const done = await hub.execute(CompleteInspectionDocument, { input: { id: completedId, version: inspection.version, on: '2026-10-09', text: 'Итоги проверки' } }, inspector);
  expect(done.errors, JSON.stringify(done.errors)).toBeUndefined();
  expect(done.data!.completeInspection.status).toBe('COMPLETED');

  // the violation also names an official, fined personally (as recordViolation stores offenders)
  const [v] = await hub.orm.em.fork().execute<{ id: number }[]>('select id from violation where inspection_id = ?', [completedId]);
  await hub.orm.em.fork().execute(
    `insert into violation_offender (violation_id, position, role, offender_type, assumed, person_name, person_position, offender_key, sanction) values (?, 1, 'OFFICIAL', 'OFFICIAL', false, ?, 'Директор', ?, null)`,
    [v!.id, OFFICIAL, `official:${v!.id}`],
  );

  // another holder's inspection, scheduled only
  const pending = await hub.execute(
    ScheduleInspectionDocument,
    { input: { holderId: toGlobalId('Holder', other.id), ground: 'COMPLAINT', inspectorIds: [inspector.keyId!], startDate: '2026-10-12', endDate: '2026-10-16' } },
    inspector,
  );
  expect(pending.errors, JSON.stringify(pending.errors)).toBeUndefined();
  openId = pending.data!.scheduleInspection.id;
});
afterAll(() => http?.close());

describe('OSCAL assessment results of a completed inspection', () => {
  let doc: Doc;

  it('answers a JSON attachment that the official OSCAL schema accepts', async () => {
    const res = await get(completedId, keys.inspector);
    expect(res.status, res.text).toBe(200);
    expect(res.type).toMatch(/^application\/json/);
    expect(res.disposition).toMatch(new RegExp(`^attachment; filename="inspection-${completedId}-[\\w.-]+\\.json"$`));
    doc = res.body as Doc;
    const v = valid(doc);
    expect(v.ok, v.errors).toBe(true);
    expect(schema.$id).toBe(`http://csrc.nist.gov/ns/oscal/${OSCAL_VERSION}/oscal-ar-schema.json`);
    expect(doc['assessment-results'].metadata['oscal-version']).toBe(OSCAL_VERSION);
  });

  it('is the same document on every export, for every Agency key', async () => {
    const again = await get(completedId, keys.inspector);
    const admin = await get(completedId, keys.admin);
    expect(again.text).toBe(JSON.stringify(doc, null, 2));
    expect(admin.text).toBe(again.text);
  });

  it('has the metadata, the plan, and the inspection dates', () => {
    const ar = doc['assessment-results'];
    expect(ar.metadata.parties.map((p: any) => p.name)).toEqual([expect.stringMatching(/Agency for Personal Data Protection/), 'ОсОО «Экспорт OSCAL»']);
    const plan = ar['back-matter'].resources.find((r: any) => `#${r.uuid}` === ar['import-ap'].href);
    expect(plan.props).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'inspection-id', value: String(completedId) })]));
    const [result] = ar.results;
    expect(ar.results).toHaveLength(1);
    expect(result.start).toBe('2026-10-05T00:00:00+06:00');
    expect(result.end).toBe('2026-10-09T23:59:59+06:00');
    expect(result.description).toBe('Итоги проверки');
  });

  it('reviews each checklist requirement as a control, and has one finding per checklist item with its state', () => {
    const [result] = doc['assessment-results'].results;
    const controls = result['reviewed-controls']['control-selections'][0]['include-controls'].map((c: any) => c['control-id']);
    expect(controls.sort()).toEqual([...new Set(checklist.map((c) => c.requirementCode))].sort());
    expect(result.findings).toHaveLength(checklist.length);
    // each checklist item is a control objective of the document (a part of its requirement's local objective)
    const objectives = new Map<string, string>();
    for (const o of doc['assessment-results']['local-definitions']['objectives-and-methods']) {
      for (const part of o.parts) objectives.set(part.props.find((p: any) => p.name === 'checklist-item').value, part.id);
    }
    const selected = result['reviewed-controls']['control-objective-selections'][0]['include-objectives'].map((o: any) => o['objective-id']);
    expect(selected).toEqual(checklist.map((item) => objectives.get(item.key)));
    for (const item of checklist) {
      const f = result.findings.find((x: any) => x.props.some((p: any) => p.name === 'checklist-item' && p.value === item.key));
      expect(f, item.key).toBeDefined();
      expect(f.target.type).toBe('objective-id');
      expect(f.target['target-id']).toBe(objectives.get(item.key));
      const expected = results.get(item.key) === 'COMPLIANT' ? 'satisfied' : 'not-satisfied'; // NON_COMPLIANT, or no finding recorded
      expect(f.target.status.state, item.key).toBe(expected);
      expect(f.props.find((p: any) => p.name === 'result').value).toBe(results.get(item.key) ?? 'NOT_RECORDED');
    }
    expect(result.observations).toHaveLength(results.size);
  });

  it('links the evidence of each finding, by its URI or by its back-matter resource', () => {
    const ar = doc['assessment-results'];
    const evidence = ar.results[0].observations.flatMap((o: any) => o['relevant-evidence'] ?? []);
    expect(evidence).toHaveLength(4);
    const hrefs = evidence.map((e: any) => e.href);
    expect(hrefs).toContain(POLICY_URI);
    const resources = new Map(ar['back-matter'].resources.map((r: any) => [`#${r.uuid}`, r]));
    for (const href of hrefs.filter((h: string) => h !== POLICY_URI)) expect(resources.has(href), href).toBe(true);
    const policyResource = [...resources.values()].find((r: any) => r.rlinks?.[0]?.href === POLICY_URI) as any;
    expect(policyResource.rlinks[0].hashes).toEqual([{ algorithm: 'SHA-256', value: SHA }]);
    const methods = ar.results[0].observations.map((o: any) => o.methods[0]);
    expect(methods.filter((m: string) => m === 'EXAMINE')).toHaveLength(3);
  });

  it('has a risk per violation, titled with its offence article, open while the violation is', () => {
    const [result] = doc['assessment-results'].results;
    expect(result.risks).toHaveLength(1);
    const [risk] = result.risks;
    expect(risk.title).toContain(ART_413_2_1);
    expect(risk.status).toBe('open');
    const facets = risk.characterizations.flatMap((c: any) => c.facets);
    expect(facets).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'offence-article', value: ART_413_2_1 }), expect.objectContaining({ name: 'sanction-article', value: ART_413_2_1 })]));
    expect(facets.filter((f: any) => f.name === 'sanction-reason').length).toBeGreaterThan(0);
    const finding = result.findings.find((f: any) => f['related-risks']);
    expect(finding.target.status.state).toBe('not-satisfied');
    expect(finding['related-risks']).toEqual([{ 'risk-uuid': risk.uuid }]);
    // the Agency sees the official's name
    expect(JSON.stringify(doc)).toContain(OFFICIAL);
  });

  it('gives the holder itself its own document, without officials’ names', async () => {
    const res = await get(completedId, keys.holder);
    expect(res.status, res.text).toBe(200);
    const v = valid(res.body);
    expect(v.ok, v.errors).toBe(true);
    expect(res.text).not.toContain(OFFICIAL);
    expect(res.body['assessment-results'].results[0].findings).toHaveLength(checklist.length);
  });

  it('answers PUBLIC, an analyst and another holder exactly as an unknown id', async () => {
    const unknown = await get(2_000_000_000, keys.inspector);
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown.body).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const asUnknown = (text: string) => text.replaceAll('2000000000', String(completedId));
    for (const key of [undefined, keys.analyst, keys.otherHolder]) {
      const hidden = await get(completedId, key);
      expect(hidden.status).toBe(404);
      expect(hidden.type).toBe(unknown.type);
      expect(hidden.text).toBe(asUnknown(unknown.text));
    }
    // nor does the status of a hidden inspection show: not 409 but 404
    expect((await get(openId)).status).toBe(404);
    expect((await get(openId, keys.holder)).status).toBe(404);
    expect((await get('99999999999', keys.inspector)).status).toBe(404);
  });

  it('refuses an inspection that is not completed (409) and an id that is not an integer (400)', async () => {
    const open = await get(openId, keys.inspector);
    expect(open.status).toBe(409);
    expect(errorOf(open.body).extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    for (const bad of ['abc', '1.5', '1e3']) {
      const res = await get(bad, keys.inspector);
      expect(res.status, bad).toBe(400);
      expect(errorOf(res.body).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    }
  });

  it('is checked by a validator that can fail', () => {
    const copy = structuredClone(doc);
    delete copy['assessment-results'].metadata['oscal-version'];
    copy['assessment-results'].results[0].findings[0].target.status.state = 'partly';
    expect(validate(copy)).toBe(false);
    const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^\/assessment-results\/metadata must have required property 'oscal-version'/), expect.stringMatching(/findings\/0\/target\/status\/state must be equal to one of the allowed values/)]));
  });
});
