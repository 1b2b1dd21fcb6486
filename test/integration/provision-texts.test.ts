// The law's own words, version by version (seeds/legal-acts/*.yaml `texts`): a provision read on
// a day takes the act version in force then, a wording not in the sources is unknown (null, never
// another version's), two versions compare word by word with the amending act, Law 58's articles
// sit in their chapter, and search finds Kyrgyz and Russian wordings in force on a day.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../src/paths.js';
import { parseLegalActFile } from '../../src/seeding/read-legal-acts.js';
import { seedReferenceData } from '../../src/seeding/seed.js';
import { SeedError } from '../../src/seeding/seed-error.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

type Data = Record<string, any>; // answers read loosely: the assertions check their shape
async function gql(source: string, variables: Record<string, unknown> = {}): Promise<Data> {
  const { data, errors } = await hub.execute(parse(source) as unknown as TypedDocumentNode<Data, Record<string, unknown>>, variables);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  return data!;
}

const ART_2_1 = 'kg/law/2008/58#art_2__part_1';

describe('provision texts on a date', () => {
  it('reads Law 58 Art. 2(1) in Russian as Law No. 129 worded it, and as unknown before that wording', async () => {
    const q = `query($code: String!, $date: Date!) { provision(code: $code) { textOn(date: $date, lang: RU) { lang text amendedBy verified version { versionDate } } } }`;
    const after = (await gql(q, { code: ART_2_1, date: '2018-01-01' })).provision.textOn;
    expect(after).toMatchObject({ lang: 'RU', amendedBy: 'kg/law/2017/129', version: { versionDate: '2017-07-20' } });
    expect(after.text).toMatch(/^1\. Действие настоящего Закона распространяется/);
    // The 2021 version keeps it (the consolidated translation marks Art. 2 as amended by Law 129 only).
    expect((await gql(q, { code: ART_2_1, date: '2024-01-01' })).provision.textOn.version.versionDate).toBe('2021-11-29');
    // The 2008 wording is not in the sources: unknown, not the 2017 words.
    expect((await gql(q, { code: ART_2_1, date: '2010-01-01' })).provision.textOn).toBeNull();
  });

  it('gives another language only with fallback, and says which', async () => {
    const q = `query($fallback: Boolean!) { provision(code: "kg/law/2008/58#art_1") { textOn(date: "2024-01-01", lang: KY, fallback: $fallback) { lang } } }`;
    expect((await gql(q, { fallback: false })).provision.textOn).toBeNull();
    expect((await gql(q, { fallback: true })).provision.textOn.lang).toBe('EN');
  });

  it('nests Law 58 Arts 1-3 in Chapter 1 and reads the version’s tree with its texts', async () => {
    const data = await gql(`{ legalAct(code: "kg/law/2008/58") { versionOn(date: "2024-01-01") { versionDate provisions {
      provision { eId } children { provision { eId } text(lang: EN) { text truncated } } } } } }`);
    const version = data.legalAct.versionOn;
    const chapter1 = version.provisions.find((p: Data) => p.provision.eId === 'chp_1');
    expect(chapter1.children.map((c: Data) => c.provision.eId)).toEqual(['art_1', 'art_2', 'art_3']);
    expect(chapter1.children[0].text.text).toMatch(/^The purposes of this Law are:/);
    expect(chapter1.children[2].text.truncated).toBe(true); // the stored source breaks off in Art. 3
  });

  it('lists every wording of a provision, oldest version first', async () => {
    const data = await gql(`{ provision(code: "${ART_2_1}") { texts { lang version { versionDate } } } }`);
    expect(data.provision.texts).toEqual([
      { lang: 'RU', version: { versionDate: '2017-07-20' } },
      { lang: 'RU', version: { versionDate: '2021-11-29' } },
    ]);
  });
});

describe('provision diff', () => {
  it('is UNKNOWN where one wording is not in the sources, and UNCHANGED where both are the same', async () => {
    const q = `query($from: Date!, $to: Date!) { provision(code: "kg/law/2008/58#art_2") { diff(from: $from, to: $to, lang: RU) {
      fromVersion { versionDate } toVersion { versionDate } changes { provision { eId } change amendedBy segments { kind } } } } }`;
    const across = (await gql(q, { from: '2010-01-01', to: '2018-01-01' })).provision.diff;
    expect(across.fromVersion.versionDate).toBe('2008-04-14');
    expect(across.changes).toEqual([{ provision: { eId: 'art_2__part_1' }, change: 'UNKNOWN', amendedBy: 'kg/law/2017/129', segments: [] }]);
    const later = (await gql(q, { from: '2018-01-01', to: '2024-01-01' })).provision.diff;
    expect(later.changes.map((c: Data) => c.change)).toEqual(['UNCHANGED']);
  });

  it('shows the words an amendment added and removed, with the amending act', async () => {
    // A copy of the seeds with an (illustrative) English wording of Art. 2 for the 2008 version.
    const dir = mkdtempSync(join(tmpdir(), 'hub-texts-'));
    try {
      cpSync(SEEDS_DIR, dir, { recursive: true });
      const file = join(dir, 'legal-acts', 'kg-law-2008-58.yaml');
      const yaml = readFileSync(file, 'utf8').replace(
        /(\n {6}- eId: art_2\n(?: {8}.*\n)*? {8}texts:\n)/,
        `$1          - lang: en\n            fromVersion: 2008-04-14\n            text: "1. This Law applies to relations arising from the handling of personal data."\n            verified: false\n            note: test fixture\n            sources: [{ note: test fixture }]\n`,
      );
      expect(yaml).toContain('note: test fixture');
      writeFileSync(file, yaml);
      await seedReferenceData(hub.orm.em, dir);
      const data = await gql(`{ provision(code: "kg/law/2008/58#art_2") { diff(from: "2010-01-01", to: "2018-01-01", lang: EN) { changes { provision { eId } change amendedBy segments { kind text } } } } }`);
      const [art2] = data.provision.diff.changes;
      expect(art2).toMatchObject({ provision: { eId: 'art_2' }, change: 'CHANGED', amendedBy: 'kg/law/2017/129' });
      const added = art2.segments.filter((s: Data) => s.kind === 'ADDED').map((s: Data) => s.text).join('');
      expect(added).toContain('regardless of the means of processing');
      expect(art2.segments.filter((s: Data) => s.kind === 'SAME').map((s: Data) => s.text).join('')).toContain('This Law applies to relations arising from the handling of personal data');
    } finally {
      await seedReferenceData(hub.orm.em); // back to the committed seeds
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('search over provision texts', () => {
  const q = `query($s: String!, $lang: Lang!, $asOf: Date) { provisions(search: $s, lang: $lang, asOf: $asOf, first: 20) {
    totalCount edges { node { lang provision { code } version { versionDate } } } } }`;
  const codes = (d: Data) => d.provisions.edges.map((e: Data) => e.node.provision.code).sort();

  it('finds Kyrgyz wordings by substring, only in the version in force on the day', async () => {
    // "каттабастан" (without registering): Art. 413-2(3) as worded by Law No. 95, in force from 23 Nov 2025.
    expect(codes(await gql(q, { s: 'каттабастан', lang: 'KY', asOf: '2026-01-01' }))).toEqual(['kg/code/2021/128#art_413-2__part_3']);
    expect((await gql(q, { s: 'каттабастан', lang: 'KY', asOf: '2025-01-01' })).provisions.totalCount).toBe(0);
  });

  it('finds Russian wordings through the Russian stemmer (another case of the word)', async () => {
    // "информация" finds "информацией" of Law 58 Art. 2(1).
    const found = codes(await gql(q, { s: 'информация персонального характера', lang: 'RU', asOf: '2024-01-01' }));
    expect(found).toContain(ART_2_1);
    const drafts = codes(await gql(q, { s: 'персональные данные', lang: 'RU' }));
    expect(drafts.some((c: string) => c.startsWith('kg/draft/2023/law-on-personal-data-protection#'))).toBe(true);
  });

  it('refuses an empty search naming the field', async () => {
    const { errors } = await hub.execute(parse(`{ provisions(search: "  ", lang: RU) { totalCount } }`) as unknown as TypedDocumentNode<Data, Record<string, never>>);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});

describe('provision text seeds', () => {
  it('rejects two wordings of one provision and language for the same version, naming file and path', () => {
    const file = readFileSync(join(SEEDS_DIR, 'legal-acts', 'kg-law-2008-58.yaml'), 'utf8');
    const overlapping = file.replace(
      /(\n {12}texts:\n {14}- lang: ru\n {16}fromVersion: 2017-07-20\n)/,
      `\n            texts:\n              - lang: ru\n                fromVersion: 2021-11-29\n                text: another wording\n                verified: false\n                note: test\n                sources: [{ note: test }]\n              - lang: ru\n                fromVersion: 2017-07-20\n`,
    );
    expect(overlapping).not.toBe(file);
    expect(() => parseLegalActFile('seeds/legal-acts/kg-law-2008-58.yaml', overlapping)).toThrow(SeedError);
    expect(() => parseLegalActFile('seeds/legal-acts/kg-law-2008-58.yaml', overlapping)).toThrow(
      /kg-law-2008-58\.yaml.*provisions\[0\]\.children\[1\]\.children\[0\]\.texts\[1\]\.fromVersion.*overlaps.*texts\[0\].*2021-11-29/,
    );
  });
});
