// The shapes every server is loaded with, and the check that a server answers a shape as the hub
// does (bench/README.md lists them).
import { answer, gqlReq, type Req, type Server } from './http.js';
import { PAGE } from './walks.js';

type ServerName = Server['name'];

export interface Shape {
  key: string;
  title: string;
  /** A page of PAGE holders (a–c). */
  paged: boolean;
  /** Requests per server (a connection cycles through them); null: no equivalent (n/a). */
  requests: Record<ServerName, Req[] | null>;
  note?: string;
}

export interface Cursors {
  hub: string;
  pgl: string;
  sqlAfter: number;
}

/** One holder in the hub's JSON shape (what the SQL server also answers). */
type HolderRow = Record<string, unknown>;

/** PostGraphile's answer for shapes a–c, rewritten into the hub's shape (without tin; checked by the walk). */
function pglHolders(data: any): HolderRow[] {
  return (data.allHolders.nodes as any[]).map((n) => {
    const row: HolderRow = {};
    if ('nameRu' in n) row.name = n.nameRu;
    for (const f of ['kind', 'regionCode', 'registrationStatus']) if (f in n) row[f] = n[f];
    if (n.personalDataArraysByHolderId) {
      row.personalDataArrays = n.personalDataArraysByHolderId.nodes.map((a: any) => {
        const arr: HolderRow = { name: a.name };
        if ('subjectCount' in a) arr.subjectCount = a.subjectCount;
        if (a.informationSystemArraysByPersonalDataArrayId) {
          arr.informationSystems = a.informationSystemArraysByPersonalDataArrayId.nodes.map((j: any) => j.informationSystemByInformationSystemId);
        }
        return arr;
      });
    }
    if (n.informationSystemsByHolderId) row.informationSystems = n.informationSystemsByHolderId.nodes;
    return row;
  });
}

/** Lists sorted by their JSON, so that an order the query did not ask for does not count. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  return v;
}

/** The answer of `server` for `shape` in a form comparable with the hub's; null: nothing to compare. */
function comparable(shape: string, server: ServerName, data: any, withTin: boolean): unknown {
  if (shape === 'd') {
    if (server === 'PostGraphile') return canonical(Object.entries(data).map(([alias, v]: [string, any]) => ({ key: regionOfAlias.get(alias), holders: v.totalCount })));
    return canonical(data.holderBreakdown);
  }
  if (shape === 'e') return null;
  const rows = server === 'PostGraphile' ? pglHolders(data) : (data.holders.edges as { node: HolderRow }[]).map((e) => ({ ...e.node }));
  return rows.map((r) => {
    if (!withTin) delete r.tin;
    return canonical(r);
  });
}

/** Alias of the PostGraphile dashboard query → region code. */
const regionOfAlias = new Map<string, string | null>();

export function buildShapes(hub: Server, pgl: Server | null, sql: Server | null, c: Cursors, regions: (string | null)[], tins: string[]): Shape[] {
  const hubPage = (node: string) => [gqlReq(hub, `query($after: String) { holders(first: ${PAGE}, after: $after, orderBy: {field: CREATED}) { edges { node { ${node} } } } }`, { after: c.hub })];
  const pglPage = (node: string) =>
    pgl && [gqlReq(pgl, `query($after: Cursor) { allHolders(first: ${PAGE}, after: $after, orderBy: PRIMARY_KEY_ASC) { nodes { ${node} } } }`, { after: c.pgl })];
  const sqlPage = (name: string) => sql && [{ method: 'GET' as const, path: `/${name}?after=${c.sqlAfter}&first=${PAGE}`, headers: {} }];
  const flatHub = 'tin name kind regionCode registrationStatus';
  const flatPgl = 'tin nameRu kind regionCode registrationStatus';
  regionOfAlias.clear();
  regions.forEach((r, i) => regionOfAlias.set(`r${i}`, r));
  const counts = [...regionOfAlias].map(([alias, r]) => `${alias}: allHolders(condition: {regionCode: ${r === null ? 'null' : JSON.stringify(r)}}) { totalCount }`);
  return [
    {
      key: 'a',
      paged: true,
      title: `${PAGE} holders, flat`,
      requests: { hub: hubPage(flatHub), PostGraphile: pglPage(flatPgl), SQL: sqlPage('flat') },
    },
    {
      key: 'b',
      paged: true,
      title: '+ arrays, systems',
      requests: {
        hub: hubPage(`${flatHub} personalDataArrays { name subjectCount } informationSystems { name threatType }`),
        PostGraphile: pglPage(`${flatPgl} personalDataArraysByHolderId { nodes { name subjectCount } } informationSystemsByHolderId { nodes { name threatType } }`),
        SQL: sqlPage('nested'),
      },
    },
    {
      key: 'c',
      paged: true,
      title: 'arrays → systems (join table)',
      requests: {
        hub: hubPage('tin personalDataArrays { name informationSystems { name threatType } }'),
        PostGraphile: pglPage(
          'tin personalDataArraysByHolderId { nodes { name informationSystemArraysByPersonalDataArrayId { nodes { informationSystemByInformationSystemId { name threatType } } } } }',
        ),
        SQL: sqlPage('join'),
      },
    },
    {
      key: 'd',
      paged: false,
      title: 'holders per region',
      requests: {
        hub: [gqlReq(hub, '{ holderBreakdown(by: REGION) { key holders } }')],
        PostGraphile: pgl && [gqlReq(pgl, `{ ${counts.join(' ')} }`)],
        SQL: sql && [{ method: 'GET', path: '/dashboard', headers: {} }],
      },
      note: `PostGraphile (no aggregates in amber): one allHolders(condition: {regionCode}) { totalCount } per region, ${regions.length} aliases`,
    },
    {
      key: 'e',
      paged: false,
      title: `obligations, ${tins.length} holders`,
      requests: {
        hub: tins.map((tin) => gqlReq(hub, 'query($tin: String!) { obligations(holderTin: $tin) { applies requirement { code } target { type name } } }', { tin })),
        PostGraphile: null,
        SQL: null,
      },
      note: `one holder per request, each connection cycling through ${tins.length} holders (rule evaluation: no PostGraphile or SQL equivalent)`,
    },
  ];
}

/**
 * Every request of a shape, once, before any load: the reason when one is not a proper answer, or
 * when the first one differs from the hub's (`hubData`; PostGraphile's without TINs, which the walk
 * checked). Returns the first answer's data.
 */
export async function precheck(shape: Shape, s: Server, reqs: Req[], hubData: unknown): Promise<{ problem?: string; data?: unknown }> {
  let first: unknown;
  for (const r of reqs) {
    const { data, problem } = await answer(s, r);
    if (problem) return { problem };
    if (shape.paged) {
      const n = s.name === 'PostGraphile' ? data.allHolders.nodes.length : data.holders.edges.length;
      if (n !== PAGE) return { problem: `${n} holders instead of ${PAGE}` };
    }
    first ??= data;
  }
  if (hubData !== undefined) {
    const withTin = s.name !== 'PostGraphile';
    const mine = comparable(shape.key, s.name, first, withTin);
    const theirs = comparable(shape.key, 'hub', hubData, withTin);
    if (s.name === 'PostGraphile' && Array.isArray(mine) && Array.isArray(theirs)) {
      // PostGraphile is asked for nameRu only; the hub falls back to ky/en where there is none.
      mine.forEach((row: HolderRow, i) => {
        if (row.name !== null || !theirs[i]) return;
        delete row.name;
        delete (theirs[i] as HolderRow).name;
      });
    }
    const diff = mine === null ? null : firstDifference(theirs, mine);
    if (diff) return { problem: `answers differently from the hub: ${diff}` };
  }
  return { data: first };
}

function firstDifference(a: unknown, b: unknown): string | null {
  if (JSON.stringify(a) === JSON.stringify(b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${a.length} items vs ${b.length}`;
    const i = a.findIndex((x, k) => JSON.stringify(x) !== JSON.stringify(b[k]));
    return `item ${i}: hub ${JSON.stringify(a[i]).slice(0, 300)} vs ${JSON.stringify(b[i]).slice(0, 300)}`;
  }
  return `hub ${JSON.stringify(a).slice(0, 300)} vs ${JSON.stringify(b).slice(0, 300)}`;
}
