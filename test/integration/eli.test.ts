// ELI JSON-LD of legal acts over real HTTP, read through a JSON-LD processor that may not touch the
// network: what it expands to is compared with the seed files and the database rows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { todayInBishkek } from '../../src/clock.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { LegalAct } from '../../src/modules/legal-act/legal-act.entity.js';
import { LegalActVersion } from '../../src/modules/legal-act/legal-act-version.entity.js';
import { LegalRelation } from '../../src/modules/legal-act/legal-relation.entity.js';
import { Provision } from '../../src/modules/legal-act/provision.entity.js';
import { startHttpHub, type HttpHub } from '../support/http-hub.js';

const S = 'https://schema.org/';
const ELI = 'http://data.europa.eu/eli/ontology#';
const XSD_DATE = 'http://www.w3.org/2001/XMLSchema#date';

type Expanded = Record<string, unknown[]> & { '@id'?: string; '@type'?: string[]; '@reverse'?: Record<string, Expanded[]> };

/** A loader that fails: expansion must need nothing but the document itself. */
const offline = {
  documentLoader: async (url: string): Promise<never> => {
    throw new Error(`the JSON-LD processor tried to fetch ${url}`);
  },
};

let h: HttpHub;
beforeAll(async () => {
  h = await startHttpHub();
});
afterAll(() => h.close());

async function get(path: string, headers: Record<string, string> = { accept: 'application/ld+json' }) {
  const res = await fetch(`${h.base}${path}`, { headers });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, json: () => JSON.parse(text) as Record<string, unknown> };
}

/** GETs an act's document and expands it offline; returns the raw document and its one top node. */
async function expandedAct(code: string, asOf?: string) {
  const r = await get(`/eli/${code}${asOf ? `?asOf=${asOf}` : ''}`);
  expect(r.status, r.text).toBe(200);
  expect(r.type).toMatch(/^application\/ld\+json/);
  const doc = r.json();
  const expanded = (await jsonld.expand(doc as never, offline as never)) as unknown as Expanded[];
  expect(expanded).toHaveLength(1);
  return { doc, node: expanded[0]! };
}

const values = (node: Expanded, prop: string) => (node[S + prop] ?? []) as { '@value'?: string; '@language'?: string; '@id'?: string; '@type'?: string }[];
const one = (node: Expanded, prop: string) => {
  const vs = values(node, prop);
  expect(vs, prop).toHaveLength(1);
  return vs[0]!;
};
const force = (node: Expanded) => values(node, 'legislationLegalForce').map((v) => v['@id']);
const eliDate = (node: Expanded, prop: string) => ((node[ELI + prop] ?? []) as { '@value': string; '@type': string }[]).map((v) => [v['@value'], v['@type']]);
const url = (code: string) => `${h.base}/eli/${code}`;
const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The seed file of an act (its file name is the code with `/` → `-`). */
function seed(code: string): { adoptedOn: unknown; versions: { versionDate: unknown; title: Record<string, string | null> }[] } {
  return YAML.parse(readFileSync(join(SEEDS_DIR, 'legal-acts', `${code.replaceAll('/', '-')}.yaml`), 'utf8'));
}

const iso = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));
const tagged = (title: Record<string, string | null | undefined>) =>
  Object.entries(title)
    .filter(([, v]) => v)
    .map(([lang, v]) => ({ '@value': v, '@language': lang }));
const sortTagged = <T extends { '@language'?: string }>(xs: T[]) => [...xs].sort((a, b) => String(a['@language']).localeCompare(String(b['@language'])));

async function dbVersions(code: string) {
  const em = h.hub.orm.em.fork();
  const act = await em.findOneOrFail(LegalAct, { code });
  return em.find(LegalActVersion, { act: act.id }, { orderBy: { versionDate: 'asc' } });
}

/** The versions of a document by @id, in the order written. */
function versionNodes(node: Expanded): Expanded[] {
  return (node[S + 'workExample'] ?? []) as Expanded[];
}

describe('ELI JSON-LD of Law No. 58', () => {
  const code = 'kg/law/2008/58';

  it('identifies the act and names it in each language the seed gives, without fetching a context', async () => {
    const s = seed(code);
    const { doc, node } = await expandedAct(code);
    expect(typeof doc['@context']).toBe('object');
    expect(node['@id']).toBe(url(code));
    expect(node['@type']).toEqual(expect.arrayContaining([`${S}Legislation`, `${ELI}LegalResource`]));
    expect(one(node, 'legislationIdentifier')['@value']).toBe(code);
    const newest = [...s.versions].sort((a, b) => iso(a.versionDate).localeCompare(iso(b.versionDate))).at(-1)!;
    expect(sortTagged(values(node, 'name'))).toEqual(sortTagged(tagged(newest.title)));
    expect(values(node, 'name').map((v) => v['@language']).sort()).toEqual(['en', 'ky', 'ru']);
    expect(one(node, 'legislationDate')).toEqual({ '@value': iso(s.adoptedOn), '@type': XSD_DATE });
    expect(one(node, 'legislationJurisdiction')['@value']).toBe('KG');
    expect(one(node, 'legislationType')['@value']).toBe('LAW');
  });

  it('lists every version row with its own URL, titles and dates in force', async () => {
    const rows = await dbVersions(code);
    expect(rows.length).toBeGreaterThan(1);
    const { node } = await expandedAct(code);
    const versions = versionNodes(node);
    expect(versions.map((v) => v['@id'])).toEqual(rows.map((r) => `${url(code)}/versions/${r.versionDate}`));
    versions.forEach((v, i) => {
      const r = rows[i]!;
      expect(v['@type']).toEqual(expect.arrayContaining([`${S}Legislation`, `${ELI}LegalExpression`]));
      expect(one(v, 'legislationDateVersion')['@value']).toBe(r.versionDate);
      expect(sortTagged(values(v, 'name'))).toEqual(sortTagged(tagged(r.titles as Record<string, string | null>)));
      expect(eliDate(v, 'first_date_entry_in_force')).toEqual(r.inForceFrom ? [[r.inForceFrom, XSD_DATE]] : []);
      expect(eliDate(v, 'date_no_longer_in_force')).toEqual(r.inForceTo ? [[r.inForceTo, XSD_DATE]] : []);
      expect(one(v, 'creativeWorkStatus')['@value']).toBe(r.status);
      // the hub's verified flag and note, as the API gives them
      const flag = (v['https://dpa.gov.kg/ns/hub#verified'] ?? []) as { '@value': boolean }[];
      expect(flag.map((f) => f['@value'])).toEqual([r.verified]);
      expect(((v['https://dpa.gov.kg/ns/hub#note'] ?? []) as { '@value': string }[]).map((n) => n['@value'])).toEqual(r.note ? [r.note] : []);
    });
  });

  it('states legal force as of the day asked: before entry into force, in the first text, in the current one', async () => {
    const rows = await dbVersions(code);
    const first = rows[0]!;
    const last = rows.at(-1)!;
    expect(first.inForceFrom && last.inForceFrom && first.inForceTo).toBeTruthy();
    expect(first.inForceTo! <= last.inForceFrom!).toBe(true);

    const before = (await expandedAct(code, dayBefore(first.inForceFrom!))).node;
    expect(force(before)).toEqual([`${S}NotInForce`]);
    expect(versionNodes(before).map(force)).toEqual(rows.map(() => [`${S}NotInForce`]));
    expect(one(before, 'legislationDateVersion')['@value']).toBe(dayBefore(first.inForceFrom!));

    const atFirst = (await expandedAct(code, first.inForceFrom!)).node;
    expect(force(atFirst)).toEqual([`${S}InForce`]);
    expect(versionNodes(atFirst).map(force)).toEqual(rows.map((r) => [r === first ? `${S}InForce` : `${S}NotInForce`]));

    const atLast = (await expandedAct(code, last.inForceFrom!)).node;
    expect(force(atLast)).toEqual([`${S}InForce`]);
    expect(versionNodes(atLast).map(force)).toEqual(rows.map((r) => [r === last ? `${S}InForce` : `${S}NotInForce`]));
  });

  it('defaults asOf to today in Bishkek', async () => {
    const day = todayInBishkek();
    const { node } = await expandedAct(code);
    expect([day, todayInBishkek()]).toContain(one(node, 'legislationDateVersion')['@value']);
  });

  it('writes every stored edge of the act, in both directions, as triples', async () => {
    const em = h.hub.orm.em.fork();
    const act = await em.findOneOrFail(LegalAct, { code });
    const edges = await em.find(LegalRelation, { $or: [{ sourceAct: act.id }, { targetAct: act.id }] }, { populate: ['sourceAct', 'targetAct', 'sourceProvision', 'targetProvision'] });
    expect(edges.some((e) => e.type === 'AMENDS' && e.targetAct.id === act.id)).toBe(true);
    expect(edges.some((e) => e.type === 'BASED_ON' && e.targetAct.id === act.id)).toBe(true);
    const predicate = { AMENDS: `${S}legislationAmends`, REPEALS: `${S}legislationRepeals`, BASED_ON: `${S}isBasedOn`, CITES: `${S}citation` };
    const doc = (await get(`/eli/${code}`)).json();
    const nquads = (await jsonld.toRDF(doc as never, { format: 'application/n-quads', ...offline } as never)) as unknown as string;
    for (const e of edges) {
      const from = url(e.sourceProvision?.code ?? e.sourceAct.code);
      const to = url(e.targetProvision?.code ?? e.targetAct.code);
      expect(nquads, `${e.type} ${from} → ${to}`).toContain(`<${from}> <${predicate[e.type]}> <${to}> .`);
    }
  });

  it('lists every provision as a part, addressed by its code', async () => {
    const em = h.hub.orm.em.fork();
    const act = await em.findOneOrFail(LegalAct, { code });
    const provisions = await em.find(Provision, { act: act.id });
    expect(provisions.length).toBeGreaterThan(0);
    const { node } = await expandedAct(code);
    const parts: Expanded[] = [];
    const walk = (n: Expanded) => ((n[S + 'hasPart'] ?? []) as Expanded[]).forEach((p) => (parts.push(p), walk(p)));
    walk(node);
    expect(parts.map((p) => p['@id']).sort()).toEqual(provisions.map((p) => url(p.code)).sort());
    expect(parts.map((p) => one(p, 'legislationIdentifier')['@value']).sort()).toEqual(provisions.map((p) => p.code).sort());
  });

  it('serves one version as its own document, pointing at the act', async () => {
    const rows = await dbVersions(code);
    const v = rows[1]!;
    const r = await get(`/eli/${code}/versions/${v.versionDate}?asOf=${v.inForceFrom}`);
    expect(r.status, r.text).toBe(200);
    const [node] = (await jsonld.expand(r.json() as never, offline as never)) as unknown as Expanded[];
    expect(node!['@id']).toBe(`${url(code)}/versions/${v.versionDate}`);
    expect(one(node!, 'exampleOfWork')['@id']).toBe(url(code));
    expect(force(node!)).toEqual([`${S}InForce`]);

    const missing = await get(`/eli/${code}/versions/1999-01-01`);
    expect(missing.status).toBe(404);
    expect(missing.json().errors).toMatchObject([{ extensions: { code: 'NOT_FOUND', field: 'version' } }]);
  });
});

describe('ELI JSON-LD of other acts', () => {
  it('a moratorium extended once: in force in its second version, not in force from its end', async () => {
    const code = 'kg/government-resolution/2019/moratorium-2019';
    const rows = await dbVersions(code);
    expect(rows.length).toBeGreaterThan(1);
    const second = rows[1]!;
    const end = rows.map((r) => r.inForceTo!).sort().at(-1)!;
    expect(end).toBeTruthy();

    const during = (await expandedAct(code, second.inForceFrom!)).node;
    expect(versionNodes(during).map((v) => v['@id'])).toEqual(rows.map((r) => `${url(code)}/versions/${r.versionDate}`));
    expect(force(during)).toEqual([`${S}InForce`]);
    expect(versionNodes(during).map(force)).toEqual(rows.map((r) => [r === second ? `${S}InForce` : `${S}NotInForce`]));

    const after = (await expandedAct(code, end)).node;
    expect(force(after)).toEqual([`${S}NotInForce`]);
    // No adoption date in the data: none is written.
    const s = seed(code);
    expect(s.adoptedOn).toBeNull();
    expect(values(after, 'legislationDate')).toEqual([]);
  });

  it('an act whose entry into force is not recorded: legal force left out once its text exists', async () => {
    const code = 'kg/law/2023/134';
    const [row, ...more] = await dbVersions(code);
    expect(more).toHaveLength(0);
    expect(row!.inForceFrom).toBeNull();
    const later = (await expandedAct(code, row!.versionDate)).node;
    expect(force(later)).toEqual([]);
    expect(versionNodes(later).map(force)).toEqual([[]]);
    expect(eliDate(versionNodes(later)[0]!, 'first_date_entry_in_force')).toEqual([]);
    const earlier = (await expandedAct(code, dayBefore(row!.versionDate))).node;
    expect(force(earlier)).toEqual([`${S}NotInForce`]);
  });
});

describe('ELI errors and negotiation', () => {
  it('an unknown or malformed code is 404 NOT_FOUND on field code', async () => {
    for (const path of ['/eli/kg/law/1999/99999', '/eli/not-a-code', '/eli/kg/law/2008/58/extra']) {
      const r = await get(path);
      expect(r.status, path).toBe(404);
      expect(r.type).toMatch(/^application\/json/);
      expect(r.json().errors, path).toMatchObject([{ extensions: { code: 'NOT_FOUND', field: 'code' } }]);
    }
  });

  it('a malformed asOf is 400 BAD_USER_INPUT on field asOf', async () => {
    for (const asOf of ['2021-02-30', 'yesterday', '2021-1-5']) {
      const r = await get(`/eli/kg/law/2008/58?asOf=${asOf}`);
      expect(r.status, asOf).toBe(400);
      expect(r.json().errors, asOf).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT', field: 'asOf' } }]);
    }
  });

  it('answers JSON-LD or JSON as accepted, and 406 NOT_ACCEPTABLE otherwise unless ?format=jsonld', async () => {
    expect((await get('/eli/kg/law/2008/58', { accept: 'application/json' })).type).toMatch(/^application\/json/);
    expect((await get('/eli/kg/law/2008/58', { accept: 'text/html,*/*;q=0.8' })).type).toMatch(/^application\/ld\+json/);
    expect((await get('/eli/kg/law/2008/58', {})).type).toMatch(/^application\/ld\+json/);
    const refused = await get('/eli/kg/law/2008/58', { accept: 'text/turtle' });
    expect(refused.status).toBe(406);
    expect(refused.json().errors).toMatchObject([{ extensions: { code: 'NOT_ACCEPTABLE' } }]);
    const forced = await get('/eli/kg/law/2008/58?format=jsonld', { accept: 'text/turtle' });
    expect(forced.status).toBe(200);
    expect(forced.type).toMatch(/^application\/ld\+json/);
    const other = await get('/eli/kg/law/2008/58?format=xml');
    expect(other.status).toBe(400);
    expect(other.json().errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT', field: 'format' } }]);
  });
});
