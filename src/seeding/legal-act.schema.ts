// Shape of one seeds/legal-acts/*.yaml file (documented in seeds/README.md). Strict: unknown keys
// are errors, so a typo in a field name cannot silently drop legal content.
import { z } from 'zod';
import { ACT_CODE, ACT_OR_PROVISION_CODE, EID } from '../modules/legal-act/legal-act.codes.js';
import { SeedDate } from './yaml-file.js';
import { LegalActType, ProvisionKind, RelationType, VersionStatus } from '../modules/legal-act/legal-act.enums.js';

const isoDate = SeedDate;

const text = z.string().trim().min(1);
export const LocalizedTextSchema = z
  .strictObject({ ky: text.nullish(), ru: text.nullish(), en: text.nullish() })
  .refine((t) => Boolean(t.ky || t.ru || t.en), 'needs at least one of ky, ru, en');

export const SourceSchema = z.strictObject({
  url: z.url(),
  lang: z.enum(['ky', 'ru', 'en']).nullish(),
  note: text.nullish(),
});


const VersionSchema = z
  .strictObject({
    versionDate: isoDate,
    status: z.enum(VersionStatus),
    inForceFrom: isoDate.nullish(),
    inForceTo: isoDate.nullish(),
    title: LocalizedTextSchema,
    sources: z.array(SourceSchema).min(1, 'every version needs at least one source'),
    verified: z.boolean(),
    note: text.nullish(),
  })
  .refine((v) => !v.inForceFrom || !v.inForceTo || v.inForceTo > v.inForceFrom, {
    message: 'inForceTo must be after inForceFrom',
    path: ['inForceTo'],
  })
  .refine((v) => v.verified || v.note, { message: 'an unverified version must say why in `note`', path: ['note'] });

/** Where a provision's wording was copied from: a URL where the source has one, and when it was read. */
const TextSourceSchema = z
  .strictObject({ url: z.url().nullish(), lang: z.enum(['ky', 'ru', 'en']).nullish(), retrievedOn: isoDate.nullish(), note: text.nullish() })
  .refine((s) => s.url || s.note, 'a source without a URL must say what it is in `note`');

/**
 * The words of a provision in one language, for the act versions `fromVersion` to `toVersion`
 * (versionDates of this act, inclusive; default: `fromVersion` only). The same wording across
 * versions is declared, never assumed: a version without a text has its wording unknown.
 */
export const ProvisionTextSchema = z
  .strictObject({
    lang: z.enum(['ky', 'ru', 'en']),
    fromVersion: isoDate,
    toVersion: isoDate.nullish(),
    heading: text.nullish(),
    text: z.string().trim().min(1),
    /** The source breaks off: the text stops at its last whole word. */
    truncated: z.boolean().default(false),
    /** The act that gave this wording (an amendment), when the source says so. */
    amendedBy: z.string().regex(ACT_CODE, 'amendedBy must be an act code').nullish(),
    verified: z.boolean(),
    note: text.nullish(),
    sources: z.array(TextSourceSchema).min(1, 'every text needs its source'),
  })
  .refine((t) => !t.toVersion || t.toVersion >= t.fromVersion, { message: 'toVersion must not be before fromVersion', path: ['toVersion'] })
  .refine((t) => t.verified || t.note, { message: 'an unverified text must say why in `note`', path: ['note'] });

export type ProvisionTextSeed = z.output<typeof ProvisionTextSchema>;

export interface ProvisionSeed {
  eId: string;
  kind: ProvisionKind;
  number?: string | null;
  heading?: z.infer<typeof LocalizedTextSchema> | null;
  summary?: z.infer<typeof LocalizedTextSchema> | null;
  verified: boolean;
  sources?: z.infer<typeof SourceSchema>[] | null;
  texts?: ProvisionTextSeed[] | null;
  children?: ProvisionSeed[] | null;
}

const ProvisionSchema: z.ZodType<ProvisionSeed> = z.lazy(() =>
  z.strictObject({
    eId: z.string().regex(EID, 'eId must match [a-z0-9_-]+'),
    kind: z.enum(ProvisionKind),
    number: z.coerce.string().nullish(),
    heading: LocalizedTextSchema.nullish(),
    summary: LocalizedTextSchema.nullish(),
    verified: z.boolean(),
    sources: z.array(SourceSchema).nullish(),
    texts: z.array(ProvisionTextSchema).nullish(),
    children: z.array(ProvisionSchema).nullish(),
  }),
);

const RelationSchema = z.strictObject({
  type: z.enum(RelationType),
  target: z.string().regex(ACT_OR_PROVISION_CODE, 'target must be <act code> or <act code>#<eId>'),
  fromEId: z.string().regex(EID).nullish(),
  note: text.nullish(),
});

export const LegalActFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  code: z.string().regex(ACT_CODE, 'code must look like kg/<type>/<year>/<number>'),
  type: z.enum(LegalActType),
  number: z.coerce.string().nullish(),
  adoptedOn: isoDate.nullish(),
  issuer: LocalizedTextSchema.nullish(),
  versions: z.array(VersionSchema).min(1, 'an act needs at least one version'),
  provisions: z.array(ProvisionSchema).default([]),
  relations: z.array(RelationSchema).default([]),
});

export type LegalActFile = z.output<typeof LegalActFileSchema>;
