// Deterministic demo Registry: a stream of holders with their personal-data arrays and information
// systems, each valid for the zod schemas of the holder module. Holder i is derived only from
// (seed, i), so it is the same whatever the run length, and nothing is kept between holders: a
// 100,000-holder run streams in constant memory. No file or network I/O, no Math.random.
import type { z } from 'zod';
import { HOLDER_KINDS, type HolderKindValue } from '../domain/registry/holder-kind.js';
import type { RegistrationStatusValue } from '../domain/registry/registration.js';
import type { OwnershipForm } from '../modules/holder/holder.enums.js';
import type { ArrayFieldsSchema, HolderFieldsSchema, SystemFieldsSchema } from '../modules/holder/holder.schemas.js';
import { buildArraysAndSystems, type DemoArray, type DemoSystem } from './arrays.js';
import { fullName, landline, mobilePhone, person, personalEmail, workEmail, type Person } from './names.js';
import { orgIdentity } from './orgs.js';
import { holderPrng, type Prng } from './prng.js';

export type { DemoArray, DemoSystem } from './arrays.js';

export const DEFAULT_SEED = 58;

export interface DemoHolderFields {
  tin: string;
  kind: HolderKindValue;
  nameKy: string;
  nameRu: string;
  nameEn: string | null;
  registryNumber: string | null;
  registrationStatus: RegistrationStatusValue;
  applicationSubmittedOn: string | null;
  registeredOn: string | null;
  listsApprovedOn: string | null;
  legalAddress: string;
  regionCode: string;
  sectorKey: string;
  ownershipForm: OwnershipForm;
  subordination: string | null;
  headName: string;
  headPosition: string;
  phone: string;
  email: string;
  responsiblePersonName: string;
  responsiblePersonPhone: string;
  responsiblePersonEmail: string;
  staffCount: number;
}

export interface DemoHolder {
  holder: DemoHolderFields;
  arrays: DemoArray[];
  /** Each system names the arrays (of the same holder) it processes. */
  systems: DemoSystem[];
}

// Compile-time proof that the demo records are valid inputs of the holder module's schemas.
type Assignable<Target, Source extends Target> = Source;
export type DemoRecordsMatchSchemas = [
  Assignable<z.input<typeof HolderFieldsSchema>, DemoHolderFields>,
  Assignable<z.input<typeof ArrayFieldsSchema>, DemoArray>,
  Assignable<z.input<typeof SystemFieldsSchema>, Omit<DemoSystem, 'arrayNames'>>,
];

const KIND_WEIGHTS: readonly (readonly [HolderKindValue, number])[] = [
  ['COMMERCIAL_ORGANISATION', 70],
  ['NON_COMMERCIAL_ORGANISATION', 10],
  ['INDIVIDUAL_ENTREPRENEUR', 12],
  ['STATE_BODY', 4],
  ['LOCAL_STATE_ADMINISTRATION', 2],
  ['LOCAL_SELF_GOVERNMENT', 2],
];
// Every kind has a weight: a new kind in the domain must be placed in the mix deliberately.
if (HOLDER_KINDS.some((k) => !KIND_WEIGHTS.some(([w]) => w === k))) throw new Error('demo: a holder kind has no weight');

const STATUS_WEIGHTS: readonly (readonly [RegistrationStatusValue, number])[] = [
  ['NOT_REGISTERED', 30],
  ['APPLICATION_SUBMITTED', 15],
  ['REGISTERED', 28],
  ['LISTS_APPROVED', 22],
  ['DEREGISTERED', 5],
];

const DAY = 86_400_000;
const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY;
const iso = (dayNumber: number): string => new Date(dayNumber * DAY).toISOString().slice(0, 10);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

// Applications from the Registry's first working days to mid-2026; later stages follow within
// weeks or months, so every date stays in 2023–2026 and in stage order.
const FIRST_APPLICATION = day(2023, 1, 9);
const LAST_APPLICATION = day(2026, 5, 31);

/** Registration stage, dates and registry number; the number embeds the index, so it is unique. */
function registration(rng: Prng, index: number): Pick<DemoHolderFields, 'registrationStatus' | 'registryNumber' | 'applicationSubmittedOn' | 'registeredOn' | 'listsApprovedOn'> {
  const status = rng.pickWeighted(STATUS_WEIGHTS);
  const none = { registrationStatus: status, registryNumber: null, applicationSubmittedOn: null, registeredOn: null, listsApprovedOn: null };
  if (status === 'NOT_REGISTERED') return none;
  const applied = rng.int(FIRST_APPLICATION, LAST_APPLICATION);
  if (status === 'APPLICATION_SUBMITTED') return { ...none, applicationSubmittedOn: iso(applied) };
  const registered = applied + rng.int(5, 45);
  const approved = status === 'LISTS_APPROVED' || (status === 'DEREGISTERED' && rng.chance(0.5)) ? registered + rng.int(14, 150) : null;
  return {
    registrationStatus: status,
    registryNumber: `RPD-${iso(registered).slice(0, 4)}-${pad(index + 1, 6)}`,
    applicationSubmittedOn: iso(applied),
    registeredOn: iso(registered),
    listsApprovedOn: approved === null ? null : iso(approved),
  };
}

// Individuals' TINs: sex digit + birth date + 5 digits. The last 5 digits are index mod 100,000
// and the birth date's day number ≡ index / 100,000 (mod 100), so distinct holders never share a
// TIN while birth dates still spread over 1955–2006. Up to 10 million holders.
const IE_STRIDE = 100;
const IE_BLOCK = 100_000;
const BIRTH_FROM = day(1955, 1, 1);
const BIRTH_SPAN = day(2006, 12, 31) - BIRTH_FROM;
export const MAX_HOLDERS = IE_STRIDE * IE_BLOCK;

function individualTin(rng: Prng, index: number, owner: Person): string {
  const high = Math.floor(index / IE_BLOCK);
  const birth = new Date((BIRTH_FROM + high + IE_STRIDE * rng.int(0, Math.floor((BIRTH_SPAN - high) / IE_STRIDE))) * DAY);
  const ddmmyyyy = `${pad(birth.getUTCDate(), 2)}${pad(birth.getUTCMonth() + 1, 2)}${birth.getUTCFullYear()}`;
  return `${owner.female ? '1' : '2'}${ddmmyyyy}${pad(index % IE_BLOCK, 5)}`;
}

// Organisations' TINs: 0 + 4 random digits + a bijective scramble of the index in 9 digits, so
// they are unique by construction without looking sequential (3^18 is coprime to 10^9).
const SCRAMBLE_MUL = 387_420_489n;
const SCRAMBLE_ADD = 271_828_182n;
function organisationTin(rng: Prng, index: number): string {
  const scrambled = (BigInt(index) * SCRAMBLE_MUL + SCRAMBLE_ADD) % 1_000_000_000n;
  return `0${pad(rng.int(0, 9999), 4)}${pad(Number(scrambled), 9)}`;
}

/** Holder `index` of the run seeded with `seed`: the same whatever the run length. */
export function demoHolderAt(index: number, seed: number = DEFAULT_SEED): DemoHolder {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_HOLDERS) throw new RangeError(`demo holder index must be in [0, ${MAX_HOLDERS})`);
  const rng = holderPrng(seed, index);
  const kind = rng.pickWeighted(KIND_WEIGHTS);
  const owner = person(rng); // drawn for every kind so the stream does not depend on the kind
  const entrepreneur = kind === 'INDIVIDUAL_ENTREPRENEUR';
  const tin = entrepreneur ? individualTin(rng, index, owner) : organisationTin(rng, index);
  const org = orgIdentity(rng, kind, owner);
  const head = entrepreneur ? owner : person(rng);
  const responsible = entrepreneur && rng.chance(0.6) ? owner : person(rng);
  const mail = (p: Person): string => (org.domain ? workEmail(p, org.domain) : personalEmail(rng, p));
  const { arrays, systems } = buildArraysAndSystems(rng, kind, org);
  return {
    holder: {
      tin,
      kind,
      nameKy: org.nameKy,
      nameRu: org.nameRu,
      nameEn: org.nameEn,
      ...registration(rng, index),
      legalAddress: org.address,
      regionCode: org.region,
      sectorKey: org.sector,
      ownershipForm: org.ownershipForm,
      subordination: org.subordination,
      headName: fullName(head),
      headPosition: org.headPosition,
      phone: entrepreneur || rng.chance(0.2) ? mobilePhone(rng) : landline(rng, org.areaCode),
      email: org.domain ? `${rng.pick(['info', 'office', 'kense'])}@${org.domain}` : personalEmail(rng, head),
      responsiblePersonName: fullName(responsible),
      responsiblePersonPhone: mobilePhone(rng),
      responsiblePersonEmail: mail(responsible),
      staffCount: org.staff,
    },
    arrays,
    systems,
  };
}

/** Streams `holders` demo holders (indexes 0 … holders-1), deterministic for a given seed. */
export function* generateRegistry(opts: { holders: number; seed?: number }): Generator<DemoHolder> {
  const seed = opts.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(opts.holders) || opts.holders < 0 || opts.holders > MAX_HOLDERS) {
    throw new RangeError(`holders must be an integer in [0, ${MAX_HOLDERS}]`);
  }
  for (let i = 0; i < opts.holders; i++) yield demoHolderAt(i, seed);
}
