// Taxonomy keys the demo generator uses. They MUST exist in seeds/taxonomies/*.yaml (regions,
// data-categories, subject-categories, sectors); test/unit/demo/generate-registry.test.ts checks
// that. They are constants (not read from the YAML) so generation does no file I/O at run time.

/** Region keys (ISO 3166-2:KG) with the share of holders registered there: Bishkek dominates. */
export const REGION_WEIGHTS = [
  ['KG-GB', 40],
  ['KG-C', 14],
  ['KG-GO', 10],
  ['KG-O', 8],
  ['KG-J', 8],
  ['KG-Y', 7],
  ['KG-B', 5],
  ['KG-N', 4],
  ['KG-T', 4],
] as const;
export type RegionKey = (typeof REGION_WEIGHTS)[number][0];

/** Regions with districts and villages (for local administrations and айыл өкмөтү). */
export const OBLAST_WEIGHTS = [
  ['KG-C', 24],
  ['KG-O', 18],
  ['KG-J', 18],
  ['KG-Y', 12],
  ['KG-B', 10],
  ['KG-N', 9],
  ['KG-T', 9],
] as const satisfies readonly (readonly [RegionKey, number])[];

export const SECTOR = {
  central: 'public_administration.central',
  local: 'public_administration.local',
  banking: 'finance.banking',
  microfinance: 'finance.microfinance',
  insurance: 'finance.insurance',
  payments: 'finance.payments',
  health: 'health',
  school: 'education.school',
  higher: 'education.higher',
  telecom: 'telecom',
  it: 'it',
  retail: 'retail',
  ecommerce: 'retail.ecommerce',
  transport: 'transport',
  hospitality: 'hospitality',
  energy: 'energy',
  utilities: 'utilities',
  manufacturing: 'manufacturing',
  agriculture: 'agriculture',
  construction: 'construction',
  realEstate: 'real_estate',
  media: 'media',
  ngo: 'ngo',
  security: 'security_services',
  other: 'other',
} as const;
export type SectorKey = (typeof SECTOR)[keyof typeof SECTOR];

/** Sector mix of commercial organisations (retail and services dominate, few banks). */
export const COMMERCIAL_SECTOR_WEIGHTS: readonly (readonly [SectorKey, number])[] = [
  [SECTOR.retail, 18],
  [SECTOR.ecommerce, 5],
  [SECTOR.construction, 9],
  [SECTOR.it, 7],
  [SECTOR.transport, 7],
  [SECTOR.hospitality, 7],
  [SECTOR.manufacturing, 7],
  [SECTOR.agriculture, 5],
  [SECTOR.health, 6],
  [SECTOR.realEstate, 4],
  [SECTOR.microfinance, 3],
  [SECTOR.banking, 1],
  [SECTOR.insurance, 1],
  [SECTOR.payments, 1],
  [SECTOR.telecom, 1],
  [SECTOR.school, 2],
  [SECTOR.higher, 1],
  [SECTOR.energy, 1],
  [SECTOR.utilities, 1],
  [SECTOR.media, 2],
  [SECTOR.security, 2],
  [SECTOR.other, 9],
];

export const IE_SECTOR_WEIGHTS: readonly (readonly [SectorKey, number])[] = [
  [SECTOR.retail, 35],
  [SECTOR.ecommerce, 6],
  [SECTOR.hospitality, 12],
  [SECTOR.transport, 10],
  [SECTOR.it, 8],
  [SECTOR.construction, 7],
  [SECTOR.agriculture, 7],
  [SECTOR.health, 5],
  [SECTOR.school, 2],
  [SECTOR.other, 8],
];

/** Data-category keys. */
export const DC = {
  fullName: 'ordinary.identity.full_name',
  birthDate: 'ordinary.identity.birth_date',
  pin: 'ordinary.identity.personal_identification_number',
  passport: 'ordinary.identity.passport',
  phone: 'ordinary.contact.phone',
  email: 'ordinary.contact.email',
  address: 'ordinary.contact.address',
  family: 'ordinary.family',
  position: 'ordinary.employment.position',
  salary: 'ordinary.employment.salary',
  education: 'ordinary.education',
  location: 'ordinary.location',
  onlineId: 'ordinary.online_identifier',
  health: 'special.health',
  criminalRecord: 'special.criminal_record',
  religion: 'special.religious_beliefs',
  financial: 'special.financial',
  bankDetails: 'special.financial.bank_details',
  paymentCard: 'special.financial.payment_card',
  fingerprint: 'biometric.fingerprint',
  face: 'biometric.facial_image',
  voice: 'biometric.voice',
  nameAndPosition: 'publicly_available.name_and_position',
  childIdentity: 'children.identity',
  childEducation: 'children.education',
  childHealth: 'children.health',
} as const;
export type DataCategoryKey = (typeof DC)[keyof typeof DC];

/** Subject-category keys. */
export const SC = {
  employee: 'employee',
  civilServant: 'employee.civil_servant',
  applicant: 'job_applicant',
  formerEmployee: 'former_employee',
  family: 'family_member',
  customer: 'customer',
  prospect: 'prospective_customer',
  onlineUser: 'online_user',
  subscriber: 'subscriber',
  depositor: 'depositor',
  borrower: 'borrower',
  insured: 'insured_person',
  passenger: 'passenger',
  visitor: 'visitor',
  patient: 'patient',
  pupil: 'pupil',
  student: 'student',
  minor: 'minor',
  parent: 'parent_or_guardian',
  citizen: 'citizen_state_services',
  supplier: 'supplier_contact',
  member: 'member',
} as const;
export type SubjectCategoryKey = (typeof SC)[keyof typeof SC];

/** Employee subject categories: an array of only these is an HR array (systems: employeesOnly). */
export function isEmployeeCategory(key: string): boolean {
  return key === SC.employee || key.startsWith(`${SC.employee}.`);
}

/** Every taxonomy key above, by taxonomy name as in the YAML files (for the unit test). */
export const USED_TAXONOMY_KEYS = {
  region: REGION_WEIGHTS.map(([k]) => k),
  sector: Object.values(SECTOR),
  'data-category': Object.values(DC),
  'subject-category': Object.values(SC),
} as const;
