// ELI (European Legislation Identifier) descriptions of legal acts as JSON-LD, in the schema.org
// vocabulary that the ELI taskforce contributed (https://schema.org/Legislation, schema.org issue
// #1156): the act is the Work (eli:LegalResource), each version an Expression (eli:LegalExpression)
// linked by schema:workExample, each provision a subdivision (eli:LegalResourceSubdivision) linked by
// schema:hasPart. Pure functions over plain data: the route reads the database, this only shapes.
// Only facts the data holds are written; an unknown fact (a missing title language, an unknown
// entry-into-force date, a legal force that cannot be decided) is left out, never guessed.
import { isInForceOn, latestVersion, versionInForceOn } from '../domain/legal/versions.js';
import type { LocalizedTextData } from '../graphql/localized-text.js';
import { type LegalActType, type RelationType, VersionStatus } from '../modules/legal-act/legal-act.enums.js';

/**
 * Inline context, so a JSON-LD processor expands the document without fetching anything. Terms are
 * schema.org's (@vocab); the in-force interval has no schema.org property, so it uses the ELI
 * ontology's own (eli:first_date_entry_in_force, eli:date_no_longer_in_force). Legal-force values
 * are schema.org LegalForceStatus members (`InForce` → https://schema.org/InForce).
 */
export const ELI_CONTEXT = {
  '@vocab': 'https://schema.org/',
  eli: 'http://data.europa.eu/eli/ontology#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  legislationLegalForce: { '@type': '@vocab' },
  legislationDate: { '@type': 'xsd:date' },
  legislationDateVersion: { '@type': 'xsd:date' },
  firstDateEntryInForce: { '@id': 'eli:first_date_entry_in_force', '@type': 'xsd:date' },
  dateNoLongerInForce: { '@id': 'eli:date_no_longer_in_force', '@type': 'xsd:date' },
  // The hub's own flags, as in the API: false when the dates or text of a version could not be
  // checked against an official source, with the editorial note saying what and why.
  hub: 'https://dpa.gov.kg/ns/hub#',
  verified: { '@id': 'hub:verified', '@type': 'xsd:boolean' },
  verificationNote: { '@id': 'hub:note' },
} as const;

export type LegalForce = 'InForce' | 'NotInForce' | 'PartiallyInForce';

export interface EliVersion {
  versionDate: string;
  status: VersionStatus;
  inForceFrom?: string | null;
  inForceTo?: string | null;
  titles: LocalizedTextData;
  verified?: boolean;
  note?: string | null;
}

export interface EliProvision {
  code: string;
  /** Code of the parent provision; null at the top level. */
  parentCode: string | null;
  heading?: LocalizedTextData | null;
  summary?: LocalizedTextData | null;
}

/** One edge touching the act, by codes (a provision end is `<act code>#<eId>`). */
export interface EliRelation {
  type: RelationType;
  sourceActCode: string;
  sourceProvisionCode: string | null;
  targetActCode: string;
  targetProvisionCode: string | null;
}

export interface EliAct {
  code: string;
  type: LegalActType;
  adoptedOn?: string | null;
  issuer?: LocalizedTextData | null;
  /** Oldest text first. */
  versions: EliVersion[];
  /** Document order. */
  provisions: EliProvision[];
  relations: EliRelation[];
}

type Node = Record<string, unknown>;

const LANGS = ['ky', 'ru', 'en'] as const;

/** Language-tagged values (JSON-LD value objects), one per language the data has. */
export function languageValues(text: LocalizedTextData | null | undefined): { '@value': string; '@language': string }[] {
  return LANGS.flatMap((lang) => (text?.[lang] ? [{ '@value': text[lang]!, '@language': lang }] : []));
}

/** Absolute URL of an act (`kg/law/2008/58`) or provision (`kg/law/2008/58#art_21`) under `base`. */
export function eliUrl(base: string, code: string): string {
  return `${base.replace(/\/+$/, '')}/eli/${code}`;
}

export function versionUrl(base: string, actCode: string, versionDate: string): string {
  return `${eliUrl(base, actCode)}/versions/${versionDate}`;
}

/** Edge types → schema.org Legislation properties (ELI eli:amends / repeals / based_on / cites). */
const PROPERTY: Record<RelationType, string> = {
  AMENDS: 'legislationAmends',
  REPEALS: 'legislationRepeals',
  BASED_ON: 'isBasedOn',
  CITES: 'citation',
};

const DRAFT_STATUSES: ReadonlySet<VersionStatus> = new Set([VersionStatus.DRAFT, VersionStatus.PUBLIC_DISCUSSION, VersionStatus.IN_COORDINATION]);

/**
 * Legal force of each version on `asOf`, or undefined when the data cannot tell. The version the hub
 * treats as in force on that day (domain/legal/versions.ts, as GraphQL's `versionOn`) is InForce.
 * A version is NotInForce before its entry into force, from its end date, before its text existed,
 * and always while a draft (drafts never are in force). An adopted version with no recorded entry
 * into force, or one whose interval overlaps the chosen one (sources disagree), is left undecided.
 */
export function versionForces(versions: readonly EliVersion[], asOf: string): Map<EliVersion, LegalForce | undefined> {
  const current = versionInForceOn(versions, asOf);
  const forces = new Map<EliVersion, LegalForce | undefined>();
  for (const v of versions) {
    let force: LegalForce | undefined;
    if (v === current) force = 'InForce';
    else if (isInForceOn(v, asOf)) force = undefined;
    else if (v.inForceFrom || DRAFT_STATUSES.has(v.status) || asOf < v.versionDate || (v.inForceTo && asOf >= v.inForceTo)) force = 'NotInForce';
    forces.set(v, force);
  }
  return forces;
}

/**
 * Legal force of the act on `asOf`: InForce when one of its versions is, NotInForce when every
 * version is known not to be, otherwise unknown. PartiallyInForce is never written: the data does
 * not record provisions in force apart from their act.
 */
export function actForce(forces: ReadonlyMap<EliVersion, LegalForce | undefined>): LegalForce | undefined {
  const values = [...forces.values()];
  if (values.includes('InForce')) return 'InForce';
  if (values.length && values.every((f) => f === 'NotInForce')) return 'NotInForce';
  return undefined;
}

/** Copies the defined entries only: an unknown fact is absent, not null. */
function compact(node: Node): Node {
  return Object.fromEntries(Object.entries(node).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)));
}

function nonEmpty<T>(xs: T[]): T[] | undefined {
  return xs.length ? xs : undefined;
}

function versionNode(base: string, act: EliAct, v: EliVersion, force: LegalForce | undefined): Node {
  return compact({
    '@id': versionUrl(base, act.code, v.versionDate),
    '@type': ['Legislation', 'eli:LegalExpression'],
    name: nonEmpty(languageValues(v.titles)),
    // ELI point in time: the date of the text this version reflects (eli:version_date).
    legislationDateVersion: v.versionDate,
    firstDateEntryInForce: v.inForceFrom,
    dateNoLongerInForce: v.inForceTo,
    // The lifecycle status recorded in the source (IN_FORCE, PUBLIC_DISCUSSION, …), not derived.
    creativeWorkStatus: v.status,
    legislationLegalForce: force,
    verified: v.verified,
    verificationNote: v.note ?? undefined,
  });
}

/** A reference to another act or provision: its URL and code. */
function ref(base: string, code: string): Node {
  return { '@id': eliUrl(base, code), legislationIdentifier: code };
}

/** Adds `value` to the array at `node[key]` (or, with `reverse`, at `node['@reverse'][key]`). */
function push(node: Node, key: string, value: Node, reverse = false): void {
  const holder = reverse ? ((node['@reverse'] ??= {}) as Node) : node;
  ((holder[key] ??= []) as Node[]).push(value);
}

/**
 * The JSON-LD document of an act: the Work, its versions (workExample), its provisions (hasPart,
 * as a tree) and its edges. An edge is written on the node it starts from (the act or one of its
 * provisions), with the schema.org property; an edge from another act is written on this act's node
 * it points at, under `@reverse` (schema.org has no "amendedBy"), so both directions are triples.
 * `asOf` is the day legal force is stated for, written as the Work's legislationDateVersion
 * (schema.org: "the point-in-time at which the provided description of the legislation is valid").
 */
export function actDocument(act: EliAct, base: string, asOf: string): Node {
  const forces = versionForces(act.versions, asOf);
  const latest = latestVersion(act.versions);

  const provisionNodes = new Map<string, Node>();
  for (const p of act.provisions) {
    provisionNodes.set(
      p.code,
      compact({
        '@id': eliUrl(base, p.code),
        '@type': ['Legislation', 'eli:LegalResourceSubdivision'],
        legislationIdentifier: p.code,
        name: nonEmpty(languageValues(p.heading)),
        abstract: nonEmpty(languageValues(p.summary)),
      }),
    );
  }

  const work: Node = compact({
    '@context': ELI_CONTEXT,
    '@id': eliUrl(base, act.code),
    '@type': ['Legislation', 'eli:LegalResource'],
    legislationIdentifier: act.code,
    // The act's title is its newest text's, as GraphQL's LegalAct.title reads it.
    name: nonEmpty(languageValues(latest?.titles)),
    legislationType: act.type,
    legislationDate: act.adoptedOn,
    legislationJurisdiction: 'KG',
    legislationPassedBy: act.issuer && languageValues(act.issuer).length ? { '@type': 'Organization', name: languageValues(act.issuer) } : undefined,
    legislationDateVersion: asOf,
    legislationLegalForce: actForce(forces),
    workExample: nonEmpty(act.versions.map((v) => versionNode(base, act, v, forces.get(v)))),
  });

  const top: Node[] = [];
  for (const p of act.provisions) {
    const node = provisionNodes.get(p.code)!;
    const parent = p.parentCode ? provisionNodes.get(p.parentCode) : undefined;
    if (parent) push(parent, 'hasPart', node);
    else top.push(node);
  }
  if (top.length) work.hasPart = top;

  const nodeOf = (provisionCode: string | null): Node => (provisionCode && provisionNodes.get(provisionCode)) || work;
  for (const r of act.relations) {
    const key = PROPERTY[r.type];
    if (r.sourceActCode === act.code) {
      push(nodeOf(r.sourceProvisionCode), key, ref(base, r.targetProvisionCode ?? r.targetActCode));
    } else if (r.targetActCode === act.code) {
      push(nodeOf(r.targetProvisionCode), key, ref(base, r.sourceProvisionCode ?? r.sourceActCode), true);
    }
  }
  return work;
}

/** The JSON-LD document of one version: the Expression, pointing back at its Work (exampleOfWork). */
export function versionDocument(act: EliAct, version: EliVersion, base: string, asOf: string): Node {
  const forces = versionForces(act.versions, asOf);
  return {
    '@context': ELI_CONTEXT,
    ...versionNode(base, act, version, forces.get(version)),
    exampleOfWork: ref(base, act.code),
  };
}
