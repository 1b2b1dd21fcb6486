// Loads requirements: every file validated first (rules included), every source
// act and provision checked against the legal-act seeds, then upserted by code with a hash so an
// unchanged record is never rewritten. Requirements are not deleted (assessments refer to them).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actReferenceChecker, type LoadedAct } from './read-legal-acts.js';
import { RequirementsFileSchema, type RequirementSeed } from './requirements.schema.js';
import { SeedError } from './seed-error.js';
import { parseYamlSeed, readYamlFolder } from './yaml-file.js';

export interface RequirementSeedReport {
  requirements: number;
  changed: number;
}

export function readRequirements(dir: string, acts: LoadedAct[], root = process.cwd()) {
  const check = actReferenceChecker(acts);
  const owners = new Map<string, string>();
  const requirements: RequirementSeed[] = [];
  for (const { file, source } of readYamlFolder(join(dir, 'requirements'), root)) {
    const data = parseYamlSeed(file, source, RequirementsFileSchema);
    data.requirements.forEach((r, i) => {
      const at = `requirements[${i}]`;
      const other = owners.get(r.code);
      if (other) throw new SeedError(file, `${at}.code`, `code ${r.code} is already defined in ${other}`);
      owners.set(r.code, file);
      check(file, `${at}.sourceAct`, r.sourceAct);
      r.provisions.forEach((p, j) => check(file, `${at}.provisions[${j}]`, p));
      requirements.push(r);
    });
  }
  return { requirements };
}

const hashOf = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex');
const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

export async function writeRequirements(em: EntityManager, data: ReturnType<typeof readRequirements>): Promise<RequirementSeedReport> {
  let changed = 0;
  for (const r of data.requirements) {
    const rows = await em.execute(
      `insert into requirement (code, titles, description, applies_to, source_act_code, provision_codes, importance, weight, evidence, rule,
                                valid_from, valid_to, verified, note, seed_hash)
       values (?, ?::jsonb, ?::jsonb, ?, ?, string_to_array(?, ' '), ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)
       on conflict (code) do update set titles = excluded.titles, description = excluded.description, applies_to = excluded.applies_to,
         source_act_code = excluded.source_act_code, provision_codes = excluded.provision_codes, importance = excluded.importance,
         weight = excluded.weight, evidence = excluded.evidence, rule = excluded.rule, valid_from = excluded.valid_from,
         valid_to = excluded.valid_to, verified = excluded.verified, note = excluded.note, seed_hash = excluded.seed_hash
       where requirement.seed_hash is distinct from excluded.seed_hash
       returning id`,
      [r.code, json(r.title), json(r.description), r.appliesTo, r.sourceAct, r.provisions.join(' '), r.importance, r.weight, json(r.evidence),
        json(r.rule), r.validFrom ?? null, r.validTo ?? null, r.verified, r.note ?? null, hashOf(r)],
    );
    changed += rows.length;
  }
  return { requirements: data.requirements.length, changed };
}
