// Loads the sanction tables and the inspection rules as reference documents: validated whole,
// every act and article reference checked against the legal-act seeds, upserted by code and hash.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InspectionRulesFileSchema, SanctionsFileSchema } from './inspection-rules.schema.js';
import { actReferenceChecker, type LoadedAct } from './read-legal-acts.js';
import { SeedError } from './seed-error.js';
import { versionInForceOn } from '../domain/legal/versions.js';
import { parseYamlSeed, readYamlFolder } from './yaml-file.js';

export const SANCTIONS_DOC = 'sanctions';
export const INSPECTION_RULES_DOC = 'inspection-rules';

interface Doc {
  code: string;
  body: unknown;
}

/** One file per folder: seeds/sanctions/*.yaml and seeds/inspection-rules/*.yaml. */
export function readInspectionRules(dir: string, acts: LoadedAct[], root = process.cwd()): Doc[] {
  const check = actReferenceChecker(acts);
  const docs: Doc[] = [];
  const read = (folder: string) => readYamlFolder(join(dir, folder), root);
  for (const { file, source } of read('sanctions')) {
    const data = parseYamlSeed(file, source, SanctionsFileSchema);
    const codes = new Set(data.articles.map((a) => a.code));
    data.articles.forEach((a, i) => {
      check(file, `articles[${i}].code`, a.code);
      if (a.repeatCode && !codes.has(a.repeatCode)) throw new SeedError(file, `articles[${i}].repeatCode`, `no article ${a.repeatCode} in this file`);
    });
    data.caps.forEach((c, i) => check(file, `caps[${i}].provision`, c.provision));
    docs.push({ code: SANCTIONS_DOC, body: data });
  }
  for (const { file, source } of read('inspection-rules')) {
    const data = parseYamlSeed(file, source, InspectionRulesFileSchema);
    data.moratoria.forEach((m, i) => check(file, `moratoria[${i}].act`, m.act));
    data.limits.forEach((l, i) => {
      check(file, `limits[${i}].sourceAct`, l.sourceAct);
      // In-force bases only: limits rest on an act with a version in force on their validFrom (a draft never is).
      const act = acts.find((a) => a.act.code === l.sourceAct)!.act;
      if (!versionInForceOn(act.versions, l.validFrom)) {
        throw new SeedError(file, `limits[${i}].sourceAct`, `${l.sourceAct} has no version in force on ${l.validFrom}; inspection limits must rest on an act in force (drafts only as scenarios)`);
      }
    });
    docs.push({ code: INSPECTION_RULES_DOC, body: data });
  }
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.code)) throw new SeedError(d.code, '', `more than one ${d.code} file`);
    seen.add(d.code);
  }
  return docs;
}

export async function writeReferenceDocuments(em: EntityManager, docs: Doc[]): Promise<{ documents: number; changed: number }> {
  let changed = 0;
  for (const d of docs) {
    const rows = await em.execute(
      `insert into reference_document (code, body, seed_hash) values (?, ?::jsonb, ?)
       on conflict (code) do update set body = excluded.body, seed_hash = excluded.seed_hash
       where reference_document.seed_hash is distinct from excluded.seed_hash returning id`,
      [d.code, JSON.stringify(d.body), createHash('sha256').update(JSON.stringify(d.body)).digest('hex')],
    );
    changed += rows.length;
  }
  return { documents: docs.length, changed };
}
