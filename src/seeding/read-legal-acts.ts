// Reads and validates every legal-act file before anything is written: parse errors, schema
// errors and dangling relation targets all stop the load with file, path and reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ACT_TYPE_SLUG, LegalActType } from '../modules/legal-act/legal-act.enums.js';
import { LegalActFileSchema, type LegalActFile, type ProvisionSeed } from './legal-act.schema.js';
import { SeedError } from './seed-error.js';
import { parseYamlSeed } from './yaml-file.js';

export interface LoadedAct {
  file: string;
  act: LegalActFile;
  /** Every provision eId in the file, nested ones included. */
  eIds: Set<string>;
}

function collectEIds(file: string, provisions: ProvisionSeed[], path: string, into: Set<string>): void {
  provisions.forEach((p, i) => {
    const here = `${path}[${i}]`;
    if (into.has(p.eId)) throw new SeedError(file, `${here}.eId`, `duplicate eId ${JSON.stringify(p.eId)}`);
    into.add(p.eId);
    collectEIds(file, p.children ?? [], `${here}.children`, into);
  });
}

export function parseLegalActFile(file: string, source: string): LoadedAct {
  const act = parseYamlSeed(file, source, LegalActFileSchema);
  const slug = act.code.split('/')[1];
  if (slug !== ACT_TYPE_SLUG[act.type as LegalActType]) {
    throw new SeedError(file, 'code', `type ${act.type} needs codes kg/${ACT_TYPE_SLUG[act.type as LegalActType]}/…`);
  }
  const dates = act.versions.map((v) => v.versionDate);
  const dup = dates.find((d, i) => dates.indexOf(d) !== i);
  if (dup) throw new SeedError(file, 'versions', `two versions share versionDate ${dup}`);
  const eIds = new Set<string>();
  collectEIds(file, act.provisions, 'provisions', eIds);
  act.relations.forEach((r, i) => {
    if (r.fromEId && !eIds.has(r.fromEId)) {
      throw new SeedError(file, `relations[${i}].fromEId`, `no provision ${JSON.stringify(r.fromEId)} in this act`);
    }
  });
  return { file, act, eIds };
}

/** Reads `dir/*.yaml`, validates each file and every cross-file relation target. */
export function readLegalActs(dir: string, root = process.cwd()): LoadedAct[] {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const loaded = files.map((f) => {
    const path = join(dir, f);
    return parseLegalActFile(relative(root, path), readFileSync(path, 'utf8'));
  });
  const byCode = new Map<string, LoadedAct>();
  for (const l of loaded) {
    const other = byCode.get(l.act.code);
    if (other) throw new SeedError(l.file, 'code', `code ${l.act.code} is already defined in ${other.file}`);
    byCode.set(l.act.code, l);
  }
  for (const l of loaded) {
    l.act.relations.forEach((r, i) => {
      const [code, eId] = r.target.split('#') as [string, string | undefined];
      const target = byCode.get(code);
      const where = `relations[${i}].target`;
      if (!target) throw new SeedError(l.file, where, `unknown act ${code}`);
      if (eId && !target.eIds.has(eId)) throw new SeedError(l.file, where, `act ${code} has no provision ${eId}`);
    });
  }
  return loaded;
}
