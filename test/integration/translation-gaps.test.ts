// Per language, what the loaded legal content still lacks (test/support/translation-gaps.ts): the
// counts may only go down. When content is added, lower the baseline in
// test/fixtures/translation-gaps.json to the printed figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/paths.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';
import { LANGS, translationGaps, type Gaps } from '../support/translation-gaps.js';

const BASELINE: Gaps = JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'fixtures', 'translation-gaps.json'), 'utf8'));

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

describe('translation gaps', () => {
  it('never grow: per language, missing titles, headings and texts are at most the baseline', async () => {
    const now = await translationGaps(hub.orm.em.fork());
    console.info(`translation gaps (missing per language):\n${JSON.stringify(now, null, 2)}`);
    expect(Object.keys(now).sort()).toEqual(Object.keys(BASELINE).sort());
    for (const [kind, counts] of Object.entries(now)) {
      for (const l of LANGS) expect(counts[l], `${kind} ${l}`).toBeLessThanOrEqual(BASELINE[kind]![l]);
    }
  });
});
