import { expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

describeInBrowser('enhancements with JavaScript', () => {
  it('sends the browser’s time zone with a search from the home page', { timeout: BROWSER_TEST_TIMEOUT }, async () => {
    const context = await site.newContext({ timezoneId: 'America/Chicago' });
    try {
      const page = await context.newPage();
      await page.goto(site.url('/'), { waitUntil: 'load' });
      const field = page.locator('form[role="search"] input[name="tz"]');
      await expect.poll(() => field.inputValue()).toBe('America/Chicago');
      await page.fill('#near', 'Portland, OR');
      await Promise.all([page.waitForURL(/\/meetings\?/), page.locator('form[role="search"] button[type="submit"]').click()]);
      expect(new URL(page.url()).searchParams.get('tz')).toBe('America/Chicago');
      // The results page keeps it in its own form for the next search.
      expect(await page.locator('form.filters input[name="tz"]').inputValue()).toBe('America/Chicago');
    } finally {
      await context.close();
    }
  });

  it('updates the results in place when a filter changes, keeping the address shareable', { timeout: BROWSER_TEST_TIMEOUT }, async () => {
    const context = await site.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(site.url('/meetings?sort=name'), { waitUntil: 'load' });
      const heading = page.locator('section.results h2');
      const before = await heading.textContent();
      // Set on this document: a navigation would lose it, an in-place update keeps it.
      await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
      // Beside the results on a wide screen the script has opened the filters; on a narrow one, open them.
      if (!(await page.locator('details.filter-fold').evaluate((fold) => (fold as HTMLDetailsElement).open))) {
        await page.locator('details.filter-fold > summary').click();
      }
      await page.locator('input[name="attendance"][value="online"]').check();
      await page.waitForURL(/attendance=online/);
      await expect.poll(() => heading.textContent()).not.toBe(before);
      expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
      // What is shown is what the one search finds for the new address.
      const url = new URL(page.url());
      const expected = site.server.search.search(site.server.search.parse({ sort: 'name', attendance: 'online', limit: '25' })).total;
      expect(await heading.textContent()).toContain(expected.toLocaleString('en-US'));
      expect(url.searchParams.get('sort')).toBe('name');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
