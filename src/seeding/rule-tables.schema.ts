// Shape of seeds/rule-tables/*.yaml (documented in seeds/README.md). Rules are checked by the
// rule language's own parser, so an unknown fact or op names its path.
import { z } from 'zod';
import { parseRule } from '../domain/rules/rule.js';
import { ACT_CODE } from '../modules/legal-act/legal-act.codes.js';
import { LocalizedTextSchema } from './legal-act.schema.js';

/** A rule validated by parseRule; its problems keep their path inside the rule. */
const RuleSchema = z.unknown().superRefine((value, ctx) => {
  const parsed = parseRule(value);
  if (parsed.ok) return;
  for (const p of parsed.problems) {
    const path = p.path === '(rule)' ? [] : p.path.split(/\.|(?=\[)/).map((s) => (s.startsWith('[') ? Number(s.slice(1, -1)) : s));
    ctx.addIssue({ code: 'custom', path, message: p.message });
  }
});

const EnLocalized = LocalizedTextSchema.refine((t) => Boolean(t.en), 'an English text is required');

export const RuleTableFileSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    code: z.string().regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/),
    kind: z.enum(['PROTECTION_LEVEL', 'RISK_POINTS', 'RISK_DEGREE']),
    sourceAct: z.string().regex(ACT_CODE),
    title: EnLocalized,
    verified: z.boolean(),
    note: z.string().trim().min(1).nullish(),
    default: z.unknown(),
    rows: z.array(z.strictObject({ id: z.string().min(1), result: z.unknown(), when: RuleSchema, note: z.string().nullish() })).min(1),
  })
  .refine((t) => t.verified || t.note, { message: 'an unverified table must say why in `note`', path: ['note'] });
export type RuleTableFile = z.output<typeof RuleTableFileSchema>;
