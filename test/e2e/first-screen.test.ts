import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { searchPath } from '../support/browser.js';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

/**
 * On a phone, on a bad day, the first meeting (or, when there is none, what to do instead) is on
 * the first screen: no scrolling past forms and banners to find it.
 */

const site = useBrowserAndServer();
const PHONE = { width: 390, height: 844 };

/** The bottom edge of an element on the page as first shown (no scrolling), in CSS px. */
async function bottomOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  expect(box, `${selector} is shown`).not.toBeNull();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled, 'the page opened at its top').toBe(0);
  return box!.y + box!.height;
}

/** The first result's name and when it meets: enough to decide to go. */
async function expectFirstResultOnFirstScreen(page: Page, where: string): Promise<void> {
  expect(await bottomOf(page, 'section.results .result h3'), `${where}: first result's name`).toBeLessThanOrEqual(PHONE.height);
  expect(await bottomOf(page, 'section.results .result .when'), `${where}: first result's time`).toBeLessThanOrEqual(PHONE.height);
}

describeInBrowser('the first screen of a phone', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  for (const javaScriptEnabled of [true, false]) {
    const how = javaScriptEnabled ? 'with JavaScript' : 'without JavaScript';

    it(`shows the first result of a search ${how}`, async () => {
      const context = await site.newContext({ viewport: PHONE, javaScriptEnabled });
      try {
        const page = await context.newPage();
        expect((await page.goto(site.url(searchPath(site.server.fixtures)), { waitUntil: 'load' }))?.status()).toBe(200);
        await expectFirstResultOnFirstScreen(page, searchPath(site.server.fixtures));
      } finally {
        await context.close();
      }
    });

    it(`shows the first result of a search with no place ${how}`, async () => {
      const context = await site.newContext({ viewport: PHONE, javaScriptEnabled });
      try {
        const page = await context.newPage();
        expect((await page.goto(site.url('/meetings?status=today'), { waitUntil: 'load' }))?.status()).toBe(200);
        await expectFirstResultOnFirstScreen(page, '/meetings?status=today');
        // It says the meetings are from everywhere, and asks for a place, before them.
        expect(await bottomOf(page, '.place-prompt')).toBeLessThanOrEqual(PHONE.height);
      } finally {
        await context.close();
      }
    });

    it(`shows that nothing matched, and the nearest meeting however far, ${how}`, async () => {
      const context = await site.newContext({ viewport: PHONE, javaScriptEnabled });
      const path = `/meetings?near=${site.server.fixtures.remote}`;
      try {
        const page = await context.newPage();
        expect((await page.goto(site.url(path), { waitUntil: 'load' }))?.status()).toBe(200);
        expect(await page.locator('section.results h2').textContent()).toContain('No meetings match');
        expect(await bottomOf(page, 'section.results h2'), `${path}: the message`).toBeLessThanOrEqual(PHONE.height);
        // The best next step: the nearest meeting in any direction, with how far it is.
        expect(await bottomOf(page, '#nearest-title + .cards .result h4'), `${path}: the nearest meeting`).toBeLessThanOrEqual(
          PHONE.height,
        );
        expect(await page.locator('#nearest-title + .cards .result .where').first().textContent()).toMatch(/\d+(\.\d)? mi away/);
      } finally {
        await context.close();
      }
    });
  }

  it('after "near me" on the home page, shows the first meeting near the phone', async () => {
    const { latitude, longitude } = site.server.fixtures.inPerson.venue;
    const context = await site.newContext({
      viewport: PHONE,
      geolocation: { latitude: latitude!, longitude: longitude! },
      permissions: ['geolocation'],
      timezoneId: 'America/Chicago',
    });
    try {
      const page = await context.newPage();
      await page.goto(site.url('/'), { waitUntil: 'load' });
      const button = page.locator('button[data-near-me]').first();
      await Promise.all([page.waitForURL(/\/meetings\?.*lat=/), button.click()]);
      await page.waitForLoadState('load');
      const url = new URL(page.url());
      expect(url.searchParams.get('tz')).toBe('America/Chicago');
      await expectFirstResultOnFirstScreen(page, url.pathname + url.search);
    } finally {
      await context.close();
    }
  });
});
