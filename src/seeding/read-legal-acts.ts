// Reads and validates every legal-act file before anything is written: parse errors, schema
// errors and dangling relation targets all stop the load with file, path and reason.
import { ACT_TYPE_SLUG, LegalActType } from '../modules/legal-act/legal-act.enums.js';
import { LegalActFileSchema, type LegalActFile, type ProvisionSeed } from './legal-act.schema.js';
import { SeedError } from './seed-error.js';
import { parseYamlSeed, readYamlFolder } from './yaml-file.js';

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
  const loaded = readYamlFolder(dir, root).map(({ file, source }) => parseLegalActFile(file, source));
  const byCode = new Map<string, LoadedAct>();
  for (const l of loaded) {
    const other = byCode.get(l.act.code);
    if (other) throw new SeedError(l.file, 'code', `code ${l.act.code} is already defined in ${other.file}`);
    byCode.set(l.act.code, l);
  }
  const check = actReferenceChecker(loaded);
  for (const l of loaded) l.act.relations.forEach((r, i) => check(l.file, `relations[${i}].target`, r.target));
  return loaded;
}

/** Checks that an act code or `<act>#<eId>` named at `path` of `file` exists in the loaded acts. */
export function actReferenceChecker(acts: LoadedAct[]): (file: string, path: string, code: string) => void {
  const byCode = new Map(acts.map((a) => [a.act.code, a]));
  return (file, path, code) => {
    const [act, eId] = code.split('#') as [string, string | undefined];
    const found = byCode.get(act);
    if (!found) throw new SeedError(file, path, `unknown act ${act}`);
    if (eId && !found.eIds.has(eId)) throw new SeedError(file, path, `act ${act} has no provision ${eId}`);
  };
}
