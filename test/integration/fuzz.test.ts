// A seeded, bounded fuzz run over every root field and argument of schema/schema.graphql (sent to
// /graphql) and of federation's `_entities` and `_service` (sent to /subgraph), over real HTTP by
// every role: no answer may be INTERNAL_SERVER_ERROR, HTML, a 5xx, or leak SQL, a stack or a path,
// and the hub still answers a simple query afterwards.
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoRegistry } from '../../src/demo/load-demo.js';
import { Prng } from '../../src/demo/prng.js';
import { toGlobalId } from '../../src/graphql/node.js';
import { createApiKey, OPERATOR } from '../../src/modules/auth/api-key.service.js';
import { SCHEMA_FILE } from '../../src/paths.js';
import { buildServedSchemas } from '../../src/schema.js';
import { fuzzOperations, type KnownValues } from '../support/fuzz-operations.js';
import { LEAKS, startHttpHub, type HttpHub } from '../support/http-hub.js';

const SEED = 20261201;
const PER_FIELD = 8;
/** Root fields only the subgraph endpoint serves. */
const FEDERATION = new Set(['_entities', '_service']);

let h: HttpHub;
let keys: (string | undefined)[];
let known: KnownValues;
beforeAll(async () => {
  h = await startHttpHub();
  await loadDemoRegistry(h.hub.orm.em, OPERATOR, { holders: 30 });
  const em = h.hub.orm.em.fork();
  const holders = await em.execute<{ id: number; tin: string }[]>('select id, tin from holder order by id limit 10');
  const arrays = await em.execute<{ id: number }[]>('select id from personal_data_array order by id limit 5');
  const systems = await em.execute<{ id: number }[]>('select id from information_system order by id limit 5');
  const acts = await em.execute<{ code: string }[]>('select code from legal_act order by code limit 8');
  const reqs = await em.execute<{ code: string }[]>('select code from requirement order by code limit 8');
  known = {
    tins: holders.map((r) => r.tin),
    ids: [...holders.map((r) => toGlobalId('Holder', r.id)), ...arrays.map((r) => toGlobalId('PersonalDataArray', r.id)), ...systems.map((r) => toGlobalId('InformationSystem', r.id))],
    codes: [...acts.map((r) => r.code), ...reqs.map((r) => r.code), 'kg/law/2008/58#art_17', 'kg/code-of-offences/2021/128#art_413-2'],
  };
  keys = [undefined];
  for (const role of ['ADMIN', 'INSPECTOR', 'ANALYST', 'PARTNER'] as const) keys.push((await createApiKey(h.hub.orm.em, { name: `fuzz ${role}`, role })).key);
  keys.push((await createApiKey(h.hub.orm.em, { name: 'fuzz holder', role: 'HOLDER', holderTin: holders[0]!.tin })).key);
});
afterAll(() => h.close());

describe('fuzzing every argument of the schema', () => {
  it('never answers INTERNAL_SERVER_ERROR, HTML, a 5xx or a leak', async () => {
    // The subgraph's schema: schema/schema.graphql plus federation's _entities and _service.
    const { subgraph } = await buildServedSchemas();
    const rng = new Prng(SEED);
    const ops = fuzzOperations(subgraph, rng, known, PER_FIELD);
    const committed = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const roots = [...Object.keys(committed.getQueryType()!.getFields()), ...Object.keys(committed.getMutationType()!.getFields()), '_entities'];
    expect(roots.filter((r) => !ops.some((o) => o.root === r))).toEqual([]);
    const codes = new Map<string, number>();
    const failures: string[] = [];
    let answered = 0;
    // Two clients at a time, as a small burst would be.
    for (let i = 0; i < ops.length; i += 2) {
      await Promise.all(
        ops.slice(i, i + 2).map(async (op) => {
          const key = rng.pick(keys);
          const res = await (FEDERATION.has(op.root) ? h.subgraph : h).raw(JSON.stringify({ query: op.query, variables: op.variables }), {
            'content-type': 'application/json',
            ...(key ? { authorization: `Bearer ${key}` } : {}),
          });
          const body = /json/.test(res.type) ? (JSON.parse(res.text) as { errors?: { extensions?: { code?: string } }[] }) : null;
          for (const e of body?.errors ?? []) codes.set(e.extensions?.code ?? 'NONE', (codes.get(e.extensions?.code ?? 'NONE') ?? 0) + 1);
          if (body && !body.errors) answered++;
          if (!body) codes.set('NOT_JSON', (codes.get('NOT_JSON') ?? 0) + 1);
          const bad = !body || res.status >= 500 || LEAKS.test(res.text) || body.errors?.some((e) => !e.extensions?.code || e.extensions.code === 'INTERNAL_SERVER_ERROR');
          if (bad) failures.push(`${op.root} ${res.status} ${res.text.slice(0, 300)} ← ${JSON.stringify(op.variables).slice(0, 300)}`);
        }),
      );
    }
    // The totals go to the log so a reviewer sees what the run exercised.
    process.stdout.write(`fuzz: ${ops.length} requests, ${answered} answered with data and no error, error codes ${JSON.stringify(Object.fromEntries([...codes].sort()))}\n`);
    expect(failures).toEqual([]);
    expect(h.logged).toEqual([]);
    expect((await h.gql('{ legalAct(code: "kg/law/2008/58") { code } }')).body).toEqual({ data: { legalAct: { code: 'kg/law/2008/58' } } });
  });
});
