// Shape of seeds/requirements/*.yaml (documented in seeds/README.md).
// Rules are checked by the rule language's own parser, so an unknown fact or op names its path.
import { z } from 'zod';
import { EnLocalized, RuleSchema } from './rule.schema.js';
import { ACT_CODE, ACT_OR_PROVISION_CODE } from '../modules/legal-act/legal-act.codes.js';
import { SeedDate } from './yaml-file.js';
import { LocalizedTextSchema } from './legal-act.schema.js';

const isoDate = SeedDate;

const Ref = z.string().regex(ACT_OR_PROVISION_CODE, 'must be an act code or <act>#<eId>');

/**
 * A reference: a plain address (cited while its act has a version in force), or one with a
 * narrower window where the wording moved between acts, and a note on what is unknown.
 */
const ProvisionRefSchema = z.union([
  Ref,
  z.strictObject({ ref: Ref, validFrom: isoDate.nullish(), validTo: isoDate.nullish(), note: z.string().trim().min(1).nullish() }),
]);
export type ProvisionRefSeed = z.output<typeof ProvisionRefSchema>;

const RequirementCode = z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'codes are lowercase, dotted');

/**
 * What a scenario act (a draft, or adopted but never in force) would do to baseline requirements,
 * applied only when that act is in the scenario: `repeals` ends them, `replaces` ends each in favour
 * of a requirement the act brings, `takesOver` keeps them with their basis moved to the act.
 */
export const ScenarioEffectSeedSchema = z
  .strictObject({
    act: z.string().regex(ACT_CODE, 'must be an act code'),
    cites: Ref,
    repeals: z.array(RequirementCode).default([]),
    replaces: z.record(RequirementCode, RequirementCode).default({}),
    takesOver: z.array(RequirementCode).default([]),
    verified: z.boolean(),
    note: z.string().trim().min(1).nullish(),
  })
  .refine((e) => e.verified || e.note, { message: 'an unverified effect must say why in `note`', path: ['note'] });
export type ScenarioEffectSeed = z.output<typeof ScenarioEffectSeedSchema>;

export const RequirementSeedSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'codes are lowercase, dotted'),
    title: EnLocalized,
    description: LocalizedTextSchema.nullish(),
    appliesTo: z.enum(['HOLDER', 'ARRAY', 'SYSTEM']),
    sourceAct: z.string().regex(ACT_CODE, 'must be an act code'),
    provisions: z.array(ProvisionRefSchema).min(1),
    importance: z.enum(['MANDATORY', 'RECOMMENDED']),
    weight: z.number().positive().max(100),
    evidence: z.array(EnLocalized).default([]),
    rule: RuleSchema.nullish(),
    validFrom: isoDate.nullish(),
    validTo: isoDate.nullish(),
    verified: z.boolean(),
    note: z.string().trim().min(1).nullish(),
  })
  .refine((r) => r.verified || r.note, { message: 'an unverified requirement must say why in `note`', path: ['note'] });

export const RequirementsFileSchema = z.strictObject({
  schemaVersion: z.literal(1),
  requirements: z.array(RequirementSeedSchema).min(1),
  scenarioEffects: z.array(ScenarioEffectSeedSchema).default([]),
});
export type RequirementSeed = z.output<typeof RequirementSeedSchema>;
