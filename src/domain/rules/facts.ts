// The named facts an applicability or rule-table rule may test. A rule naming any other fact is
// rejected when seeded. Facts are computed from the Registry (see compliance/facts.ts); "target" is
// the holder, array or information system an obligation is evaluated for.

export type FactType = 'string' | 'number' | 'boolean' | 'string[]';

export const FACTS = {
  'target.type': { type: 'string', description: 'HOLDER, ARRAY or SYSTEM' },
  'holder.kind': { type: 'string', description: 'HolderKind, e.g. COMMERCIAL_ORGANISATION' },
  'holder.track': { type: 'string', description: 'STATE or BUSINESS (Law No. 72)' },
  'holder.registrationStatus': { type: 'string', description: 'NOT_REGISTERED … DEREGISTERED' },
  'holder.sector': { type: 'string', description: 'sector key, e.g. finance.banking' },
  'holder.staffCount': { type: 'number', description: 'number of staff' },
  'holder.hasInformationSystems': { type: 'boolean', description: 'the holder has at least one information system' },
  'holder.hasStateSystem': { type: 'boolean', description: 'the holder runs a state information system (Res. 762)' },
  'data.categories': { type: 'string[]', description: 'data-category keys of the target (a holder: of all its arrays)' },
  'data.classes': { type: 'string[]', description: 'classes of those categories: ordinary, special, biometric, publicly_available, children' },
  'subjects.categories': { type: 'string[]', description: 'subject-category keys of the target' },
  'subjects.count': { type: 'number', description: 'number of subjects (a holder: the sum over its arrays)' },
  'subjects.employeesOnly': { type: 'boolean', description: "the subjects are only the holder's employees" },
  'recipients.any': { type: 'boolean', description: 'data is given to recipients (third parties)' },
  'crossBorder.planned': { type: 'boolean', description: 'a cross-border transfer is planned' },
  'crossBorder.countries': { type: 'string[]', description: 'ISO alpha-2 codes of the transfer countries' },
  media: { type: 'string[]', description: 'storage media: PAPER_ARCHIVE, CARD_FILE, INFORMATION_SYSTEM, ELECTRONIC_DATABASE' },
  'system.isState': { type: 'boolean', description: 'a state information system (Res. 762)' },
  'system.internetExposed': { type: 'boolean', description: 'reachable from the internet' },
  'system.hostingCountry': { type: 'string', description: 'ISO alpha-2 hosting country' },
  'system.threatType': { type: 'string', description: 'TYPE_1, TYPE_2 or TYPE_3 (Res. 760 threat types)' },
  'system.protectionLevel': { type: 'number', description: 'computed Res. 760 protection level (1 = highest)' },
  'risk.highestProtectionLevel': { type: 'number', description: "a holder's most demanding system level (1 = highest; absent without systems)" },
  'risk.systemCount': { type: 'number', description: 'number of information systems of the holder' },
  'compliance.status': { type: 'string', description: 'stored compliance status: COMPLIANT … NOT_ASSESSED' },
  'violations.recorded': { type: 'number', description: 'recorded violations not cancelled, all time' },
  'violations.lastThreeYears': { type: 'number', description: 'violations (not cancelled) detected in the three years before the date' },
  'violations.open': { type: 'number', description: 'violations still open (not remedied or cancelled) on the date' },
  'violations.monthsSinceLast': { type: 'number', description: 'whole months since the last violation was detected (absent if none)' },
} as const satisfies Record<string, { type: FactType; description: string }>;

export type FactName = keyof typeof FACTS;
export type FactValue = string | number | boolean | string[] | null;
/** The facts of one target; a fact that does not apply to the target (e.g. system.* of a holder) is absent. */
export type Facts = Partial<Record<FactName, FactValue>>;

export const isFactName = (name: string): name is FactName => Object.hasOwn(FACTS, name);
