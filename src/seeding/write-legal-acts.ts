// Writes validated legal-act records. Each act carries a hash of its file record: an unchanged act
// is skipped whole, and changed rows are upserted with `WHERE … IS DISTINCT FROM`, so a second run
// of the same files rewrites no row (checked by a test through PostgreSQL's xmin).
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LegalActFile, ProvisionSeed } from './legal-act.schema.js';
import { versionsCovered, type LoadedAct } from './read-legal-acts.js';

export interface LegalActSeedReport {
  acts: number;
  versions: number;
  provisions: number;
  relations: number;
  /** Acts inserted or updated by this run (0 on a repeated run). */
  changedActs: number;
}

/** Deletes the rows of `actId` whose key is not in `keep` (the file no longer has them). */
async function deleteStale(em: EntityManager, table: string, actColumn: string, actId: number, keyColumn: string, keep: unknown[]) {
  const sql = `delete from ${table} where ${actColumn} = ?`;
  if (keep.length === 0) await em.execute(sql, [actId]);
  else await em.execute(`${sql} and ${keyColumn} not in (?)`, [actId, keep]);
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

function latestStatus(act: LegalActFile): string {
  return [...act.versions].sort((a, b) => b.versionDate.localeCompare(a.versionDate))[0]!.status;
}

async function upsertAct(em: EntityManager, act: LegalActFile, hash: string): Promise<{ id: number; changed: boolean }> {
  const rows = await em.execute<{ id: number }[]>(
    `insert into legal_act (code, type, number, adopted_on, issuer, current_status, seed_hash)
     values (?, ?, ?, ?, ?::jsonb, ?, ?)
     on conflict (code) do update set type = excluded.type, number = excluded.number, adopted_on = excluded.adopted_on,
       issuer = excluded.issuer, current_status = excluded.current_status, seed_hash = excluded.seed_hash, updated_at = now()
     where legal_act.seed_hash is distinct from excluded.seed_hash
     returning id`,
    [act.code, act.type, act.number ?? null, act.adoptedOn ?? null, json(act.issuer), latestStatus(act), hash],
  );
  if (rows[0]) return { id: rows[0].id, changed: true };
  const [existing] = await em.execute<{ id: number }[]>('select id from legal_act where code = ?', [act.code]);
  return { id: existing!.id, changed: false };
}

async function writeVersions(em: EntityManager, actId: number, act: LegalActFile): Promise<void> {
  for (const v of act.versions) {
    await em.execute(
      `insert into legal_act_version (act_id, version_date, status, in_force_from, in_force_to, titles, sources, verified, note)
       values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
       on conflict (act_id, version_date) do update set status = excluded.status, in_force_from = excluded.in_force_from,
         in_force_to = excluded.in_force_to, titles = excluded.titles, sources = excluded.sources,
         verified = excluded.verified, note = excluded.note
       where (legal_act_version.status, legal_act_version.in_force_from, legal_act_version.in_force_to, legal_act_version.titles,
              legal_act_version.sources, legal_act_version.verified, legal_act_version.note)
         is distinct from (excluded.status, excluded.in_force_from, excluded.in_force_to, excluded.titles,
              excluded.sources, excluded.verified, excluded.note)`,
      [actId, v.versionDate, v.status, v.inForceFrom ?? null, v.inForceTo ?? null, json(v.title), json(v.sources), v.verified, v.note ?? null],
    );
  }
  await deleteStale(em, 'legal_act_version', 'act_id', actId, 'version_date', act.versions.map((v) => v.versionDate));
}

/** The texts of a changed act, replaced whole (its hash changed, so they may have). */
async function writeTexts(em: EntityManager, actId: number, provisionId: number, p: ProvisionSeed, versions: string[]): Promise<number> {
  let n = 0;
  for (const t of p.texts ?? []) {
    for (const v of versionsCovered(t, versions)) {
      await em.execute(
        `insert into provision_text (provision_id, version_id, lang, heading, body, truncated, amended_by, verified, note, sources)
         select ?, id, ?, ?, ?, ?, ?, ?, ?, ?::jsonb from legal_act_version where act_id = ? and version_date = ?`,
        [provisionId, t.lang, t.heading ?? null, t.text, t.truncated, t.amendedBy ?? null, t.verified, t.note ?? null, json(t.sources), actId, v],
      );
      n++;
    }
  }
  return n;
}

async function writeProvisions(em: EntityManager, actId: number, act: LegalActFile): Promise<void> {
  await em.execute('delete from provision_text where version_id in (select id from legal_act_version where act_id = ?)', [actId]);
  const versions = act.versions.map((v) => v.versionDate);
  let position = 0;
  const seen: string[] = [];
  const visit = async (items: ProvisionSeed[], parentId: number | null): Promise<void> => {
    for (const p of items) {
      const [row] = await em.execute<{ id: number }[]>(
        `insert into provision (code, act_id, parent_id, e_id, kind, number, heading, summary, position, verified, sources)
         values (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?::jsonb)
         on conflict (act_id, e_id) do update set code = excluded.code, parent_id = excluded.parent_id, kind = excluded.kind,
           number = excluded.number, heading = excluded.heading, summary = excluded.summary, position = excluded.position,
           verified = excluded.verified, sources = excluded.sources
         returning id`,
        [`${act.code}#${p.eId}`, actId, parentId, p.eId, p.kind, p.number ?? null, json(p.heading), json(p.summary),
          position++, p.verified, json(p.sources ?? [])],
      );
      seen.push(p.eId);
      await writeTexts(em, actId, row!.id, p, versions);
      await visit(p.children ?? [], row!.id);
    }
  };
  await visit(act.provisions, null);
  await deleteStale(em, 'provision', 'act_id', actId, 'e_id', seen);
}

async function writeRelations(em: EntityManager, actId: number, act: LegalActFile): Promise<void> {
  const ids: number[] = [];
  for (const r of act.relations) {
    const [targetCode, targetEId] = r.target.split('#') as [string, string | undefined];
    const [row] = await em.execute<{ id: number }[]>(
      `insert into legal_relation (type, source_act_id, source_provision_id, target_act_id, target_provision_id, note)
       select ?, ?, (select id from provision where act_id = ? and e_id = ?), t.id,
              (select id from provision where act_id = t.id and e_id = ?), ?
       from legal_act t where t.code = ?
       on conflict (type, source_act_id, coalesce(source_provision_id, 0), target_act_id, coalesce(target_provision_id, 0))
       do update set note = excluded.note
       returning id`,
      [r.type, actId, actId, r.fromEId ?? null, targetEId ?? null, r.note ?? null, targetCode],
    );
    ids.push(row!.id);
  }
  await deleteStale(em, 'legal_relation', 'source_act_id', actId, 'id', ids);
}

/** Upserts every act; acts first so relations can point at any of them. */
export async function writeLegalActs(em: EntityManager, loaded: LoadedAct[]): Promise<LegalActSeedReport> {
  const changed: { id: number; act: LegalActFile }[] = [];
  for (const { act } of loaded) {
    const hash = createHash('sha256').update(JSON.stringify(act)).digest('hex');
    const { id, changed: isChanged } = await upsertAct(em, act, hash);
    if (!isChanged) continue;
    changed.push({ id, act });
    await writeVersions(em, id, act);
    await writeProvisions(em, id, act);
  }
  for (const { id, act } of changed) await writeRelations(em, id, act);
  const count = (list: ProvisionSeed[]): number => list.reduce((n, p) => n + 1 + count(p.children ?? []), 0);
  return {
    acts: loaded.length,
    versions: loaded.reduce((n, l) => n + l.act.versions.length, 0),
    provisions: loaded.reduce((n, l) => n + count(l.act.provisions), 0),
    relations: loaded.reduce((n, l) => n + l.act.relations.length, 0),
    changedActs: changed.length,
  };
}
