// Turns Registry records into the named facts the rules read (src/domain/rules/facts.ts), for the
// holder itself, each of its arrays and each of its systems. A system's protection level is
// computed from its other facts by the Res. 760 rule table (Government Resolution No. 760 of
// 21 Nov 2017) and then becomes a fact itself. A fact the Registry does not record is null
// (UNKNOWN to the rule tables); a fact that does not apply to a target is absent.
import { inspectionTrackOf, type HolderKindValue } from '../registry/holder-kind.js';
import type { Facts } from '../rules/facts.js';
import type { Target } from './applicability.js';

export interface HolderRecord {
  id: number;
  kind: HolderKindValue;
  registrationStatus: string;
  sectorKey?: string | null;
  staffCount?: number | null;
}

export interface ArrayRecord {
  id: number;
  dataCategories: string[];
  subjectCategories: string[];
  subjectCount?: number | null;
  recipients: string[];
  crossBorderCountries: string[];
  media: string[];
}

export interface SystemRecord {
  id: number;
  arrayIds: number[];
  isStateSystem: boolean;
  internetExposed: boolean;
  hostingCountry?: string | null;
  dataCategories: string[];
  subjectCount?: number | null;
  employeesOnly: boolean;
  threatType?: string | null;
}

const union = (lists: string[][]) => [...new Set(lists.flat())].sort();
/** The class of a data category is the root of its key: `special.health` → `special`. */
export const classesOf = (categories: string[]) => union([categories.map((c) => c.split('.')[0]!)]);
const isEmployee = (s: string) => s === 'employee' || s.startsWith('employee.');
const employeesOnly = (subjects: string[]) => subjects.length > 0 && subjects.every(isEmployee);

function holderFacts(h: HolderRecord, arrays: ArrayRecord[], systems: SystemRecord[]): Facts {
  return {
    'holder.kind': h.kind,
    'holder.track': inspectionTrackOf(h.kind),
    'holder.registrationStatus': h.registrationStatus,
    'holder.sector': h.sectorKey ?? null,
    'holder.staffCount': h.staffCount ?? null,
    'holder.hasInformationSystems': systems.length > 0,
    'holder.hasStateSystem': systems.some((s) => s.isStateSystem),
  };
}

function arrayFacts(a: ArrayRecord): Facts {
  return {
    'data.categories': [...a.dataCategories].sort(),
    'data.classes': classesOf(a.dataCategories),
    'subjects.categories': [...a.subjectCategories].sort(),
    'subjects.count': a.subjectCount ?? null,
    'subjects.employeesOnly': employeesOnly(a.subjectCategories),
    'recipients.any': a.recipients.length > 0,
    'crossBorder.planned': a.crossBorderCountries.length > 0,
    'crossBorder.countries': [...a.crossBorderCountries].sort(),
    media: [...a.media].sort(),
  };
}

/**
 * What a system holds: its own data categories plus those of every array it processes; its subject
 * count is the larger of its own count and the SUM of its arrays' counts. The sum, not the max:
 * the Registry does not say how far arrays overlap, and the largest array would understate the
 * subjects whenever they do not, giving a weaker level (unknown is not weakest); the holder's own
 * count, when recorded, is never overridden downwards. An array with no count makes the sum unknown
 * (null), unless the system's own count is recorded. Only-employees holds when the system says so
 * and every array it processes is only about employees. A system with no category at all (own or
 * through arrays) has its categories UNKNOWN (null), not empty.
 */
export function systemHoldings(arrays: ArrayRecord[], s: SystemRecord) {
  const mine = arrays.filter((a) => s.arrayIds.includes(a.id));
  const categories = union([s.dataCategories, ...mine.map((a) => a.dataCategories)]);
  const counts = mine.map((a) => a.subjectCount);
  const arraysSum = mine.length && counts.every((c) => typeof c === 'number') ? counts.reduce<number>((n, c) => n + (c as number), 0) : null;
  const own = s.subjectCount ?? null;
  const subjectCount = own !== null && arraysSum !== null ? Math.max(own, arraysSum) : own ?? (mine.length ? arraysSum : null);
  return {
    arrays: mine,
    categories: categories.length ? categories : null,
    subjectCount,
    employeesOnly: s.employeesOnly && mine.every((a) => employeesOnly(a.subjectCategories)),
  };
}

/** Facts of a system before its protection level is known. */
export function systemFacts(h: HolderRecord, arrays: ArrayRecord[], systems: SystemRecord[], s: SystemRecord): Facts {
  const held = systemHoldings(arrays, s);
  const mine = held.arrays;
  return {
    'target.type': 'SYSTEM',
    ...holderFacts(h, arrays, systems),
    'data.categories': held.categories,
    'data.classes': held.categories ? classesOf(held.categories) : null,
    'subjects.categories': union(mine.map((a) => a.subjectCategories)),
    'subjects.count': held.subjectCount,
    'subjects.employeesOnly': held.employeesOnly,
    'recipients.any': mine.some((a) => a.recipients.length > 0),
    'crossBorder.planned': mine.some((a) => a.crossBorderCountries.length > 0),
    'crossBorder.countries': union(mine.map((a) => a.crossBorderCountries)),
    'system.isState': s.isStateSystem,
    'system.internetExposed': s.internetExposed,
    'system.hostingCountry': s.hostingCountry ?? null,
    'system.threatType': s.threatType ?? null,
  };
}

/** The holder, its arrays and its systems as rule targets. `protectionLevel` computes a system's level from its facts. */
export function buildTargets(h: HolderRecord, arrays: ArrayRecord[], systems: SystemRecord[], protectionLevel: (facts: Facts) => number | null): Target[] {
  const base = holderFacts(h, arrays, systems);
  const holder: Target = {
    type: 'HOLDER',
    id: h.id,
    facts: {
      'target.type': 'HOLDER',
      ...base,
      'data.categories': union(arrays.map((a) => a.dataCategories)),
      'data.classes': classesOf(union(arrays.map((a) => a.dataCategories))),
      'subjects.categories': union(arrays.map((a) => a.subjectCategories)),
      'subjects.count': arrays.reduce((n, a) => n + (a.subjectCount ?? 0), 0),
      'subjects.employeesOnly': employeesOnly(union(arrays.map((a) => a.subjectCategories))),
      'recipients.any': arrays.some((a) => a.recipients.length > 0),
      'crossBorder.planned': arrays.some((a) => a.crossBorderCountries.length > 0),
      'crossBorder.countries': union(arrays.map((a) => a.crossBorderCountries)),
      media: union(arrays.map((a) => a.media)),
    },
  };
  const arrayTargets: Target[] = arrays.map((a) => ({ type: 'ARRAY', id: a.id, facts: { 'target.type': 'ARRAY', ...base, ...arrayFacts(a) } }));
  const systemTargets: Target[] = systems.map((s) => {
    const facts = systemFacts(h, arrays, systems, s);
    return { type: 'SYSTEM', id: s.id, facts: { ...facts, 'system.protectionLevel': protectionLevel(facts) } };
  });
  return [holder, ...arrayTargets, ...systemTargets];
}
