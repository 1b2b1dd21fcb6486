// Loads seeds/taxonomies/*.yaml: validated as a whole first, then upserted by (taxonomy, key) with a
// per-term hash so an unchanged term is never rewritten. Terms are never deleted: their keys may be
// stored in Registry records (retire a term by editing it, not by removing it).
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SeedError } from './seed-error.js';
import { TaxonomyFileSchema, type TaxonomyFile } from './taxonomy.schema.js';
import { parseYamlSeed, readYamlFolder } from './yaml-file.js';

export interface TaxonomySeedReport {
  terms: number;
  changedTerms: number;
}

export function readTaxonomies(dir: string, root = process.cwd()): { file: string; data: TaxonomyFile }[] {
  const loaded = readYamlFolder(dir, root).map(({ file, source }) => ({ file, data: parseYamlSeed(file, source, TaxonomyFileSchema) }));
  const owners = new Map<string, string>();
  for (const { file, data } of loaded) {
    const other = owners.get(data.taxonomy);
    if (other) throw new SeedError(file, 'taxonomy', `taxonomy ${data.taxonomy} is already defined in ${other}`);
    owners.set(data.taxonomy, file);
  }
  return loaded;
}

export async function writeTaxonomies(em: EntityManager, loaded: { data: TaxonomyFile }[]): Promise<TaxonomySeedReport> {
  let terms = 0;
  let changedTerms = 0;
  for (const { data } of loaded) {
    for (const t of data.terms) {
      terms++;
      const parentKey = t.key.includes('.') ? t.key.slice(0, t.key.lastIndexOf('.')) : null;
      const hash = createHash('sha256').update(JSON.stringify([data.version, t])).digest('hex');
      const rows = await em.execute(
        `insert into taxonomy_term (taxonomy, key, parent_key, label, description, kind, verified, note, seed_hash)
         values (?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?)
         on conflict (taxonomy, key) do update set parent_key = excluded.parent_key, label = excluded.label,
           description = excluded.description, kind = excluded.kind, verified = excluded.verified, note = excluded.note,
           seed_hash = excluded.seed_hash
         where taxonomy_term.seed_hash is distinct from excluded.seed_hash
         returning id`,
        [data.taxonomy, t.key, parentKey, JSON.stringify(t.label), t.description ? JSON.stringify(t.description) : null,
          t.kind ?? null, t.verified, t.note ?? null, hash],
      );
      changedTerms += rows.length;
    }
  }
  return { terms, changedTerms };
}
