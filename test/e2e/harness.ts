/**
 * What every browser test file shares: the skip-or-run decision made in global setup, and one
 * browser and one server per file, opened before its tests and closed after.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import { launchChromium, pageVisits, startSiteServer, type PageType, type SiteServer } from '../support/browser.js';

const chromiumPath = inject('chromiumPath');

/**
 * `describe` when Chromium is here; a loudly skipped `describe` when it is not (global setup
 * has already warned, or failed the run under REQUIRE_BROWSER=1).
 */
export const describeInBrowser = describe.skipIf(chromiumPath === null);

/** Axe on every page takes about 2 s; a page visit with its checks stays well inside this. */
export const BROWSER_TEST_TIMEOUT = 30_000;

export interface BrowserHarness {
  readonly browser: Browser;
  readonly server: SiteServer;
  /** An absolute URL on the server under test. */
  url(path: string): string;
  /** A fresh context (no cookies or storage from other tests) that fails a stuck wait with Playwright's own message. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Opens a page type; says which status it must answer with and which it did. */
  open(page: Page, type: PageType): Promise<{ path: string; expected: number; status: number | null }>;
  /** Runs `use` on a page of a fresh context, closed afterwards whatever happens. */
  withPage<T>(options: BrowserContextOptions, use: (page: Page) => Promise<T>): Promise<T>;
}

/** Registers the per-file hooks; the fields are ready inside tests. */
export function useBrowserAndServer(): BrowserHarness {
  let browser: Browser | undefined;
  let server: SiteServer | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(chromiumPath ?? undefined), startSiteServer()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('the browser is opened in beforeAll');
      return browser;
    },
    get server() {
      if (!server) throw new Error('the server is started in beforeAll');
      return server;
    },
    url(path) {
      return new URL(path, this.server.origin).toString();
    },
    async newContext(options = {}) {
      const context = await this.browser.newContext(options);
      // Well inside the test's timeout, so the failure says what was awaited.
      context.setDefaultTimeout(10_000);
      return context;
    },
    async withPage(options, use) {
      const context = await this.newContext(options);
      try {
        return await use(await context.newPage());
      } finally {
        await context.close();
      }
    },
    async open(page, type) {
      const { path, status: expected } = pageVisits(this.server.fixtures)[type];
      const response = await page.goto(this.url(path), { waitUntil: 'load' });
      return { path, expected, status: response?.status() ?? null };
    },
  };
}
