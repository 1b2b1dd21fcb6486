// Loads requirements: every file validated first (rules included), every source act and provision
// checked against the legal-act seeds (a dated reference's window must meet an in-force version of
// its act), scenario effects attached to the requirements they affect, then upserted by code with a hash so an
// unchanged record is never rewritten. Requirements are not deleted (assessments refer to them).
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actReferenceChecker, type LoadedAct } from './read-legal-acts.js';
import { actOf, citationWindowProblem, type CitationSpec } from '../domain/legal/citations.js';
import type { ScenarioEffect } from '../domain/compliance/applicability.js';
import { RequirementsFileSchema, type ProvisionRefSeed, type RequirementSeed, type ScenarioEffectSeed } from './requirements.schema.js';
import { SeedError } from './seed-error.js';
import { parseYamlSeed, readYamlFolder } from './yaml-file.js';

export interface RequirementSeedReport {
  requirements: number;
  changed: number;
}

/** A requirement ready to write: its references dated, and the scenario effects other files give it. */
export interface LoadedRequirement extends Omit<RequirementSeed, 'provisions'> {
  provisions: string[];
  citations: CitationSpec[];
  scenarioEffects: ScenarioEffect[];
}

const toCitation = (p: ProvisionRefSeed): CitationSpec =>
  typeof p === 'string' ? { ref: p } : { ref: p.ref, validFrom: p.validFrom ?? null, validTo: p.validTo ?? null, note: p.note ?? null };

export function readRequirements(dir: string, acts: LoadedAct[], root = process.cwd()) {
  const check = actReferenceChecker(acts);
  const versionsOf = (ref: string) => acts.find((a) => a.act.code === actOf(ref))?.act.versions ?? [];
  const owners = new Map<string, string>();
  const requirements: LoadedRequirement[] = [];
  const effects: { file: string; at: string; effect: ScenarioEffectSeed }[] = [];
  for (const { file, source } of readYamlFolder(join(dir, 'requirements'), root)) {
    const data = parseYamlSeed(file, source, RequirementsFileSchema);
    data.requirements.forEach((r, i) => {
      const at = `requirements[${i}]`;
      const other = owners.get(r.code);
      if (other) throw new SeedError(file, `${at}.code`, `code ${r.code} is already defined in ${other}`);
      owners.set(r.code, file);
      check(file, `${at}.sourceAct`, r.sourceAct);
      const citations = r.provisions.map(toCitation);
      citations.forEach((c, j) => {
        const path = `${at}.provisions[${j}]`;
        check(file, typeof r.provisions[j] === 'string' ? path : `${path}.ref`, c.ref);
        const problem = citationWindowProblem(c, versionsOf(c.ref));
        if (problem) throw new SeedError(file, path, problem);
      });
      requirements.push({ ...r, provisions: citations.map((c) => c.ref), citations, scenarioEffects: [] });
    });
    data.scenarioEffects.forEach((effect, i) => effects.push({ file, at: `scenarioEffects[${i}]`, effect }));
  }
  const byCode = new Map(requirements.map((r) => [r.code, r]));
  for (const { file, at, effect } of effects) {
    check(file, `${at}.act`, effect.act);
    check(file, `${at}.cites`, effect.cites);
    if (actOf(effect.cites) !== effect.act) throw new SeedError(file, `${at}.cites`, `must be ${effect.act} or one of its provisions`);
    // An act in force repeals through its versions; effects are for acts only a scenario brings in.
    if (versionsOf(effect.act).some((v) => v.inForceFrom)) throw new SeedError(file, `${at}.act`, `${effect.act} has a version in force; scenario effects are for drafts and acts never put into force`);
    const base = { act: effect.act, cites: effect.cites, verified: effect.verified, note: effect.note ?? null };
    const targets: [string, string, ScenarioEffect][] = [
      ...effect.repeals.map((code, j): [string, string, ScenarioEffect] => [`${at}.repeals[${j}]`, code, { ...base, kind: 'REPEALS', replacement: null }]),
      ...Object.entries(effect.replaces).map(([code, replacement]): [string, string, ScenarioEffect] => [`${at}.replaces.${code}`, code, { ...base, kind: 'REPLACES', replacement }]),
      ...effect.takesOver.map((code, j): [string, string, ScenarioEffect] => [`${at}.takesOver[${j}]`, code, { ...base, kind: 'TAKES_OVER', replacement: null }]),
    ];
    for (const [path, code, e] of targets) {
      const target = byCode.get(code);
      if (!target) throw new SeedError(file, path, `unknown requirement ${code}`);
      if (target.sourceAct === effect.act) throw new SeedError(file, path, `${code} is brought by ${effect.act} itself`);
      if (target.scenarioEffects.some((x) => x.act === effect.act)) throw new SeedError(file, path, `${code} is already affected by ${effect.act}`);
      if (e.replacement) {
        const replacement = byCode.get(e.replacement);
        if (!replacement) throw new SeedError(file, path, `unknown replacing requirement ${e.replacement}`);
        if (replacement.sourceAct !== effect.act) throw new SeedError(file, path, `the replacing requirement ${e.replacement} must be brought by ${effect.act}`);
        if (replacement.appliesTo !== target.appliesTo) throw new SeedError(file, path, `${e.replacement} applies to ${replacement.appliesTo}, ${code} to ${target.appliesTo}`);
      }
      target.scenarioEffects.push(e);
    }
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
                                valid_from, valid_to, verified, note, citations, scenario_effects, seed_hash)
       values (?, ?::jsonb, ?::jsonb, ?, ?, string_to_array(?, ' '), ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)
       on conflict (code) do update set titles = excluded.titles, description = excluded.description, applies_to = excluded.applies_to,
         source_act_code = excluded.source_act_code, provision_codes = excluded.provision_codes, importance = excluded.importance,
         weight = excluded.weight, evidence = excluded.evidence, rule = excluded.rule, valid_from = excluded.valid_from,
         valid_to = excluded.valid_to, verified = excluded.verified, note = excluded.note, citations = excluded.citations,
         scenario_effects = excluded.scenario_effects, seed_hash = excluded.seed_hash
       where requirement.seed_hash is distinct from excluded.seed_hash
       returning id`,
      [r.code, json(r.title), json(r.description), r.appliesTo, r.sourceAct, r.provisions.join(' '), r.importance, r.weight, json(r.evidence),
        json(r.rule), r.validFrom ?? null, r.validTo ?? null, r.verified, r.note ?? null, JSON.stringify(r.citations), JSON.stringify(r.scenarioEffects), hashOf(r)],
    );
    changed += rows.length;
  }
  return { requirements: data.requirements.length, changed };
}
