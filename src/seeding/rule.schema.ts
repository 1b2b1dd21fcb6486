// Pieces the requirement and rule-table seed shapes share: a rule checked by the rule language's
// own parser (its problems keep their path inside the rule), and a text that must have English.
import { z } from 'zod';
import { parseRule } from '../domain/rules/rule.js';
import { LocalizedTextSchema } from './legal-act.schema.js';

export const RuleSchema = z.unknown().superRefine((value, ctx) => {
  const parsed = parseRule(value);
  if (parsed.ok) return;
  for (const p of parsed.problems) {
    const path = p.path === '(rule)' ? [] : p.path.split(/\.|(?=\[)/).map((s) => (s.startsWith('[') ? Number(s.slice(1, -1)) : s));
    ctx.addIssue({ code: 'custom', path, message: p.message });
  }
});

export const EnLocalized = LocalizedTextSchema.refine((t) => Boolean(t.en), 'an English text is required');
