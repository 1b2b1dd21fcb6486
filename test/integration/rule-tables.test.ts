// Rule tables as dated, audited versions, and "unknown is not weakest", through GraphQL on the real
// database: reloading a changed table adds a version from a later date (earlier answers unchanged,
// later ones use it, the load audited with the file's SHA-256); a stored version cannot be edited;
// a state system with biometric arrays and no threat type is UNDETERMINED, not level 4.
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../src/domain/access/roles.js';
import { toGlobalId } from '../../src/graphql/node.js';
import { SEEDS_DIR } from '../../src/paths.js';
import { seedReferenceData } from '../../src/seeding/seed.js';
import { SeedError } from '../../src/seeding/seed-error.js';
import { makeArray, makeHolder, makeSystem } from '../factories/registry.js';
import { registrySince } from '../support/registry-history.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

const doc = <D = any, V = Record<string, unknown>>(source: string) => parse(source) as unknown as TypedDocumentNode<D, V>; // eslint-disable-line @typescript-eslint/no-explicit-any

const RISK = doc(`query ($tin: String!, $asOf: Date) { holder(tin: $tin) { riskDegree(asOf: $asOf) { degree points reasons table factors { id points } } } }`);
const LEVEL = doc(`query ($id: ID!, $asOf: Date) { informationSystem(id: $id) { protectionLevel(asOf: $asOf) {
  level table rowId verified reasons determination missingFacts tableVersion { code version validFrom label } } } }`);
const TABLES = doc(`query ($code: String, $asOf: Date) { ruleTables(code: $code, asOf: $asOf) { code kind sourceAct
  versions { version validFrom validTo verified whenFactsMissing file fileSha256 loadedBy label } inForce { version label } } }`);
const AUDIT = doc(`query { auditLog(first: 20, filter: { action: "RULE_TABLE_VERSION_ADDED" }) { edges { node { entityType entityId actorRole changes reason } } } }`);

const RISK_CODE = 'kg.res108.ch25.risk-points';
const RISK_FILE = join('rule-tables', 'res108-risk-points.yaml');
const V1 = `${RISK_CODE} v1 (valid from 2022-12-07)`;
const V2 = `${RISK_CODE} v2 (valid from 2030-01-01)`;

let hub: TestHub;
let inspector: Viewer;
let dir: string;
let business: { tin: string };
let stateSystemId: number;
let stateTin: string;
let stateId: number;

/** A copy of the real seeds whose risk table gets a version 2 valid from 2030 where every holder is HIGH. */
function seedsWithRiskVersion2(): { seeds: string; sha256: string } {
  const seeds = join(dir, `seeds-${Math.random().toString(36).slice(2)}`);
  cpSync(SEEDS_DIR, seeds, { recursive: true });
  const file = join(seeds, RISK_FILE);
  const source = readFileSync(file, 'utf8');
  const v2 = `
  - version: 2
    validFrom: 2030-01-01
    whenFactsMissing: STRICTEST
    verified: false
    note: Test version - every holder HIGH from 2030.
    default: { HIGH: 0, MEDIUM: 0 }
    rows:
      - id: any-holder
        result: 1
        when: { fact: target.type, op: eq, value: HOLDER }
`;
  writeFileSync(file, source.trimEnd() + '\n' + v2);
  return { seeds, sha256: createHash('sha256').update(readFileSync(file)).digest('hex') };
}

beforeAll(async () => {
  hub = await startTestHub();
  inspector = await hub.viewerFor('INSPECTOR');
  dir = mkdtempSync(join(tmpdir(), 'hub-rule-tables-'));
  const b = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Малая лавка»', staffCount: 3 });
  await makeArray(hub.orm.em, b.id, { subjectCount: 3 });
  business = { tin: b.tin };
  const s = await makeHolder(hub.orm.em, { kind: 'STATE_BODY', nameRu: 'Государственная регистрационная служба', sectorKey: 'public_administration.central' });
  const biometric = await makeArray(hub.orm.em, s.id, {
    name: 'Биометрическая регистрация',
    purposes: ['Биометрическая регистрация граждан'],
    dataCategories: ['biometric.fingerprint', 'biometric.facial_image'],
    subjectCategories: ['citizen_state_services'],
    subjectCount: 4_000_000,
  });
  // The system records no category, count or threat type itself: it holds them through its array.
  const system = await makeSystem(hub.orm.em, s.id, [biometric.id], { name: 'ГИС «Биометрия»', isStateSystem: true, dataCategories: [], employeesOnly: false, threatType: null });
  stateSystemId = system.id;
  stateTin = s.tin;
  stateId = s.id;
  await registrySince(hub, '2010-01-01'); // the days asked about are before the fixtures were written
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await hub.close();
});

const riskOf = async (tin: string, asOf: string) => {
  const { data, errors } = await hub.execute(RISK, { tin, asOf }, inspector);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data.holder.riskDegree as { degree: string; points: number; reasons: string[]; factors: { id: string; points: number }[] };
};

describe('unknown is not weakest', () => {
  it('a state system with biometric arrays of millions and no threat type is UNDETERMINED, naming the missing fact and the table version', async () => {
    const { data, errors } = await hub.execute(LEVEL, { id: toGlobalId('InformationSystem', stateSystemId), asOf: '2025-01-01' }, inspector);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const pl = data.informationSystem.protectionLevel;
    expect(pl.level).not.toBe(4);
    expect(pl).toMatchObject({
      level: null, determination: 'UNDETERMINED', missingFacts: ['system.threatType'], table: 'kg.res760.protection-level', rowId: null,
      tableVersion: { code: 'kg.res760.protection-level', version: 1, validFrom: '2017-11-21', label: 'kg.res760.protection-level v1 (valid from 2017-11-21)' },
    });
    expect(pl.reasons[0]).toBe('kg.res760.protection-level v1 (valid from 2017-11-21): UNDETERMINED, missing system.threatType');
    // The facts read include what the system took from its array.
    expect(pl.reasons.join('\n')).toContain('data.classes=["biometric"]');
    expect(pl.reasons.join('\n')).toContain('subjects.count=4000000');
    expect(pl.reasons.join('\n')).toContain('system.threatType=UNKNOWN');
  });

  it('the holder’s risk takes the strictest degree its points table allows for the undetermined level, and says so', async () => {
    const r = await riskOf(stateTin, '2025-01-01');
    const text = r.reasons.join('\n');
    expect(text).toContain(V1);
    expect(text).toContain('(risk.highestProtectionLevel)');
    expect(text).toMatch(/system \d+ UNDETERMINED \(missing system\.threatType\)/);
  });
});

describe('the inspection plan', () => {
  it('names the points-table version its ranking used', async () => {
    const PLAN = doc(`query ($input: InspectionPlanInput!) { inspectionPlan(input: $input) { entries { holderId reasons } } }`);
    const { data, errors } = await hub.execute(PLAN, { input: { year: 2027, track: 'STATE', capacity: 100 } }, inspector);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const entry = data.inspectionPlan.entries.find((e: { holderId: string }) => e.holderId === toGlobalId('Holder', stateId));
    expect(entry.reasons.join('\n')).toMatch(/risk degree by kg\.res108\.ch25\.risk-points v\d+ \(valid from \d{4}-\d{2}-\d{2}\)/); // the plan is for today: no fixed version
  });
});

describe('rule tables as dated versions', () => {
  let before2025: Awaited<ReturnType<typeof riskOf>>;
  let before2030: Awaited<ReturnType<typeof riskOf>>;
  let sha256: string;
  let seeds: string;

  beforeAll(async () => {
    before2025 = await riskOf(business.tin, '2025-01-01');
    before2030 = await riskOf(business.tin, '2030-06-01');
    ({ seeds, sha256 } = seedsWithRiskVersion2());
  });

  it('answers by version 1 before the reload, and names it', () => {
    expect(before2025.reasons[0]).toContain(V1);
    expect(before2030.reasons[0]).toContain(V1);
    expect(before2030.degree).not.toBe('HIGH');
  });

  it('a reload with a version valid from a later date leaves the earlier date unchanged and changes the later one', async () => {
    process.env.HUB_SEED_OPERATOR = 'analyst.test';
    try {
      const report = await seedReferenceData(hub.orm.em, seeds);
      expect(report.ruleTables).toMatchObject({ ruleTables: 2, versions: 3, added: 1 });
    } finally {
      delete process.env.HUB_SEED_OPERATOR;
    }
    expect(await riskOf(business.tin, '2025-01-01')).toEqual(before2025);
    const later = await riskOf(business.tin, '2030-06-01');
    expect(later).toMatchObject({ degree: 'HIGH', points: 1, factors: [{ id: 'any-holder', points: 1 }] });
    expect(later.reasons[0]).toContain(V2);
    expect(await riskOf(business.tin, '2029-12-31')).toEqual({ ...before2030 });
  });

  it('audits the load: who, which file and its SHA-256', async () => {
    const { data, errors } = await hub.execute(AUDIT, {}, await hub.viewerFor('ADMIN'));
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const entries = data.auditLog.edges.map((e: { node: unknown }) => e.node) as { entityId: string; changes: Record<string, { after: unknown }>; reason: string; actorRole: string }[];
    const v2 = entries.find((e) => e.entityId === `${RISK_CODE}@v2`)!;
    expect(v2).toBeDefined();
    expect(v2.changes.fileSha256!.after).toBe(sha256);
    expect(v2.changes.file!.after).toMatch(/rule-tables\/res108-risk-points\.yaml$/);
    expect(v2.changes.validFrom!.after).toBe('2030-01-01');
    expect(v2.changes.operator!.after).toMatch(/^analyst\.test \(database role /);
    expect(v2.reason).toContain(sha256);
  });

  it('lists the versions through GraphQL, each with its file hash, and the one in force on a date', async () => {
    const { data, errors } = await hub.execute(TABLES, { code: RISK_CODE, asOf: '2030-01-01' });
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const [t] = data.ruleTables;
    expect(t).toMatchObject({ code: RISK_CODE, kind: 'RISK_POINTS', inForce: { version: 2, label: V2 } });
    expect(t.versions.map((v: { version: number; validFrom: string; validTo: string | null }) => [v.version, v.validFrom, v.validTo])).toEqual([
      [1, '2022-12-07', '2030-01-01'],
      [2, '2030-01-01', null],
    ]);
    expect(t.versions[1].fileSha256).toBe(sha256);
    const { data: old } = await hub.execute(TABLES, { code: RISK_CODE, asOf: '2029-12-31' });
    expect(old.ruleTables[0].inForce.version).toBe(1);
  });

  it('is idempotent: the same files again add no version and no audit entry', async () => {
    const count = async () => (await hub.orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from audit_log_entry where action = 'RULE_TABLE_VERSION_ADDED'`))[0]!.n;
    const n = await count();
    const report = await seedReferenceData(hub.orm.em, seeds);
    expect(report.ruleTables).toMatchObject({ added: 0, changed: 0 });
    expect(await count()).toBe(n);
  });

  it('refuses to edit a stored version, naming the file and the version', async () => {
    const file = join(seeds, RISK_FILE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('default: { HIGH: 60, MEDIUM: 30 }', 'default: { HIGH: 50, MEDIUM: 30 }'));
    const error = (await seedReferenceData(hub.orm.em, seeds).catch((e: unknown) => e)) as SeedError;
    expect(error).toBeInstanceOf(SeedError);
    expect(error.file).toMatch(/res108-risk-points\.yaml$/);
    expect(error.path).toBe('versions[0]');
    expect(error.reason).toContain('cannot be edited');
    expect((await riskOf(business.tin, '2025-01-01'))).toEqual(before2025);
  });

  it('refuses to drop a stored version', async () => {
    const { seeds: fresh } = seedsWithRiskVersion2();
    cpSync(join(SEEDS_DIR, RISK_FILE), join(fresh, RISK_FILE)); // the original file: version 1 only
    const error = (await seedReferenceData(hub.orm.em, fresh).catch((e: unknown) => e)) as SeedError;
    expect(error).toBeInstanceOf(SeedError);
    expect(error.reason).toContain('version 2 (valid from 2030-01-01)');
  });

  it('refuses a points table that would answer an UNDETERMINED degree the API cannot carry yet', async () => {
    const { seeds: fresh } = seedsWithRiskVersion2();
    const file = join(fresh, RISK_FILE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('whenFactsMissing: STRICTEST', 'whenFactsMissing: UNDETERMINED'));
    const error = (await seedReferenceData(hub.orm.em, fresh).catch((e: unknown) => e)) as SeedError;
    expect(error).toBeInstanceOf(SeedError);
    expect(error.path).toBe('versions[0].whenFactsMissing');
  });

  it('the database refuses to change or delete a version, even for its owner', async () => {
    await expect(hub.orm.em.fork().execute(`update rule_table_version set verified = true`)).rejects.toThrow();
    const owner = new pg.Client({ connectionString: hub.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query(`delete from rule_table_version`)).rejects.toThrow(/append-only/);
    } finally {
      await owner.end();
    }
  });
});
