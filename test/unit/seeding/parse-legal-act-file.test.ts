import { describe, expect, it } from 'vitest';
import { parseLegalActFile } from '../../../src/seeding/read-legal-acts.js';
import { SeedError } from '../../../src/seeding/seed-error.js';

const valid = `
schemaVersion: 1
code: kg/law/2008/58
type: LAW
number: "58"
adoptedOn: 2008-04-14
versions:
  - versionDate: 2008-04-14
    status: IN_FORCE
    inForceFrom: 2008-04-18
    title: { ru: Об информации персонального характера }
    sources: [{ url: "https://example.org/law-58", lang: ru }]
    verified: true
provisions:
  - eId: art_17
    kind: ARTICLE
    number: 17
    verified: true
    children:
      - { eId: art_17__point_e, kind: POINT, number: e, verified: true }
relations:
  - { type: CITES, target: "kg/law/2007/72", fromEId: art_17 }
`;

function seedError(source: string): SeedError {
  try {
    parseLegalActFile('seeds/legal-acts/x.yaml', source);
  } catch (e) {
    if (e instanceof SeedError) return e;
    throw e;
  }
  throw new Error('expected a SeedError');
}

describe(parseLegalActFile.name, () => {
  it('normalises YAML dates to ISO strings and collects nested eIds', () => {
    const { act, eIds } = parseLegalActFile('x.yaml', valid);
    expect(act.adoptedOn).toBe('2008-04-14');
    expect(act.versions[0]!.inForceFrom).toBe('2008-04-18');
    expect([...eIds]).toEqual(['art_17', 'art_17__point_e']);
  });

  it.each([
    ['an unknown status', valid.replace('status: IN_FORCE', 'status: VALID'), 'versions[0].status'],
    ['a misspelt key', valid.replace('verified: true\nprovisions', 'verifed: true\nprovisions'), 'versions[0].verifed'],
    ['an impossible date', valid.replace('inForceFrom: 2008-04-18', 'inForceFrom: "2008-02-30"'), 'versions[0].inForceFrom'],
    ['a code that does not match the type', valid.replace('type: LAW', 'type: CODE'), 'code'],
    ['a duplicate eId', valid.replace('art_17__point_e', 'art_17'), 'provisions[0].children[0].eId'],
    ['a relation from an unknown provision', valid.replace('fromEId: art_17 }', 'fromEId: art_99 }'), 'relations[0].fromEId'],
    ['a version without sources', valid.replace(/sources: \[.*\]/, 'sources: []'), 'versions[0].sources'],
    ['an unverified version without a note', valid.replace('verified: true\nprovisions', 'verified: false\nprovisions'), 'versions[0].note'],
  ])('rejects %s naming the path', (_what, source, path) => {
    const e = seedError(source);
    expect(e.file).toBe('seeds/legal-acts/x.yaml');
    expect(e.path).toBe(path);
    expect(e.message).toContain(`seeds/legal-acts/x.yaml: ${path}:`);
  });

  it('rejects broken YAML with the parser message', () => {
    expect(seedError('code: [unclosed').reason).toMatch(/invalid YAML/);
  });
});
