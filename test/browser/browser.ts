// Debian's Chromium (`apt-get install chromium`; `.ci/run` installs it when missing) driven by
// playwright-core. Every request the pages make is checked: anything not to the hub itself is
// recorded and refused, so a test sees it if a page ever reaches for a CDN or a font service.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from '../../src/paths.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Screenshots for a person to review; git-ignored. */
export const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

// The flags that keep Chromium off the network on its own account (update checks, sync, QUIC).
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Session {
  browser: Browser;
  context: BrowserContext;
  /** URLs a page asked for that are not on the hub. */
  outside: string[];
  /** Uncaught errors in any page. */
  errors: string[];
  page(path: string): Promise<Page>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function openBrowser(base: string): Promise<Session> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
  const outside: string[] = [];
  const errors: string[] = [];
  const origin = new URL(base).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    outside.push(url);
    return route.abort('blockedbyclient');
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    browser,
    context,
    outside,
    errors,
    async page(path) {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
      await page.goto(`${base}${path}`);
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: () => browser.close(),
  };
}
