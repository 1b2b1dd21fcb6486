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

export interface ProvisionSeed {
  eId: string;
  kind: ProvisionKind;
  number?: string | null;
  heading?: z.infer<typeof LocalizedTextSchema> | null;
  summary?: z.infer<typeof LocalizedTextSchema> | null;
  verified: boolean;
  sources?: z.infer<typeof SourceSchema>[] | null;
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
