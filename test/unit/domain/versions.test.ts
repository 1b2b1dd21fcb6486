import { describe, expect, it } from 'vitest';
import { isInForceOn, latestVersion, versionInForceOn, type DatedVersion } from '../../../src/domain/legal/versions.js';

// Law 58 as modelled: original text, then two amendments, plus a draft with no dates.
const original = { versionDate: '2008-04-14', inForceFrom: '2008-04-18', inForceTo: '2017-07-20' };
const amended2017 = { versionDate: '2017-07-20', inForceFrom: '2017-07-20', inForceTo: '2021-11-29' };
const amended2021 = { versionDate: '2021-11-29', inForceFrom: '2021-11-29', inForceTo: null };
const draft = { versionDate: '2023-10-23', inForceFrom: null, inForceTo: null };
const versions = [amended2021, original, draft, amended2017];

describe(versionInForceOn.name, () => {
  it.each([
    ['2008-04-17', 'the day before entry into force', null],
    ['2008-04-18', 'the day of entry into force', original],
    ['2017-07-19', 'the last day of the original text', original],
    ['2017-07-20', 'the day the amendment starts (ends are exclusive)', amended2017],
    ['2024-01-01', 'inside an open-ended version', amended2021],
  ] as [string, string, DatedVersion | null][])('answers for %s (%s)', (date, _when, expected) => {
    expect(versionInForceOn(versions, date)).toBe(expected);
  });

  it('never answers a draft, whatever the date', () => {
    expect(versionInForceOn([draft], '2030-01-01')).toBeNull();
  });

  it('prefers the version that entered into force last when intervals overlap', () => {
    const overlapping = { versionDate: '2019-01-01', inForceFrom: '2019-01-01', inForceTo: null };
    expect(versionInForceOn([amended2017, overlapping], '2020-01-01')).toBe(overlapping);
  });
});

describe(isInForceOn.name, () => {
  it('treats inForceTo as the first day no longer in force', () => {
    expect(isInForceOn(original, '2017-07-19')).toBe(true);
    expect(isInForceOn(original, '2017-07-20')).toBe(false);
  });
});

describe(latestVersion.name, () => {
  it('picks the newest text even when it is a draft', () => {
    expect(latestVersion(versions)).toBe(draft);
  });

  it('answers null for no versions', () => {
    expect(latestVersion([])).toBeNull();
  });
});
