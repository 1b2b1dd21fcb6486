// Prints latencies of the hot read paths through the real HTTP server, next to the same query in
// hand-written SQL: keyset pages of holders (first and 50th page), the nested
// holders → arrays → systems page, and the compliance distribution over the whole Registry.
//   npm run demo-data -- --holders 100000 && npm run bench:api
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { createApiKey } from '../src/modules/auth/api-key.service.js';
import { createLogger } from '../src/logger.js';
import { buildServedSchemas } from '../src/schema.js';
import { createHttpServer } from '../src/server.js';
import { withHubDatabase } from '../scripts/cli.js';

const PAGES = Number(process.env.BENCH_PAGES ?? 50);
const ms = (t0: number) => performance.now() - t0;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!.toFixed(1);
  return `p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, n=${s.length}`;
};

await withHubDatabase(async (orm) => {
  const { key } = await createApiKey(orm.em, { name: 'bench analyst', role: 'ANALYST' });
  const server = await createHttpServer({ schemas: await buildServedSchemas(), orm, logger: createLogger('error') });
  await new Promise<void>((r) => server.httpServer.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/graphql`;
  const gql = async (query: string, variables: object = {}) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const walk = async (query: string) => {
    const times: number[] = [];
    let after: string | null = null;
    for (let i = 0; i < PAGES; i++) {
      const t0 = performance.now();
      const data = await gql(query, { after });
      times.push(ms(t0));
      after = data.holders.pageInfo.endCursor;
    }
    return times;
  };
  const flat = `query($after: String) { holders(first: 100, after: $after) { pageInfo { endCursor } edges { node { id tin name(lang: RU) registryNumber registrationStatus } } } }`;
  const nested = `query($after: String) { holders(first: 100, after: $after) { pageInfo { endCursor } edges { node { tin personalDataArrays { name informationSystems { name } } } } } }`;
  await walk(flat); // warm up
  const flatTimes = await walk(flat);
  const nestedTimes = await walk(nested);

  const sqlTimes: number[] = [];
  let cursor: [string, number] | null = null;
  const em = orm.em.fork();
  for (let i = 0; i < PAGES; i++) {
    const t0 = performance.now();
    const rows: { sort_name: string; id: number }[] = await em.execute(
      `select id, tin, coalesce(name_ru, name_ky) as name, registry_number, registration_status, sort_name from holder
       ${cursor ? 'where (sort_name, id) > (?, ?)' : ''} order by sort_name, id limit 100`,
      cursor ?? [],
    );
    sqlTimes.push(ms(t0));
    cursor = [rows.at(-1)!.sort_name, rows.at(-1)!.id];
  }
  const t0 = performance.now();
  const dist = await gql('{ complianceDistribution { status holders } }');
  const distMs = ms(t0);
  const t1 = performance.now();
  const total = await gql('{ holders(first: 1) { totalCount } }');
  const countMs = ms(t1);
  const t2 = performance.now();
  await gql('{ holderBreakdown(by: REGION) { key holders } }');
  const breakdownMs = ms(t2);
  const t3 = performance.now();
  await gql('{ registrationsPerMonth(from: "2023-01-01", to: "2026-12-31") { month registered } }');
  const trendMs = ms(t3);

  process.stdout.write(
    [
      `holders: ${total.holders.totalCount} (totalCount in ${countMs.toFixed(1)} ms)`,
      `GraphQL holders(first: 100), ${PAGES} keyset pages: ${stats(flatTimes)}; page 1 ${flatTimes[0]!.toFixed(1)} ms, page ${PAGES} ${flatTimes.at(-1)!.toFixed(1)} ms`,
      `GraphQL holders → arrays → systems, ${PAGES} pages: ${stats(nestedTimes)}`,
      `hand-written SQL, same flat pages: ${stats(sqlTimes)}`,
      `complianceDistribution over all holders: ${distMs.toFixed(1)} ms ${JSON.stringify(dist.complianceDistribution)}`,
      `holderBreakdown(by: REGION): ${breakdownMs.toFixed(1)} ms; registrationsPerMonth over 4 years: ${trendMs.toFixed(1)} ms`,
    ].join('\n') + '\n',
  );
  await server.stop();
});
