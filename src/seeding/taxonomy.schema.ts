// Shape of one seeds/taxonomies/*.yaml file (documented in seeds/README.md).
import { z } from 'zod';
import { REGION_CODE } from '../domain/registry/region.js';
import { LocalizedTextSchema, SourceSchema } from './legal-act.schema.js';

export const TAXONOMIES = ['region', 'data-category', 'subject-category', 'sector'] as const;
export type TaxonomyName = (typeof TAXONOMIES)[number];

const DOTTED_KEY = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;
const REGION_KEY = REGION_CODE;

const TermSchema = z
  .strictObject({
    key: z.string(),
    label: LocalizedTextSchema.refine((l) => Boolean(l.en), 'an English label is required'),
    description: LocalizedTextSchema.nullish(),
    kind: z.enum(['OBLAST', 'CITY']).nullish(),
    verified: z.boolean(),
    note: z.string().trim().min(1).nullish(),
  })
  .refine((t) => t.verified || t.note, { message: 'an unverified term must say why in `note`', path: ['note'] });

export const TaxonomyFileSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    taxonomy: z.enum(TAXONOMIES),
    version: z.number().int().min(1),
    sources: z.array(SourceSchema).min(1),
    terms: z.array(TermSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.terms.forEach((t, i) => {
      const isRegion = file.taxonomy === 'region';
      if (!(isRegion ? REGION_KEY : DOTTED_KEY).test(t.key)) {
        ctx.addIssue({ code: 'custom', path: ['terms', i, 'key'], message: isRegion ? 'must be an ISO 3166-2:KG code' : 'must be a lowercase dotted key' });
      }
      if (seen.has(t.key)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'key'], message: `duplicate key ${t.key}` });
      const parent = t.key.includes('.') ? t.key.slice(0, t.key.lastIndexOf('.')) : null;
      if (parent && !seen.has(parent)) {
        ctx.addIssue({ code: 'custom', path: ['terms', i, 'key'], message: `parent ${parent} must be listed before ${t.key}` });
      }
      if (isRegion !== Boolean(t.kind)) {
        ctx.addIssue({ code: 'custom', path: ['terms', i, 'kind'], message: isRegion ? 'regions need kind OBLAST or CITY' : 'only regions have a kind' });
      }
      seen.add(t.key);
    });
  });
export type TaxonomyFile = z.output<typeof TaxonomyFileSchema>;
