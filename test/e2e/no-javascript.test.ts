import type { BrowserContext, Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Attendance } from '../../src/domain/attendance.js';
import type { PublicMeeting } from '../../src/domain/meeting.js';
import { QUERY_PARAMETERS } from '../../src/domain/query-params.js';
import { searchPath } from '../support/browser.js';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Asking for one way of attending also finds hybrid meetings (src/search/search-index.ts). */
const SERVES: Record<Attendance, Attendance[]> = {
  in_person: ['in_person', 'hybrid'],
  online: ['online', 'hybrid'],
  hybrid: ['hybrid'],
  temporarily_closed: ['temporarily_closed'],
};

async function withoutJavaScript<T>(use: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await site.newContext({ javaScriptEnabled: false });
  try {
    return await use(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** The meetings a page's main content links to, looked up in the index (links to anything else are not results). */
async function linkedMeetings(page: Page): Promise<PublicMeeting[]> {
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const slugs = new Set<string>();
  for (const href of hrefs) {
    const match = /^\/meetings\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(new URL(href).pathname);
    if (match) slugs.add(match[1]!);
  }
  return [...slugs].map((slug) => site.server.search.index.getBySlug(slug)).filter((m): m is PublicMeeting => m !== undefined);
}

/**
 * Picks one value of a filter however the page draws it (a select, radios or checkboxes):
 * by the value the search parameter takes, or by the words its label shows.
 */
async function choose(form: Locator, name: string, accepts: (value: string, label: string) => boolean): Promise<void> {
  const controls = form.locator(`[name="${name}"]`);
  expect(await controls.count(), `a control named ${name} in the filter form`).toBeGreaterThan(0);
  const first = controls.first();
  if ((await first.evaluate((el) => el.tagName.toLowerCase())) === 'select') {
    const options = await first
      .locator('option')
      .evaluateAll((list) => list.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent.trim() })));
    const wanted = options.find((o) => accepts(o.value, o.label));
    expect(wanted, `an option of ${name} among ${JSON.stringify(options)}`).toBeDefined();
    await first.selectOption(wanted!.value);
    return;
  }
  for (const control of await controls.all()) {
    const { value, label } = await control.evaluate((el) => {
      const input = el as HTMLInputElement;
      return { value: input.value, label: [...(input.labels ?? [])].map((l) => l.textContent.trim()).join(' ') };
    });
    if (accepts(value, label)) {
      await control.check();
      return;
    }
  }
  throw new Error(`no ${name} control accepts the wanted value`);
}

async function submit(page: Page, form: Locator, expectInUrl: RegExp): Promise<void> {
  const button = form.locator('button[type="submit"], button:not([type]), input[type="submit"]').first();
  await Promise.all([page.waitForURL((url) => expectInUrl.test(url.search)), button.click()]);
}

describeInBrowser('without JavaScript (in Chromium)', { concurrent: true, timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('the search box on the home page submits and shows meetings near the place', async () => {
    await withoutJavaScript(async (page) => {
      const { near } = site.server.fixtures;
      const response = await page.goto(site.url('/'));
      expect(response?.status()).toBe(200);
      const form = page.locator('main form[action="/meetings"]:has([name="near"])').first();
      await form.locator('[name="near"]').fill(near);
      await submit(page, form, /near=/);
      expect(new URL(page.url()).pathname).toBe('/meetings');
      expect(new URL(page.url()).searchParams.get('near')).toBe(near);
      const shown = await linkedMeetings(page);
      expect(shown.length, 'meetings listed').toBeGreaterThan(0);
      // Every meeting shown is one the same search finds.
      const { search } = site.server;
      const found = search.search(search.parse({ near, ids: shown.map((m) => String(m.id)), limit: '100' }));
      expect(found.meetings.map((m) => m.slug).sort()).toEqual(shown.map((m) => m.slug).sort());
    });
  });

  it('the filter form changes the results: day and attendance', async () => {
    await withoutJavaScript(async (page) => {
      const { inPerson } = site.server.fixtures;
      const weekday = inPerson.schedule.weekday;
      const dayWord = WEEKDAYS[weekday]!;
      const response = await page.goto(site.url(searchPath(site.server.fixtures)));
      expect(response?.status()).toBe(200);
      const before = await linkedMeetings(page);
      // Unless the filter removes something, this test would pass with the filters ignored.
      expect(
        before.some((m) => m.schedule.weekday !== weekday || !SERVES.in_person.includes(m.attendance)),
        `the unfiltered results (${before.map((m) => m.slug).join(', ')}) include a meeting the filters remove`,
      ).toBe(true);
      const form = page.locator('form:has([name="attendance"]):has([name="day"])').first();
      // With results on the page the filters are folded under one line: open it as a person would.
      const folded = form.locator('details.filter-fold:not([open]) > summary');
      if ((await folded.count()) > 0) await folded.click();
      await choose(
        form,
        'day',
        (value, label) =>
          value === String(weekday) || value.toLowerCase() === dayWord || label.toLowerCase().startsWith(dayWord.slice(0, 3)),
      );
      await choose(form, 'attendance', (value) => value === 'in_person');
      await submit(page, form, /attendance=in_person/);
      const params = new URL(page.url()).searchParams;
      expect(params.getAll('attendance')).toEqual(['in_person']);
      expect(params.getAll('day').length).toBe(1);
      const shown = await linkedMeetings(page);
      // The fixture meeting itself matches, so there is at least one result.
      expect(shown.length, 'meetings listed after filtering').toBeGreaterThan(0);
      for (const meeting of shown) {
        expect(meeting.schedule.weekday, meeting.slug).toBe(weekday);
        expect(SERVES.in_person, meeting.slug).toContain(meeting.attendance);
      }
      // And they are what the one search finds for the same address.
      // The page's own settings (how to show the list) and empty choices ("any") are not search parameters.
      const raw: Record<string, string[]> = {};
      for (const key of new Set(params.keys())) {
        const given = params.getAll(key).filter((v) => v !== '');
        if ((QUERY_PARAMETERS as readonly string[]).includes(key) && given.length > 0) raw[key] = given;
      }
      const { search } = site.server;
      const expected = new Set(search.search(search.parse({ ...raw, limit: '200' })).meetings.map((m) => m.slug));
      expect(
        shown.filter((m) => !expected.has(m.slug)).map((m) => m.slug),
        'shown but not found by the search',
      ).toEqual([]);
    });
  });

  it('a bad parameter answers 400 with the form again and the error tied to its field', async () => {
    await withoutJavaScript(async (page) => {
      const response = await page.goto(site.url(`${searchPath(site.server.fixtures)}&day=funday`));
      expect(response?.status()).toBe(400);
      const day = page.locator('form [name="day"]').first();
      expect(await day.getAttribute('aria-invalid')).toBe('true');
      // A screen reader reads the error with the field: aria-describedby names it.
      const described = (await day.getAttribute('aria-describedby')) ?? '';
      const errors = await Promise.all(
        described
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => page.locator(`[id="${id}"]`).textContent()),
      );
      expect(errors.join(' ')).toMatch(/day/i);
    });
  });

  it('an in-person meeting page shows its details and directions, and no save button', async () => {
    await withoutJavaScript(async (page) => {
      const meeting = site.server.fixtures.inPerson;
      const response = await page.goto(site.url(`/meetings/${meeting.slug}`));
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').first().textContent()).toContain(meeting.name);
      const text = await page.locator('main').innerText();
      expect(text.toLowerCase(), 'the weekday it meets').toContain(WEEKDAYS[meeting.schedule.weekday]!);
      expect(text).toContain(meeting.venue.street!);
      expect(text).toContain(meeting.venue.city!);
      for (const host of ['openstreetmap.org', 'google.com', 'maps.apple.com']) {
        expect(await page.locator(`main a[href*="${host}"]`).count(), `a directions link to ${host}`).toBeGreaterThan(0);
      }
      expect(await page.locator('main a[href*=".ics"], main a[href*="ical"]').count(), 'an add-to-calendar link').toBeGreaterThan(0);
      const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
      const types = jsonLd.map((body) => (JSON.parse(body) as { '@type'?: unknown })['@type']);
      expect(types, 'schema.org JSON-LD').toContain('Event');
      // Saving lives in the browser's storage, so without JavaScript the button must not be offered.
      const save = page.locator('button, [role="button"]').filter({ hasText: /save/i });
      for (const button of await save.all()) expect(await button.isVisible(), await button.evaluate((el) => el.outerHTML)).toBe(false);
    });
  });

  it('an online meeting page shows its join link and phone, and no save button', async () => {
    await withoutJavaScript(async (page) => {
      const meeting = site.server.fixtures.online;
      const response = await page.goto(site.url(`/meetings/${meeting.slug}`));
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').first().textContent()).toContain(meeting.name);
      expect(await page.locator(`main a[href="${meeting.online.conferenceUrl!}"]`).count(), 'the join link').toBeGreaterThan(0);
      if (meeting.online.conferencePhone !== null) {
        const digits = meeting.online.conferencePhone.replace(/[^\d]/g, '').slice(0, 10);
        const tels = await page.locator('main a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
        expect(
          tels.some((href) => href.replace(/[^\d]/g, '').startsWith(digits)),
          `a tel: link for ${meeting.online.conferencePhone} among ${tels.join(', ')}`,
        ).toBe(true);
      }
      const save = page.locator('button, [role="button"]').filter({ hasText: /save/i });
      for (const button of await save.all()) expect(await button.isVisible(), await button.evaluate((el) => el.outerHTML)).toBe(false);
    });
  });
});
