// Validation of Registry records at the edge (GraphQL inputs, bulk import rows, demo data). Shapes
// are plain; vocabulary checks (regions, sectors, categories) need the seeded taxonomies and live
// in vocabulary.ts. Messages name the field; callers prefix the path (`input.`, a CSV column…).
import { z } from 'zod';
import { REGION_CODE, REGION_CODE_MESSAGE } from '../../domain/registry/region.js';
import { HOLDER_KINDS } from '../../domain/registry/holder-kind.js';
import { REGISTRATION_STATUSES, registrationDatesProblem } from '../../domain/registry/registration.js';
import { tinProblem } from '../../domain/registry/tin.js';
import { isIsoDate } from '../../graphql/date.scalar.js';
import { OWNERSHIP_FORMS, STORAGE_MEDIA, THREAT_TYPES } from './holder.enums.js';

const text = z.string().trim().min(1).max(2000);
const optText = text.nullish();
const isoDate = z.string().refine(isIsoDate, 'must be a date YYYY-MM-DD');
const count = z.number().int().min(0).max(50_000_000);
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as KZ');
const key = z.string().max(255).regex(/^[A-Za-z0-9_.-]+$/, 'must be a taxonomy key');
// varchar(255) in the database (RFC 5321 allows 254).
const email = z.email('must be an e-mail address').max(254);

export const HolderFieldsSchema = z
  .object({
    tin: z.string(),
    kind: z.enum(HOLDER_KINDS),
    nameKy: optText,
    nameRu: optText,
    nameEn: optText,
    registryNumber: z.string().trim().min(1).max(64).nullish(),
    registrationStatus: z
      .enum(REGISTRATION_STATUSES)
      .nullish()
      .transform((s) => s ?? 'NOT_REGISTERED'),
    applicationSubmittedOn: isoDate.nullish(),
    registeredOn: isoDate.nullish(),
    listsApprovedOn: isoDate.nullish(),
    deregisteredOn: isoDate.nullish(),
    legalAddress: optText,
    regionCode: z.string().regex(REGION_CODE, REGION_CODE_MESSAGE).nullish(),
    sectorKey: key.nullish(),
    ownershipForm: z.enum(OWNERSHIP_FORMS).nullish(),
    subordination: optText,
    headName: optText,
    headPosition: optText,
    phone: z.string().regex(/^\+?[0-9 ()-]{5,20}$/, 'must be a phone number').nullish(),
    email: email.nullish(),
    responsiblePersonName: optText,
    responsiblePersonPhone: z.string().regex(/^\+?[0-9 ()-]{5,20}$/, 'must be a phone number').nullish(),
    responsiblePersonEmail: email.nullish(),
    staffCount: count.nullish(),
  })
  .superRefine((h, ctx) => {
    const tin = tinProblem(h.tin, h.kind);
    if (tin) ctx.addIssue({ code: 'custom', path: ['tin'], message: tin });
    if (!h.nameKy && !h.nameRu) ctx.addIssue({ code: 'custom', path: ['nameRu'], message: 'a name in Kyrgyz or Russian is required' });
    const dates = registrationDatesProblem(h);
    if (dates) ctx.addIssue({ code: 'custom', path: [dates.field], message: dates.reason });
    const registered = h.registrationStatus === 'REGISTERED' || h.registrationStatus === 'LISTS_APPROVED';
    if (registered && !h.registryNumber) {
      ctx.addIssue({ code: 'custom', path: ['registryNumber'], message: `is required when the status is ${h.registrationStatus}` });
    }
  });
export type HolderFields = z.output<typeof HolderFieldsSchema>;
export type HolderFieldsInput = z.input<typeof HolderFieldsSchema>;

export const ArrayFieldsSchema = z.object({
  name: text.max(500),
  purposes: z.array(text).min(1, 'at least one purpose is required'),
  collectionMethods: optText,
  useMethods: optText,
  storageModes: optText,
  storageTerm: optText,
  dataCategories: z.array(key).min(1, 'at least one data category is required'),
  subjectCategories: z.array(key).min(1, 'at least one subject category is required'),
  subjectCount: count.nullish(),
  sources: optText,
  informingProcedure: optText,
  securityMeasures: optText,
  recipients: z.array(text).default([]),
  crossBorderCountries: z.array(country).default([]),
  media: z.array(z.enum(STORAGE_MEDIA)).min(1, 'at least one medium is required'),
});
export type ArrayFields = z.output<typeof ArrayFieldsSchema>;

export const SystemFieldsSchema = z.object({
  name: text.max(500),
  isStateSystem: z.boolean().default(false),
  hostingCountry: country.nullish(),
  internetExposed: z.boolean().default(false),
  dataCategories: z.array(key).default([]),
  subjectCount: count.nullish(),
  employeesOnly: z.boolean().default(false),
  threatType: z.enum(THREAT_TYPES).nullish(),
});
export type SystemFields = z.output<typeof SystemFieldsSchema>;

/** One row of a Registry export: an array with its holder's fields (CSV / JSON Lines import). */
export const RegistryRowSchema = z.object({
  holder: HolderFieldsSchema,
  array: ArrayFieldsSchema,
});
export type RegistryRow = z.output<typeof RegistryRowSchema>;
export type RegistryRowInput = z.input<typeof RegistryRowSchema>;
