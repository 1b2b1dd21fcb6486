// Reads and validates every legal-act file before anything is written: parse errors, schema
// errors and dangling relation targets all stop the load with file, path and reason.
import { ACT_TYPE_SLUG, LegalActType } from '../modules/legal-act/legal-act.enums.js';
import { LegalActFileSchema, type LegalActFile, type ProvisionSeed, type ProvisionTextSeed } from './legal-act.schema.js';
import { SeedError } from './seed-error.js';
import { parseYamlSeed, readYamlFolder } from './yaml-file.js';

export interface LoadedAct {
  file: string;
  act: LegalActFile;
  /** Every provision eId in the file, nested ones included. */
  eIds: Set<string>;
}

function collectEIds(file: string, provisions: ProvisionSeed[], path: string, into: Set<string>, versions: string[]): void {
  provisions.forEach((p, i) => {
    const here = `${path}[${i}]`;
    if (into.has(p.eId)) throw new SeedError(file, `${here}.eId`, `duplicate eId ${JSON.stringify(p.eId)}`);
    into.add(p.eId);
    checkTexts(file, p, here, versions);
    collectEIds(file, p.children ?? [], `${here}.children`, into, versions);
  });
}

/** The act versions a text covers: versionDates from `fromVersion` to `toVersion`, both of which must exist. */
export function versionsCovered(t: ProvisionTextSeed, versions: string[]): string[] {
  const to = t.toVersion ?? t.fromVersion;
  return versions.filter((v) => v >= t.fromVersion && v <= to);
}

/** Each text names versions of this act, and one provision has at most one wording per language and version. */
function checkTexts(file: string, p: ProvisionSeed, path: string, versions: string[]): void {
  const taken = new Map<string, number>();
  (p.texts ?? []).forEach((t, j) => {
    const here = `${path}.texts[${j}]`;
    for (const key of ['fromVersion', 'toVersion'] as const) {
      if (t[key] && !versions.includes(t[key])) throw new SeedError(file, `${here}.${key}`, `the act has no version ${t[key]} (versions: ${versions.join(', ')})`);
    }
    for (const v of versionsCovered(t, versions)) {
      const other = taken.get(`${t.lang} ${v}`);
      if (other !== undefined) throw new SeedError(file, `${here}.fromVersion`, `overlaps ${path}.texts[${other}]: two ${t.lang} wordings of ${p.eId} for version ${v}`);
      taken.set(`${t.lang} ${v}`, j);
    }
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
  collectEIds(file, act.provisions, 'provisions', eIds, [...dates].sort());
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
  for (const l of loaded) {
    l.act.relations.forEach((r, i) => check(l.file, `relations[${i}].target`, r.target));
    forEachText(l.act.provisions, 'provisions', (t, path) => t.amendedBy && check(l.file, `${path}.amendedBy`, t.amendedBy));
  }
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

/** Every text of a provision tree, with its path in the file. */
export function forEachText(provisions: ProvisionSeed[], path: string, visit: (t: ProvisionTextSeed, path: string, p: ProvisionSeed) => void): void {
  provisions.forEach((p, i) => {
    (p.texts ?? []).forEach((t, j) => visit(t, `${path}[${i}].texts[${j}]`, p));
    forEachText(p.children ?? [], `${path}[${i}].children`, visit);
  });
}
