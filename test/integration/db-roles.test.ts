// Least privilege in the database: the app role the hub serves as can write the Registry through
// GraphQL and imports, but cannot change or remove audit entries, not even with the tricks that
// defeat the append-only trigger for an owner (disabling it, session_replication_role).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, type Context } from '../../src/context.js';
import type { Viewer } from '../../src/domain/access/roles.js';
import { writeDemoJsonl } from '../../src/demo/load-demo.js';
import { openOrm } from '../../src/db/orm.js';
import type { Logger } from '../../src/logger.js';
import { createApiKey, OPERATOR, resolveViewer, rotateDemoKeys } from '../../src/modules/auth/api-key.service.js';
import { importRegistry } from '../../src/modules/registry-import/import-registry.js';
import { buildServedSchema } from '../../src/schema.js';
import { createApolloServer } from '../../src/server.js';
import { AddArrayDocument, RegisterHolderDocument } from '../__generated__/graphql.js';
import { nextTin } from '../factories/registry.js';
import { asAppRole, cloneTemplate } from '../support/app-role.js';
import { loggedLine } from '../support/test-hub.js';

let db: Awaited<ReturnType<typeof cloneTemplate>>;
let app: pg.Client;
let orm: MikroORM;
let apollo: ApolloServer<Context>;
const logged: string[] = [];

beforeAll(async () => {
  db = await cloneTemplate();
  app = new pg.Client({ connectionString: asAppRole(db.url) });
  await app.connect();
  orm = await openOrm(asAppRole(db.url));
  const logger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: (m, e) => logged.push(loggedLine(m, e)) };
  apollo = createApolloServer(await buildServedSchema(), logger);
  await apollo.start();
});
afterAll(async () => {
  await apollo?.stop();
  await orm?.close();
  await app?.end();
  await db?.drop();
});

/** The SQLSTATE of a refused statement (or null when it ran). */
const refusal = (sql: string) =>
  app.query(sql).then(
    () => null,
    (e: { code?: string }) => e.code,
  );

async function run<D, V>(doc: TypedDocumentNode<D, V>, variables: V, viewer: Viewer) {
  const res = await apollo.executeOperation<D, V & Record<string, unknown>>(
    { query: doc, variables: variables as V & Record<string, unknown> },
    { contextValue: createContext(orm, viewer) },
  );
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return res.body.singleResult;
}

describe('the app role', () => {
  it('is neither superuser nor owner of anything, and cannot become either', async () => {
    const { rows } = await app.query(
      `select current_user as "user", rolsuper, rolcreaterole, rolcreatedb, rolbypassrls,
              (select count(*)::int from pg_class c where c.relowner = r.oid) as owned
         from pg_roles r where rolname = current_user`,
    );
    expect(rows[0]).toEqual({ user: 'hub_app', rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, owned: 0 });
    expect(await refusal('set role postgres')).toBe('42501');
    expect(await refusal('create table app_made (id int)')).toBe('42501');
  });

  it('may read and append penalty decisions, but not rewrite or delete them', async () => {
    expect(await refusal('select count(*) from penalty_decision')).toBeNull();
    expect(await refusal(`update penalty_decision set fine_indicators = 0`)).toBe('42501');
    expect(await refusal('delete from penalty_decision')).toBe('42501');
    expect(await refusal('truncate penalty_decision')).toBe('42501');
  });

  it('may read and append audit entries, but not update, delete or truncate them', async () => {
    expect(await refusal('select count(*) from audit_log_entry')).toBeNull();
    expect(await refusal(`insert into audit_log_entry (actor_role, action, entity_type, changes) values ('ADMIN', 'TEST', 'Test', '{}')`)).toBeNull();
    expect(await refusal(`update audit_log_entry set reason = 'rewritten'`)).toBe('42501');
    expect(await refusal('delete from audit_log_entry')).toBe('42501');
    expect(await refusal('truncate audit_log_entry')).toBe('42501');
  });

  it('cannot disable the append-only trigger or skip triggers for its session', async () => {
    expect(await refusal('alter table audit_log_entry disable trigger audit_log_entry_no_update_delete')).toBe('42501');
    expect(await refusal('alter table audit_log_entry disable trigger all')).toBe('42501');
    expect(await refusal('drop trigger audit_log_entry_no_update_delete on audit_log_entry')).toBe('42501');
    expect(await refusal('set session_replication_role = replica')).toBe('42501');
    await app.query('begin');
    expect(await refusal('set local session_replication_role = replica')).toBe('42501');
    await app.query('rollback');
    expect(await refusal('select * from mikro_orm_migrations')).toBe('42501'); // migrations are the owner's
  });

  it('serves GraphQL writes, imports and key rotation, each audited', async () => {
    const audited = async () => Number((await app.query('select count(*) from audit_log_entry')).rows[0].count);
    const before = await audited();
    const { key } = await createApiKey(orm.em, { name: 'roles test', role: 'INSPECTOR' });
    const inspector = await resolveViewer(orm.em.fork(), `Bearer ${key}`);

    const registered = await run(
      RegisterHolderDocument,
      { input: { tin: nextTin(), kind: 'COMMERCIAL_ORGANISATION', nameRu: 'ОсОО «Роли»', regionCode: 'KG-GB', sectorKey: 'finance.banking' } },
      inspector,
    );
    expect(registered.errors).toBeUndefined();
    const array = await run(
      AddArrayDocument,
      {
        input: {
          holderId: registered.data!.registerHolder.holder.id,
          name: 'Кадры',
          purposes: ['Кадровый учёт'],
          dataCategories: ['ordinary.identity.full_name'],
          subjectCategories: ['employee'],
          media: ['ELECTRONIC_DATABASE'],
        },
      },
      inspector,
    );
    expect(array.errors).toBeUndefined();

    const dir = mkdtempSync(join(tmpdir(), 'hub-roles-'));
    try {
      const file = join(dir, 'demo.jsonl');
      await writeDemoJsonl(file, { holders: 5, seed: 3 });
      const report = await importRegistry(orm.em, OPERATOR, file); // ANALYZE included
      expect(report.holders.inserted).toBe(5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect((await rotateDemoKeys(orm.em)).length).toBeGreaterThan(0);
    // key, holder, array, import, 5 demo keys (at least): all appended by the app role
    expect((await audited()) - before).toBeGreaterThanOrEqual(9);
    expect(logged).toEqual([]);
  });
});
