import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { addAccount, TEST_PASSWORD } from '../support/admin.js';
import { axeViolations } from './axe.js';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

describeInBrowser('admin login in Chromium', { timeout: BROWSER_TEST_TIMEOUT * 2 }, () => {
  const site = useBrowserAndServer();

  it('logs in by keyboard alone and shows a wrong password beside the form, with and without JavaScript; every step axe-clean', async () => {
    await addAccount(site.server.store, { email: 'keys@example.org', role: 'admin', name: 'Sam K.' });
    for (const javaScriptEnabled of [true, false]) {
      // Axe runs in the page, so it needs JavaScript; the pages are the same HTML either way.
      const violations = async (page: Page): Promise<string[]> => (javaScriptEnabled ? axeViolations(page) : []);
      await site.withPage({ javaScriptEnabled }, async (page) => {
        await page.goto(site.url('/admin'));
        expect(new URL(page.url()).pathname).toBe('/admin/login');
        expect(await violations(page), 'login page').toEqual([]);

        await page.focus('#email');
        await page.keyboard.type('keys@example.org');
        await page.keyboard.press('Tab');
        await page.keyboard.type('not the password at all');
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/admin\/login$/);
        await expect.poll(() => page.locator('[role=alert]').first().textContent()).toContain('do not match an account');
        expect(await page.inputValue('#email')).toBe('keys@example.org');
        expect(await violations(page), 'login page with its error').toEqual([]);

        await page.fill('#password', TEST_PASSWORD);
        await page.press('#password', 'Enter');
        await page.waitForURL(/\/admin$/);
        expect(await page.locator('h1').textContent()).toBe('Welcome, Sam K.');
        expect(await violations(page), 'dashboard').toEqual([]);
        const cookies = await page.context().cookies();
        expect(cookies.map((c) => [c.name, c.path, c.httpOnly, c.sameSite])).toEqual([['openrooms_admin', '/admin', true, 'Lax']]);

        await page.getByRole('button', { name: 'Log out', exact: true }).click();
        await page.waitForURL(/\/admin\/login\?done=out$/);
        expect(await page.locator('[role=status]').textContent()).toContain('You are logged out.');
      });
    }
  });
});
