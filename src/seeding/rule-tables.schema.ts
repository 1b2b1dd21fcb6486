// Shape of seeds/rule-tables/*.yaml (documented in seeds/README.md): a table's identity and its
// dated versions. Rules are checked by the rule language's own parser, so an unknown fact or op
// names its path.
import { z } from 'zod';
import { EnLocalized, RuleSchema } from './rule.schema.js';
import { ACT_CODE } from '../modules/legal-act/legal-act.codes.js';
import { WHEN_FACTS_MISSING } from '../domain/rules/rule-table.js';
import { SeedDate } from './yaml-file.js';


const RowSchema = z.strictObject({ id: z.string().min(1), result: z.unknown(), when: RuleSchema, note: z.string().nullish() });

/** One dated version: what the table says from `validFrom` until the next version's validFrom. */
export const RuleTableVersionSchema = z
  .strictObject({
    version: z.number().int().positive(),
    validFrom: SeedDate,
    verified: z.boolean(),
    note: z.string().trim().min(1).nullish(),
    whenFactsMissing: z.enum(WHEN_FACTS_MISSING),
    default: z.unknown(),
    rows: z.array(RowSchema).min(1),
  })
  .refine((v) => v.verified || v.note, { message: 'an unverified version must say why in `note`', path: ['note'] })
  .superRefine((v, ctx) => {
    const ids = new Set<string>();
    v.rows.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'id'], message: `row id ${r.id} is used twice` });
      ids.add(r.id);
    });
  });
export type RuleTableVersionSeed = z.output<typeof RuleTableVersionSchema>;

export const RuleTableFileSchema = z
  .strictObject({
    schemaVersion: z.literal(2),
    code: z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/),
    kind: z.enum(['PROTECTION_LEVEL', 'RISK_POINTS', 'RISK_DEGREE']),
    sourceAct: z.string().regex(ACT_CODE),
    title: EnLocalized,
    /** Every version ever loaded, oldest first: numbered 1, 2, … with strictly later validFrom. */
    versions: z.array(RuleTableVersionSchema).min(1),
  })
  .superRefine((t, ctx) => {
    t.versions.forEach((v, i) => {
      // RiskAssessment.degree (and the plan) cannot carry an UNDETERMINED degree yet: see seeds/README.md.
      if (t.kind !== 'PROTECTION_LEVEL' && v.whenFactsMissing !== 'STRICTEST') {
        ctx.addIssue({ code: 'custom', path: ['versions', i, 'whenFactsMissing'], message: `a ${t.kind} table must say STRICTEST (the risk degree of the API and the plan cannot be UNDETERMINED yet)` });
      }
      if (v.version !== i + 1) ctx.addIssue({ code: 'custom', path: ['versions', i, 'version'], message: `must be ${i + 1} (versions are numbered 1, 2, … in order)` });
      const prev = t.versions[i - 1];
      if (prev && v.validFrom <= prev.validFrom) ctx.addIssue({ code: 'custom', path: ['versions', i, 'validFrom'], message: `must be after version ${prev.version}'s validFrom ${prev.validFrom}` });
    });
  });
export type RuleTableFile = z.output<typeof RuleTableFileSchema>;
