import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { demoHolderAt, generateRegistry, type DemoHolder } from '../../../src/demo/generate-registry.js';
import { USED_TAXONOMY_KEYS, isEmployeeCategory } from '../../../src/demo/vocabulary.js';
import { tinProblem } from '../../../src/domain/registry/tin.js';
import { ArrayFieldsSchema, HolderFieldsSchema, SystemFieldsSchema } from '../../../src/modules/holder/holder.schemas.js';
import { REPO_ROOT, SEEDS_DIR } from '../../../src/paths.js';

const take = (holders: number, seed?: number): DemoHolder[] => [...generateRegistry({ holders, seed })];
const first2000 = take(2000);

/** Keys of seeds/taxonomies/*.yaml by taxonomy name (region, sector, data-category, subject-category). */
function taxonomyKeys(): Map<string, Set<string>> {
  const dir = join(SEEDS_DIR, 'taxonomies');
  const byTaxonomy = new Map<string, Set<string>>();
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    const doc = parse(readFileSync(join(dir, file), 'utf8')) as { taxonomy: string; terms: { key: string }[] };
    byTaxonomy.set(doc.taxonomy, new Set(doc.terms.map((t) => t.key)));
  }
  return byTaxonomy;
}

describe('generateRegistry', () => {
  it('is deterministic for a seed, and holder i does not depend on the run length', () => {
    expect(take(30)).toEqual(take(30, 58));
    expect(take(10)[7]).toEqual(take(50)[7]);
    expect(demoHolderAt(7)).toEqual(first2000[7]);
    expect(take(5, 1)).not.toEqual(take(5, 2));
  });

  it('produces holders, arrays and systems that pass the holder schemas', () => {
    const problems: string[] = [];
    first2000.forEach(({ holder, arrays, systems }, i) => {
      const results = [
        HolderFieldsSchema.safeParse(holder),
        ...arrays.map((a) => ArrayFieldsSchema.safeParse(a)),
        ...systems.map(({ arrayNames: _, ...s }) => SystemFieldsSchema.safeParse(s)),
      ];
      for (const r of results) if (!r.success) problems.push(`holder ${i}: ${JSON.stringify(r.error.issues)}`);
      if (tinProblem(holder.tin, holder.kind)) problems.push(`holder ${i}: TIN ${holder.tin}`);
    });
    expect(problems).toEqual([]);
  });

  it('keeps registration status, dates and registry numbers consistent', () => {
    for (const { holder: h } of first2000) {
      const dates = [h.applicationSubmittedOn, h.registeredOn, h.listsApprovedOn].filter((d): d is string => d !== null);
      expect(dates).toEqual([...dates].sort());
      for (const d of dates) expect(d >= '2023-01-01' && d <= '2026-12-31').toBe(true);
      if (h.registrationStatus === 'NOT_REGISTERED') expect([dates.length, h.registryNumber]).toEqual([0, null]);
      if (h.registrationStatus === 'APPLICATION_SUBMITTED') expect([dates.length, h.registryNumber]).toEqual([1, null]);
      if (['REGISTERED', 'LISTS_APPROVED', 'DEREGISTERED'].includes(h.registrationStatus)) {
        expect(h.registryNumber).toMatch(/^RPD-20(2[3-6])-\d{6,}$/);
        expect(h.registeredOn).not.toBeNull();
        expect(h.registryNumber!.slice(4, 8)).toBe(h.registeredOn!.slice(0, 4));
      }
      if (h.registrationStatus === 'LISTS_APPROVED') expect(h.listsApprovedOn).not.toBeNull();
    }
  });

  it('links systems only to arrays of their holder, with consistent categories', () => {
    for (const { arrays, systems } of first2000) {
      expect(arrays.length).toBeGreaterThanOrEqual(1);
      expect(arrays.length).toBeLessThanOrEqual(4);
      expect(systems.length).toBeLessThanOrEqual(3);
      expect(new Set(arrays.map((a) => a.name)).size).toBe(arrays.length);
      const byName = new Map(arrays.map((a) => [a.name, a]));
      for (const s of systems) {
        expect(s.arrayNames.length).toBeGreaterThanOrEqual(1);
        const processed = s.arrayNames.map((n) => byName.get(n));
        expect(processed.every((a) => a !== undefined)).toBe(true);
        const union = new Set(processed.flatMap((a) => a!.dataCategories));
        expect(s.dataCategories.every((k) => union.has(k))).toBe(true);
        expect(s.employeesOnly).toBe(processed.every((a) => a!.subjectCategories.every(isEmployeeCategory)));
        for (const a of processed) expect(a!.media).toContain('INFORMATION_SYSTEM');
      }
      const inSystems = new Set(systems.flatMap((s) => s.arrayNames));
      for (const a of arrays) expect(a.media.includes('INFORMATION_SYSTEM')).toBe(inSystems.has(a.name));
    }
  });

  it('never repeats a TIN or a registry number across 20,000 holders', () => {
    const tins = new Set<string>();
    const numbers = new Set<string>();
    let registered = 0;
    for (const { holder } of generateRegistry({ holders: 20_000 })) {
      tins.add(holder.tin);
      if (holder.registryNumber) {
        registered++;
        numbers.add(holder.registryNumber);
      }
    }
    expect(tins.size).toBe(20_000);
    expect(numbers.size).toBe(registered);
    expect(registered).toBeGreaterThan(8_000);
  });

  it('mixes holder kinds, regions and cross-border transfers in sensible proportions', () => {
    const kinds: Record<string, number> = {};
    let bishkek = 0;
    let crossBorder = 0;
    let stateSystems = 0;
    const n = 10_000;
    for (const { holder, arrays, systems } of generateRegistry({ holders: n })) {
      kinds[holder.kind] = (kinds[holder.kind] ?? 0) + 1;
      if (holder.regionCode === 'KG-GB') bishkek++;
      if (arrays.some((a) => a.crossBorderCountries.length > 0)) crossBorder++;
      if (systems.some((s) => s.isStateSystem)) stateSystems++;
      if (holder.kind.startsWith('LOCAL') || holder.kind === 'STATE_BODY') expect(holder.sectorKey).toMatch(/^public_administration\./);
      else expect(holder.sectorKey).not.toMatch(/^public_administration/);
    }
    const share = (k: string) => (kinds[k] ?? 0) / n;
    expect(share('COMMERCIAL_ORGANISATION')).toBeGreaterThan(0.66);
    expect(share('COMMERCIAL_ORGANISATION')).toBeLessThan(0.74);
    expect(share('NON_COMMERCIAL_ORGANISATION')).toBeGreaterThan(0.08);
    expect(share('NON_COMMERCIAL_ORGANISATION')).toBeLessThan(0.12);
    expect(share('INDIVIDUAL_ENTREPRENEUR')).toBeGreaterThan(0.1);
    expect(share('INDIVIDUAL_ENTREPRENEUR')).toBeLessThan(0.14);
    for (const k of ['STATE_BODY', 'LOCAL_STATE_ADMINISTRATION', 'LOCAL_SELF_GOVERNMENT']) expect(share(k)).toBeGreaterThan(0.01);
    expect(share('STATE_BODY')).toBeLessThan(0.06);
    expect(bishkek / n).toBeGreaterThan(0.3);
    expect(bishkek / n).toBeLessThan(0.5);
    expect(crossBorder / n).toBeGreaterThan(0.03);
    expect(crossBorder / n).toBeLessThan(0.08);
    expect(stateSystems).toBeGreaterThan(0);
  });

  it('uses only taxonomy keys that exist in seeds/taxonomies', () => {
    const keys = taxonomyKeys();
    const missing = (taxonomy: string, used: Iterable<string>) => [...used].filter((k) => !keys.get(taxonomy)?.has(k)).map((k) => `${taxonomy}:${k}`);
    const problems = Object.entries(USED_TAXONOMY_KEYS).flatMap(([taxonomy, used]) => missing(taxonomy, used));
    for (const { holder, arrays, systems } of first2000) {
      problems.push(...missing('region', [holder.regionCode]), ...missing('sector', [holder.sectorKey]));
      for (const a of arrays) problems.push(...missing('data-category', a.dataCategories), ...missing('subject-category', a.subjectCategories));
      for (const s of systems) problems.push(...missing('data-category', s.dataCategories));
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('never uses Math.random', () => {
    const dir = join(REPO_ROOT, 'src', 'demo');
    for (const file of readdirSync(dir)) expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/Math\.random\s*\(/);
  });
});
