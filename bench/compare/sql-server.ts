// Child process of `npm run bench:compare`: the floor of the comparison. Each shape is ONE
// hand-written SQL statement that builds the whole JSON answer in PostgreSQL (the same JSON the hub
// gives an ANALYST: an entrepreneur's TIN is null, the name falls back ru → ky → en), sent as is by
// node:http. GET /<shape>?after=<holder id>&first=<n>. Pool of 10 like the hub's; SQL_DATABASE_URL,
// PORT. It exits when its parent's stdin pipe closes, so a parent killed with -9 leaves no server.
import { createServer } from 'node:http';
import { serveAsChild } from './child-server.js';
import pg from 'pg';

const connectionString = process.env.SQL_DATABASE_URL;
const port = Number(process.env.PORT);
if (!connectionString || !Number.isInteger(port)) {
  process.stderr.write('SQL_DATABASE_URL and PORT are required\n');
  process.exit(2);
}

const page = `with h as (select id, tin, kind, name_ru, name_ky, name_en, region_code, registration_status
                         from holder where id > $1 order by id limit $2)`;
const tin = `'tin', case when h.kind = 'INDIVIDUAL_ENTREPRENEUR' then null else h.tin end`;
const flat = `${tin}, 'name', coalesce(h.name_ru, h.name_ky, h.name_en), 'kind', h.kind,
              'regionCode', h.region_code, 'registrationStatus', h.registration_status`;
const arrays = (fields: string) =>
  `coalesce((select json_agg(json_build_object(${fields}) order by a.id) from personal_data_array a where a.holder_id = h.id), '[]'::json)`;
const holderSystems = `coalesce((select json_agg(json_build_object('name', s.name, 'threatType', s.threat_type) order by s.id)
                                 from information_system s where s.holder_id = h.id), '[]'::json)`;
const arraySystems = `coalesce((select json_agg(json_build_object('name', s.name, 'threatType', s.threat_type) order by s.id)
                                from information_system_array j join information_system s on s.id = j.information_system_id
                                where j.personal_data_array_id = a.id), '[]'::json)`;
const holders = (node: string) =>
  `${page} select json_build_object('data', json_build_object('holders', json_build_object('edges',
     coalesce(json_agg(json_build_object('node', json_build_object(${node})) order by h.id), '[]'::json))))::text as body from h`;

/** One statement per shape; `paged` ones take ($1 after id, $2 first). */
export const STATEMENTS: Record<string, { text: string; paged: boolean }> = {
  flat: { paged: true, text: holders(flat) },
  nested: {
    paged: true,
    text: holders(`${flat}, 'personalDataArrays', ${arrays(`'name', a.name, 'subjectCount', a.subject_count`)}, 'informationSystems', ${holderSystems}`),
  },
  join: { paged: true, text: holders(`${tin}, 'personalDataArrays', ${arrays(`'name', a.name, 'informationSystems', ${arraySystems}`)}`) },
  dashboard: {
    paged: false,
    text: `select json_build_object('data', json_build_object('holderBreakdown',
             coalesce(json_agg(json_build_object('key', key, 'holders', holders) order by holders desc, key), '[]'::json)))::text as body
           from (select region_code as key, count(*)::int as holders from holder group by 1) t`,
  },
};

const pool = new pg.Pool({ connectionString, max: 10 });
pool.on('error', () => {}); // an idle client dropped by the server: the next query reconnects

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const name = url.pathname.slice(1);
  const statement = STATEMENTS[name];
  const send = (status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  };
  if (!statement) return send(404, JSON.stringify({ errors: [{ message: `unknown shape ${name}` }] }));
  const values = statement.paged ? [Number(url.searchParams.get('after') ?? 0), Number(url.searchParams.get('first') ?? 50)] : [];
  pool.query<{ body: string }>({ name, text: statement.text, values }).then(
    (r) => send(200, r.rows[0]!.body),
    (e: Error) => send(500, JSON.stringify({ errors: [{ message: e.message }] })),
  );
});
await serveAsChild(server, port, () => pool.end());
