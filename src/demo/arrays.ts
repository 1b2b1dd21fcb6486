// Builds a holder's personal-data arrays (1–4) and information systems (0–3) from the templates,
// keeping them mutually consistent: a system processes only its holder's arrays, its categories
// are a subset of theirs, and an array is kept "in an information system" only if one processes it.
import type { HolderKindValue } from '../domain/registry/holder-kind.js';
import type { StorageMedium, ThreatType } from '../modules/holder/holder.enums.js';
import { APPEALS, BY_SECTOR, EXTRAS, GENERIC_CUSTOMERS, HR, HR_CIVIL, type ArrayTemplate } from './array-templates.js';
import type { OrgIdentity } from './orgs.js';
import type { Prng } from './prng.js';
import { SECTOR, isEmployeeCategory } from './vocabulary.js';

export interface DemoArray {
  name: string;
  purposes: string[];
  collectionMethods: string;
  useMethods: string;
  storageModes: string;
  storageTerm: string;
  dataCategories: string[];
  subjectCategories: string[];
  subjectCount: number;
  sources: string;
  informingProcedure: string;
  securityMeasures: string;
  recipients: string[];
  crossBorderCountries: string[];
  media: StorageMedium[];
}

export interface DemoSystem {
  name: string;
  isStateSystem: boolean;
  hostingCountry: string | null;
  internetExposed: boolean;
  dataCategories: string[];
  subjectCount: number;
  employeesOnly: boolean;
  threatType: ThreatType | null;
  /** Names of the holder's arrays this system processes. */
  arrayNames: string[];
}

const COLLECTION = ['Непосредственно от субъекта персональных данных', 'При заключении договора', 'Из документов, представленных субъектом'];
const USE = ['Смешанная обработка', 'Автоматизированная обработка', 'Неавтоматизированная обработка'];
const STORAGE = ['На серверах, расположенных в Кыргызской Республике', 'В бумажном архиве в запираемых шкафах', 'В базе данных с резервным копированием'];
const TERM = ['В течение срока действия договора и 5 лет после его прекращения', '3 года после достижения целей обработки', 'До достижения целей обработки', 'В сроки, установленные законодательством об архивном деле'];
const SOURCES = ['Субъекты персональных данных', 'Субъекты и их законные представители', 'Субъекты; государственные базы данных через систему «Түндүк»'];
const INFORMING = ['Уведомление субъекта при сборе данных; письменное согласие', 'Политика обработки персональных данных опубликована на сайте', 'Согласие в договоре; уведомление об изменении целей обработки'];
const SECURITY = ['Разграничение доступа, антивирусная защита, резервное копирование', 'Шифрование каналов связи, журналирование действий пользователей', 'Хранение в сейфе, доступ ограничен приказом руководителя', 'Межсетевой экран, двухфакторная аутентификация, журналирование'];
const CROSS_BORDER = [['KZ', 30], ['RU', 30], ['DE', 12], ['US', 12], ['TR', 6], ['CN', 5], ['UZ', 5]] as const;
const HOSTING_ABROAD = ['RU', 'DE', 'NL', 'US', 'KZ'];
const MAX_COUNT = 50_000_000;

const STATE_KINDS: readonly HolderKindValue[] = ['STATE_BODY', 'LOCAL_STATE_ADMINISTRATION', 'LOCAL_SELF_GOVERNMENT'];

function chooseTemplates(rng: Prng, kind: HolderKindValue, org: OrgIdentity): ArrayTemplate[] {
  const isState = STATE_KINDS.includes(kind);
  const chosen: ArrayTemplate[] = [];
  if (org.staff > 0 && (isState || rng.chance(0.97))) chosen.push(isState ? HR_CIVIL : HR);
  // A district administration or a city hall serves citizens; an айыл өкмөтү keeps household books.
  const main = isState ? BY_SECTOR[org.keepsHouseholdBooks ? SECTOR.local : SECTOR.central]! : (BY_SECTOR[org.sector] ?? GENERIC_CUSTOMERS);
  if (isState || chosen.length === 0 || rng.chance(0.9)) chosen.push(main);
  if (isState && rng.chance(0.7)) chosen.push(APPEALS);
  const extraScale = kind === 'INDIVIDUAL_ENTREPRENEUR' ? 0.3 : 1;
  for (const [t, p] of EXTRAS) {
    if (chosen.length < 4 && !chosen.some((c) => c.name === t.name || c.system === t.system) && rng.chance(p * extraScale)) chosen.push(t);
  }
  return chosen;
}

function materialise(rng: Prng, t: ArrayTemplate, kind: HolderKindValue, org: OrgIdentity): DemoArray {
  const dc = new Set<string>(t.dc);
  const sc = new Set<string>(t.sc);
  for (const extra of t.extras ?? []) {
    if (!rng.chance(extra.p)) continue;
    extra.dc.forEach((k) => dc.add(k));
    extra.sc?.forEach((k) => sc.add(k));
  }
  let subjectCount: number;
  if (t.subjects === 'staff') subjectCount = org.staff + rng.int(0, Math.ceil(org.staff / 4)); // with those who left
  else {
    const [min, max] = t.subjects;
    // Individual entrepreneurs and small holders have far fewer subjects than the sector's leaders.
    const cap = kind === 'INDIVIDUAL_ENTREPRENEUR' ? Math.min(max, min * 20) : Math.min(max, Math.max(min * 5, org.staff * 400));
    subjectCount = rng.logInt(min, Math.max(min, cap));
  }
  return {
    name: t.name,
    purposes: rng.sample(t.purposes, rng.int(1, t.purposes.length)),
    collectionMethods: rng.pick(t.collection ?? COLLECTION),
    useMethods: rng.pick(USE),
    storageModes: rng.pick(STORAGE),
    storageTerm: t.term ?? rng.pick(TERM),
    dataCategories: [...dc],
    subjectCategories: [...sc],
    subjectCount: Math.min(subjectCount, MAX_COUNT),
    sources: rng.pick(SOURCES),
    informingProcedure: rng.pick(INFORMING),
    securityMeasures: rng.sample(SECURITY, rng.int(1, 2)).join('; '),
    recipients: t.recipients ? rng.sample(t.recipients, rng.int(1, t.recipients.length)) : [],
    crossBorderCountries: [],
    media: [...t.media],
  };
}

function crossBorderCountries(rng: Prng): string[] {
  const first = rng.pickWeighted(CROSS_BORDER);
  const second = rng.pickWeighted(CROSS_BORDER);
  return rng.chance(0.35) && second !== first ? [first, second] : [first];
}

function systemProbability(kind: HolderKindValue, org: OrgIdentity): number {
  if (kind === 'STATE_BODY') return 0.85;
  if (kind === 'INDIVIDUAL_ENTREPRENEUR') return 0.15;
  if (kind === 'NON_COMMERCIAL_ORGANISATION') return org.sector === SECTOR.ngo ? 0.2 : 0.5;
  if (kind === 'COMMERCIAL_ORGANISATION') return org.staff > 100 ? 0.7 : 0.35;
  return 0.4;
}

function buildSystem(rng: Prng, kind: HolderKindValue, t: ArrayTemplate, arrays: DemoArray[]): DemoSystem {
  const union = [...new Set(arrays.flatMap((a) => a.dataCategories))];
  const picked = union.filter(() => rng.chance(0.85));
  const abroad = [...new Set(arrays.flatMap((a) => a.crossBorderCountries))];
  const publicSystem = t.publicFunction === true && (kind === 'STATE_BODY' ? rng.chance(0.7) : STATE_KINDS.includes(kind) && rng.chance(0.25));
  return {
    name: t.system,
    isStateSystem: publicSystem,
    hostingCountry: abroad.length > 0 && rng.chance(0.4) ? rng.pick(abroad) : rng.chance(0.03) ? rng.pick(HOSTING_ABROAD) : rng.chance(0.04) ? null : 'KG',
    internetExposed: t.online === true || rng.chance(STATE_KINDS.includes(kind) ? 0.3 : 0.15),
    dataCategories: picked.length > 0 ? picked : union.slice(0, 1),
    subjectCount: Math.min(MAX_COUNT, arrays.reduce((n, a) => n + a.subjectCount, 0)),
    employeesOnly: arrays.every((a) => a.subjectCategories.every(isEmployeeCategory)),
    threatType: rng.pickWeighted<ThreatType | null>([['TYPE_3', 84], ['TYPE_2', 10], ['TYPE_1', 3], [null, 3]]),
    arrayNames: arrays.map((a) => a.name),
  };
}

/** A holder's arrays and the systems processing them. */
export function buildArraysAndSystems(rng: Prng, kind: HolderKindValue, org: OrgIdentity): { arrays: DemoArray[]; systems: DemoSystem[] } {
  const templates = chooseTemplates(rng, kind, org);
  const arrays = templates.map((t) => materialise(rng, t, kind, org));

  // About 5% of holders transfer data abroad; mostly those whose main array plausibly travels.
  const eligible = arrays.filter((_, i) => templates[i]!.crossBorder);
  if (rng.chance(eligible.length > 0 ? 0.1 : 0.023)) rng.pick(eligible.length > 0 ? eligible : arrays).crossBorderCountries = crossBorderCountries(rng);

  const systems: DemoSystem[] = [];
  const processed = new Set<number>();
  const p = systemProbability(kind, org);
  templates.forEach((t, i) => {
    if (systems.length >= 3 || processed.has(i)) return;
    // Arrays kept only in an information system must have one; the others have one sometimes.
    const onlyInSystem = t.media.every((m) => m === 'INFORMATION_SYSTEM');
    if (!onlyInSystem && !rng.chance(p)) return;
    const members = [i];
    const other = templates.findIndex((_, j) => j > i && !processed.has(j));
    if (other >= 0 && rng.chance(0.25)) members.push(other);
    members.forEach((j) => processed.add(j));
    systems.push(buildSystem(rng, kind, t, members.map((j) => arrays[j]!)));
  });

  arrays.forEach((a, i) => {
    const media = a.media.filter((m) => m !== 'INFORMATION_SYSTEM');
    a.media = processed.has(i) ? [...media, 'INFORMATION_SYSTEM'] : media.length > 0 ? media : ['ELECTRONIC_DATABASE'];
  });
  return { arrays, systems };
}
