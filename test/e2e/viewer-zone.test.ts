import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { isSitePage } from '../../src/domain/zone-link.js';
import { PAGE_TYPES } from '../support/browser.js';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

/** The zone each of the page's same-site links names ('' for none), by href as written. */
function linkZones(page: Page): Promise<[string, string][]> {
  return page.$$eval('a[href^="/"]', (links) =>
    links.map((link) => {
      const href = link.getAttribute('href') ?? '';
      return [href, new URL(href, window.location.href).searchParams.get('tz') ?? ''] as [string, string];
    }),
  );
}

describeInBrowser("the browser's time zone, on a page opened without one", () => {
  it('goes onto every link to another page, on every page type', { timeout: BROWSER_TEST_TIMEOUT * 2 }, async () => {
    const context = await site.newContext({ timezoneId: 'America/Chicago' });
    try {
      const page = await context.newPage();
      for (const type of PAGE_TYPES) {
        const visit = await site.open(page, type);
        expect(visit.status, type).toBe(visit.expected);
        await expect
          .poll(() => page.getAttribute('header a[href^="/meetings"]', 'href'), { message: type })
          .toContain('tz=America%2FChicago');
        for (const [href, zone] of await linkZones(page)) {
          expect(zone, `${type}: ${href}`).toBe(isSitePage(href) ? 'America/Chicago' : '');
        }
        for (const field of await page.$$eval('form[action^="/"] input[name="tz"]', (inputs) =>
          inputs.map((i) => (i as HTMLInputElement).value),
        )) {
          expect(field, type).toBe('America/Chicago');
        }
      }
    } finally {
      await context.close();
    }
  });

  it(
    "says the times are the visitor's when the meeting keeps their clock, naming it as the site does",
    { timeout: BROWSER_TEST_TIMEOUT },
    async () => {
      const meeting = site.server.fixtures.inPerson;
      const context = await site.newContext({ timezoneId: meeting.schedule.timeZone });
      try {
        const page = await context.newPage();
        await page.goto(site.url(`/meetings/${meeting.slug}`), { waitUntil: 'load' });
        const note = page.locator('.zone-note');
        await expect.poll(() => note.textContent()).toMatch(/^Times shown in [A-Z][\w -]+ Time, your time zone\.$/);
        // The same name as the schedule gives the meeting's zone: one name from one place.
        const schedule = (await page.locator('.schedule').textContent()) ?? '';
        const name = /Times shown in (.+), your time zone/.exec((await note.textContent()) ?? '')![1]!;
        expect(schedule).toContain(`(${name})`);
      } finally {
        await context.close();
      }
    },
  );

  it(
    'says they are each meeting’s own when the visitor is elsewhere, with their zone’s name',
    { timeout: BROWSER_TEST_TIMEOUT },
    async () => {
      const meeting = site.server.fixtures.inPerson;
      // Nome is called Alaska Time, as Anchorage is: no "Nome Time".
      const context = await site.newContext({ timezoneId: 'America/Nome' });
      try {
        const page = await context.newPage();
        await page.goto(site.url(`/meetings/${meeting.slug}`), { waitUntil: 'load' });
        await expect
          .poll(() => page.locator('.zone-note').textContent())
          .toBe('Times are each meeting’s local time. Your time zone is Alaska Time.');
      } finally {
        await context.close();
      }
    },
  );

  it('goes onto a link drawn after the page loaded, as it is followed', { timeout: BROWSER_TEST_TIMEOUT }, async () => {
    const context = await site.newContext({ timezoneId: 'America/Denver' });
    try {
      const page = await context.newPage();
      await page.goto(site.url('/states/zz'), { waitUntil: 'load' });
      await expect.poll(() => page.getAttribute('header a.site-name', 'href')).toContain('tz=');
      await page.evaluate(() => {
        const link = document.createElement('a');
        link.href = '/my-meetings';
        link.id = 'late';
        link.textContent = 'Later';
        document.querySelector('main')!.append(link);
      });
      await Promise.all([page.waitForURL(/\/my-meetings\?/), page.click('#late')]);
      expect(new URL(page.url()).searchParams.get('tz')).toBe('America/Denver');
    } finally {
      await context.close();
    }
  });

  it('leaves a zone the address gave alone', { timeout: BROWSER_TEST_TIMEOUT }, async () => {
    const context = await site.newContext({ timezoneId: 'America/Chicago' });
    try {
      const page = await context.newPage();
      await page.goto(site.url('/?tz=Pacific/Honolulu'), { waitUntil: 'load' });
      const zones = (await linkZones(page)).filter(([href]) => isSitePage(href)).map(([, zone]) => zone);
      expect(new Set(zones)).toEqual(new Set(['Pacific/Honolulu']));
    } finally {
      await context.close();
    }
  });

  it("offers a shared link's reader the page in their own zone", { timeout: BROWSER_TEST_TIMEOUT }, async () => {
    const context = await site.newContext({ timezoneId: 'America/Los_Angeles' });
    try {
      const page = await context.newPage();
      const meeting = site.server.fixtures.inPerson;
      await page.goto(site.url(`/meetings/${meeting.slug}?tz=America/New_York`), { waitUntil: 'load' });
      const own = page.locator('.zone-note a[data-own-zone]').first();
      expect(await own.textContent()).toBe('Show them in your time zone, Pacific Time');
      const href = new URL((await own.getAttribute('href'))!, site.server.origin);
      expect([href.pathname, href.searchParams.get('tz')]).toEqual([`/meetings/${meeting.slug}`, 'America/Los_Angeles']);
      await Promise.all([page.waitForURL(/tz=America%2FLos_Angeles/), own.click()]);
      expect(await page.locator('.zone-note').first().textContent()).toContain('Pacific Time');
      // On the reader's own clock there is nothing to offer.
      expect(await page.locator('a[data-own-zone]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
