// The hub's pages in real Chromium, over a hub with the demo data `npm start` loads: what a person
// sees on the public Registry search, a holder's page, the Agency dashboard with a key, and
// GraphiQL running an example; that no request leaves the machine; and axe's accessibility rules.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoRegistry } from '../../src/demo/load-demo.js';
import { OPERATOR } from '../../src/modules/auth/api-key.service.js';
import { startImpactRun } from '../../src/modules/impact/impact-run.service.js';
import { startHttpHub, type HttpHub } from '../support/http-hub.js';
import { openBrowser, type Session } from './browser.js';

const AKYLMAN = { tin: '08716695715028', name: 'ОсОО "Акылман Карго"' }; // README's demo organisation

let http: HttpHub;
let session: Session;
beforeAll(async () => {
  http = await startHttpHub();
  await loadDemoRegistry(http.hub.orm.em, OPERATOR, { holders: 200 });
  session = await openBrowser(http.base);
}, 180_000);
afterAll(async () => {
  await session?.close();
  await http?.close();
});

/** axe-core's WCAG 2 A/AA rules: no serious or critical violation. */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('public Registry pages', () => {
  it('searches by name, opens the holder page with its arrays, and switches language', async () => {
    const page = await session.page('/registry/?lang=ru');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/Найдено: 200/);
    await page.getByLabel('Название, ИНН (юридического лица) или номер в реестре').fill(AKYLMAN.tin); // a legal entity's TIN finds it
    await page.keyboard.press('Enter'); // the form submits from the keyboard
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Найдено: 1');
    const row = page.getByRole('row', { name: /Акылман Карго/ });
    expect(await row.textContent()).toContain(AKYLMAN.tin); // and is shown: it is public
    await session.shot(page, 'registry-search');
    await expectAccessible(page);

    await row.getByRole('link').click();
    await expect.poll(() => page.getByRole('heading', { level: 2 }).textContent()).toBe(AKYLMAN.name);
    expect(page.url()).toContain('holder=');
    const arrays = page.getByRole('listitem');
    expect(await arrays.count()).toBeGreaterThan(0);
    expect(await page.locator('.arrays').textContent()).toContain('Цели');
    await session.shot(page, 'registry-holder');
    await expectAccessible(page);

    await page.getByLabel('Язык').selectOption('ky');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ky');
    expect(await page.locator('.facts').textContent()).toContain('Реестр номери');
    expect(page.url()).toContain('lang=ky');
    await page.getByRole('link', { name: /Издөөгө кайтуу/ }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Табылды: 1'); // the search is kept
    await page.close();
  });

  it('filters by region and status, and hides an entrepreneur’s TIN as personal data', async () => {
    const page = await session.page('/registry/?lang=en&region=KG-GB&status=REGISTERED');
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Found: \d+$/);
    const shown = Number((await page.getByRole('status').textContent())!.replace(/\D/g, ''));
    const { body } = await http.gql('{ holders(filter: { regionCodes: ["KG-GB"], registrationStatuses: [REGISTERED] }) { totalCount } }');
    expect(shown).toBe((body.data as { holders: { totalCount: number } }).holders.totalCount);
    expect(await page.getByLabel('Region').inputValue()).toBe('KG-GB');

    const ie = await http.gql('{ holders(first: 1, filter: { kinds: [INDIVIDUAL_ENTREPRENEUR] }) { edges { node { registryNumber tin } } } }');
    const entrepreneur = (ie.body.data as { holders: { edges: { node: { registryNumber: string; tin: string | null } }[] } }).holders.edges[0]!.node;
    expect(entrepreneur.tin).toBeNull();
    await page.goto(`${http.base}/registry/?lang=en&q=${entrepreneur.registryNumber}`);
    const row = page.getByRole('row', { name: new RegExp(entrepreneur.registryNumber) });
    await expect.poll(() => row.textContent()).toContain('hidden (personal data)');
    await page.close();
  });

  it('says so when an entry does not exist, with no request outside the hub', async () => {
    const page = await session.page('/registry/?holder=SG9sZGVyOjk5OTk5OTk&lang=en');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('No such Registry entry');
    await page.close();
  });
});

describe('Agency dashboard', () => {
  it('asks for a key, refuses a wrong one with the hub’s reason, and draws the charts for an ANALYST key', async () => {
    // One recorded violation, so the violations charts have a bar (the demo data has none).
    const inspector = await http.keyFor('INSPECTOR');
    const holder = await http.gql(`{ holder(tin: "${AKYLMAN.tin}") { id } obligations(holderTin: "${AKYLMAN.tin}", onlyApplicable: true) { requirement { code } target { type } } }`, {}, inspector);
    const data = holder.body.data as { holder: { id: string }; obligations: { requirement: { code: string }; target: { type: string } }[] };
    const requirement = data.obligations.find((o) => o.target.type === 'HOLDER')!.requirement.code;
    const recorded = await http.gql(
      'mutation($input: RecordViolationInput!) { recordViolation(input: $input) { violation { id } } }',
      { input: { holderId: data.holder.id, provisionCodes: ['kg/law/2008/58#art_4__part_2'], requirementCodes: [requirement], offenceArticleCode: 'kg/code/2021/128#art_413-2__part_1', detectedOn: '2026-03-10', source: 'COMPLAINT' } },
      inspector,
    );
    expect(recorded.body.errors).toBeUndefined();
    // One impact run of the 2023 draft, for the impact chart.
    const today = new Date().toISOString().slice(0, 10);
    await (await startImpactRun(http.hub.orm.em, { scenario: ['kg/draft/2023/law-on-personal-data-protection'], asOf: today, filter: {}, overrides: [] }, 'test')).done;

    const page = await session.page('/agency/?lang=en');
    const key = page.getByLabel('API key');
    await key.fill('pdh_not-a-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/The key was refused.*UNAUTHENTICATED/);
    await expect.poll(() => page.getByRole('alert').count()).toBe(4); // each section says so, once answered
    await page.getByRole('button', { name: 'Sign out' }).click();

    await page.getByLabel('API key').fill(await http.keyFor('ANALYST'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const region = page.locator('[data-chart="by-region"]');
    await expect.poll(() => region.locator('tfoot td').textContent()).toBe('200');
    expect(await region.locator('canvas').count()).toBe(1);
    expect(await region.getByRole('row', { name: /Bishkek/ }).count()).toBe(1);
    const byArticle = page.locator('[data-chart="violations-by-article"]');
    await expect.poll(() => byArticle.locator('tbody').textContent()).toContain('Art. 413-2 (1)');
    expect(await page.locator('[data-chart="violations-by-month"] tbody').textContent()).toContain('2026-03');
    expect(await page.locator('[data-chart="compliance"] tfoot td').textContent()).toBe('200');
    await expect.poll(() => page.locator('[data-chart="impact"] tbody').textContent()).toMatch(/kg\.draft\.law-pdp\.[a-z-]+ \(added\)/);
    // Inspections are the Agency inspectors' own: an ANALYST key sees that section refused, the rest drawn.
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Not shown for this key.*FORBIDDEN/);
    await session.shot(page, 'agency-dashboard');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API key').fill(inspector);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('[data-chart="inspections-by-status"] tfoot td').textContent()).toBe('0');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });
});

describe('GraphiQL', () => {
  it('loads from the hub alone and runs its first example', async () => {
    const page = await session.page('/graphiql/');
    const run = page.getByRole('button', { name: /Execute query/ }).first();
    await run.waitFor({ timeout: 30_000 });
    // Run once the editors hold the tab (Monaco loads after the button shows), until the answer shows.
    await expect.poll(() => page.locator('.graphiql-query-editor').textContent(), { timeout: 20_000 }).toContain('VersionOn');
    await expect
      .poll(async () => (await run.click(), page.locator('.graphiql-response').textContent()), { timeout: 20_000, interval: 1000 })
      .toContain('kg/law/2008/58');
    expect(await page.locator('.graphiql-response').textContent()).not.toContain('errors');
    await session.shot(page, 'graphiql');
    await page.close();
  });
});

describe('every page', () => {
  it('made no request outside the hub and threw no error', () => {
    expect(session.outside).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});
