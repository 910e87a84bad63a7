import { expect, it } from 'vitest';
import { addAccount, TEST_PASSWORD } from '../support/admin.js';
import { axeViolations } from './axe.js';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

describeInBrowser('an admin creates a user (browser)', () => {
  it(
    'shows the error beside the field, keeps the input, then creates the user; every page axe-clean',
    async () => {
      const body = (await site.server.store.serviceBodies.list())[0]!;
      await addAccount(site.server.store, { email: 'browser.admin@example.org', role: 'admin' });
      await site.withPage({}, async (page) => {
        await page.goto(site.url('/admin/login?next=/admin/users/new'));
        await page.getByLabel('Email').fill('browser.admin@example.org');
        await page.getByLabel('Password').fill(TEST_PASSWORD);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.waitForURL(/\/admin\/users\/new$/);
        expect(await axeViolations(page)).toEqual([]);

        await page.getByLabel('Email').fill('new.volunteer@example.org');
        await page.getByLabel('Name', { exact: true }).fill('Robin');
        await page.getByLabel('First password').fill('short');
        await page.getByLabel(body.name, { exact: true }).check();
        await page.getByRole('button', { name: 'Add user' }).click();
        await expect.poll(() => page.locator('#password-error').textContent()).toMatch(/at least 12/);
        expect(await page.getByLabel('Email').inputValue()).toBe('new.volunteer@example.org');
        expect(await page.getByLabel('First password').getAttribute('aria-describedby')).toContain('password-error');
        expect(await axeViolations(page)).toEqual([]);

        await page.getByLabel('First password').fill('a long enough first password');
        await page.getByRole('button', { name: 'Add user' }).click();
        await page.waitForURL(/\/admin\/users$/);
        expect(await page.getByRole('status').textContent()).toContain('new.volunteer@example.org can now log in.');
        expect(await axeViolations(page)).toEqual([]);
      });
      expect(await site.server.store.accounts.byEmail('new.volunteer@example.org')).toMatchObject({
        role: 'editor',
        serviceBodyIds: [body.id],
      });
    },
    BROWSER_TEST_TIMEOUT * 2,
  );
});
