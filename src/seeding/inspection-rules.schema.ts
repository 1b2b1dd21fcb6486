// Shapes of seeds/sanctions/*.yaml and seeds/inspection-rules/*.yaml (documented in seeds/README.md).
import { z } from 'zod';
import { HOLDER_KINDS } from '../domain/registry/holder-kind.js';
import { ACT_CODE, ACT_OR_PROVISION_CODE } from '../modules/legal-act/legal-act.codes.js';
import { SeedDate } from './yaml-file.js';
import { LocalizedTextSchema, SourceSchema } from './legal-act.schema.js';

const isoDate = SeedDate;
const note = z.string().trim().min(1).nullish();
const OFFENDER = z.enum(['INDIVIDUAL', 'OFFICIAL', 'LEGAL_ENTITY']);
const unverifiedNeedsNote = <T extends { verified: boolean; note?: string | null }>(v: T) => v.verified || Boolean(v.note);

export const SanctionsFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  calculationIndicator: z
    .array(z.strictObject({ validFrom: isoDate, soms: z.number().positive(), verified: z.boolean(), note, sources: z.array(SourceSchema).default([]) }).refine(unverifiedNeedsNote, 'an unverified rate needs a note'))
    .min(1),
  offenderTypes: z.strictObject(Object.fromEntries(HOLDER_KINDS.map((k) => [k, OFFENDER])) as Record<(typeof HOLDER_KINDS)[number], typeof OFFENDER>),
  offenderTypesVerified: z.boolean(),
  offenderTypesNote: note,
  offenderRoles: z.strictObject({ LEGAL_ENTITY: OFFENDER, OFFICIAL: OFFENDER, INDIVIDUAL_ENTREPRENEUR: OFFENDER }),
  offenderRolesVerified: z.boolean(),
  offenderRolesNote: note,
  repetition: z
    .strictObject({ periodYears: z.number().int().min(1).max(10), startsDayAfterDecision: z.boolean(), anniversaryIncluded: z.boolean(), verified: z.boolean(), note })
    .refine(unverifiedNeedsNote, { message: 'an unverified repetition rule needs a note', path: ['note'] }),
  caps: z
    .array(
      z
        .strictObject({
          articles: z.array(z.string().min(1)).min(1),
          provision: z.string().regex(ACT_OR_PROVISION_CODE),
          validFrom: isoDate,
          validTo: isoDate.nullish(),
          caps: z.strictObject({ INDIVIDUAL: z.number().positive().optional(), OFFICIAL: z.number().positive().optional(), LEGAL_ENTITY: z.number().positive().optional() }),
          verified: z.boolean(),
          note,
        })
        .refine(unverifiedNeedsNote, { message: 'an unverified cap needs a note', path: ['note'] }),
    )
    .default([]),
  articles: z
    .array(
      z.strictObject({
        code: z.string().regex(ACT_OR_PROVISION_CODE),
        article: z.string().min(1),
        part: z.coerce.string().nullish(),
        title: LocalizedTextSchema,
        decidedBy: z.enum(['AGENCY', 'COURT']),
        repeatCode: z.string().regex(ACT_OR_PROVISION_CODE).nullish(),
        sanctions: z
          .array(
            z
              .strictObject({
                validFrom: isoDate,
                validTo: isoDate.nullish(),
                fines: z.strictObject({ INDIVIDUAL: z.number().positive().optional(), OFFICIAL: z.number().positive().optional(), LEGAL_ENTITY: z.number().positive().optional() }),
                verified: z.boolean(),
                sources: z.array(SourceSchema).default([]),
                note,
              })
              .refine(unverifiedNeedsNote, { message: 'an unverified sanction needs a note', path: ['note'] }),
          )
          .min(1),
      }),
    )
    .min(1),
});
export type SanctionsFile = z.output<typeof SanctionsFileSchema>;

const months = z.number().int().min(0).max(240);
export const InspectionRulesFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  moratoria: z.array(
    z
      .strictObject({
        code: z.string().min(1),
        act: z.string().regex(ACT_CODE),
        from: isoDate,
        until: isoDate,
        track: z.enum(['BUSINESS', 'STATE']),
        exceptRecordedViolations: z.boolean(),
        verified: z.boolean(),
        note,
      })
      .refine((m) => m.until > m.from, { message: 'until must be after from', path: ['until'] })
      .refine(unverifiedNeedsNote, { message: 'an unverified moratorium needs a note', path: ['note'] }),
  ),
  limits: z
    .array(
      z
        .strictObject({
          track: z.enum(['BUSINESS', 'STATE']),
          validFrom: isoDate,
          sourceAct: z.string().regex(ACT_CODE),
          planned: z.strictObject({ HIGH: months, MEDIUM: months, LOW: months }),
          noticeDays: z.number().int().min(0).max(365),
          maxDurationDays: z.number().int().min(1).max(365),
          conflictLookbackMonths: months,
          verified: z.boolean(),
          note,
        })
        .refine(unverifiedNeedsNote, { message: 'unverified limits need a note', path: ['note'] }),
    )
    .min(1),
});
export type InspectionRulesFile = z.output<typeof InspectionRulesFileSchema>;
