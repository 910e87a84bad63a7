import type { BrowserContext, Page, Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEFAULT_SITE } from '../../src/web/site.js';
import { ONE_PIXEL_PNG, PAGE_TYPES, searchPath } from '../support/browser.js';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

/** The tile server of the default configuration, e.g. "https://tile.openstreetmap.org". */
const TILE_ORIGIN = new URL(DEFAULT_SITE.mapTiles.url.replace(/\{[a-z]\}/g, '0')).origin;

interface Recorder {
  /** Every request the page made that left its own origin (data: and blob: never leave the device). */
  foreign: string[];
  /** Every Set-Cookie header any response carried, with its URL. */
  cookies: string[];
  /** Header reads still under way; awaited before asserting on cookies. */
  pending: Promise<void>[];
}

/**
 * A context that answers every request to another origin itself (a 1×1 PNG for the tile server,
 * a refusal for anything else), so the tests need no internet and nothing leaves the machine,
 * and records each such request and every Set-Cookie.
 */
async function recordingContext(): Promise<{ context: BrowserContext; page: Page; recorder: Recorder }> {
  const origin = new URL(site.server.origin).origin;
  const context = await site.newContext();
  const recorder: Recorder = { foreign: [], cookies: [], pending: [] };
  await context.route(
    (url) => url.origin !== origin,
    (route) =>
      new URL(route.request().url()).origin === TILE_ORIGIN
        ? route.fulfill({ status: 200, contentType: 'image/png', body: ONE_PIXEL_PNG })
        : route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  const isForeign = (request: Request): boolean => {
    const url = new URL(request.url());
    return url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin;
  };
  page.on('request', (request) => {
    if (isForeign(request)) recorder.foreign.push(request.url());
  });
  page.on('response', (response) => {
    // headers() leaves out Set-Cookie by design; allHeaders() has it.
    recorder.pending.push(
      response.allHeaders().then((headers) => {
        if (headers['set-cookie'] !== undefined) recorder.cookies.push(`${response.url()}: ${headers['set-cookie']}`);
      }),
    );
  });
  return { context, page, recorder };
}

describeInBrowser('privacy with the default configuration (in Chromium)', { concurrent: true, timeout: BROWSER_TEST_TIMEOUT }, () => {
  it.each(PAGE_TYPES)('%s: no request to another origin, no cookies', async (type) => {
    const { context, page, recorder } = await recordingContext();
    try {
      const opened = await site.open(page, type);
      expect(opened.status, `${opened.path} status`).toBe(opened.expected);
      // Late requests (lazy images, scripts' fetches) come after load.
      await page.waitForLoadState('networkidle');
      expect(recorder.foreign, `${opened.path}: requests to other origins`).toEqual([]);
      await Promise.all(recorder.pending);
      expect(recorder.cookies, `${opened.path}: Set-Cookie`).toEqual([]);
      expect(await page.evaluate(() => document.cookie), `${opened.path}: document.cookie`).toBe('');
      expect(await context.cookies(), `${opened.path}: cookies in the browser`).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('search: the tile server is asked only after "Show map" is pressed', async () => {
    const { context, page, recorder } = await recordingContext();
    try {
      const response = await page.goto(site.url(searchPath(site.server.fixtures)));
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      expect(recorder.foreign, 'before pressing Show map').toEqual([]);

      // The button is hidden in the HTML (no map without JavaScript); the page's script shows it.
      const button = page.locator('[data-show-map]');
      await button.waitFor({ state: 'visible', timeout: 5000 });
      expect(await button.evaluate((el) => el.tagName.toLowerCase())).toBe('button');
      const firstTile = page.waitForRequest((request) => new URL(request.url()).origin === TILE_ORIGIN, { timeout: 10_000 });
      await button.click();
      await firstTile;
      await page.waitForLoadState('networkidle');
      expect(recorder.foreign.length, 'tiles after pressing Show map').toBeGreaterThan(0);
      // The map brings the tile server and nothing else from outside (Leaflet comes from our own origin).
      expect(
        recorder.foreign.filter((url) => new URL(url).origin !== TILE_ORIGIN),
        'other origins after Show map',
      ).toEqual([]);
      await Promise.all(recorder.pending);
      expect(recorder.cookies, 'Set-Cookie with the map').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
