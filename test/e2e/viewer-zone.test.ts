import { expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

describeInBrowser('the viewer’s own clock (with JavaScript)', () => {
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
});
