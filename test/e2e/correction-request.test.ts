import { expect, it } from 'vitest';
import { addAccount, TEST_PASSWORD } from '../support/admin.js';
import { axeViolations } from './axe.js';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

describeInBrowser('a correction request, from the public page to applied', () => {
  it(
    'is sent without a cookie, refused with errors beside its fields, then applied by an admin, all axe-clean',
    async () => {
      const meeting = site.server.fixtures.inPerson;
      const path = `/meetings/${meeting.slug}`;
      await addAccount(site.server.store, { email: 'e2e-admin@test.example', role: 'admin' });

      await site.withPage({}, async (page) => {
        await page.goto(site.url(path));
        expect(await page.locator('.checked').innerText()).toContain('Not checked by a volunteer yet');
        // Folded: the form does not push the meeting down until asked for.
        expect(await page.locator('#fix-startTime').isVisible()).toBe(false);
        // The link beside "last checked" leads to the forms.
        await page.locator('.checked a').click();
        await page.waitForURL(/#correct$/);
        await page.locator('summary', { hasText: 'Suggest a correction' }).click();
        expect(await page.locator('#fix-startTime').isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);

        // A bad link first: the page comes back with the error beside the field and the input kept.
        await page.fill('#fix-startTime', '20:15');
        await page.fill('#fix-conferenceUrl', 'zoom');
        await page.fill('#fix-message', 'The group moved to a later start.');
        await page.getByRole('button', { name: 'Send the correction' }).click();
        await page.waitForSelector('#fix-conferenceUrl-error');
        expect(await page.locator('#fix-conferenceUrl').getAttribute('aria-describedby')).toBe('fix-conferenceUrl-error');
        expect(await page.inputValue('#fix-startTime')).toBe('20:15');
        expect(await page.inputValue('#fix-message')).toBe('The group moved to a later start.');
        expect(await axeViolations(page)).toEqual([]);

        await page.fill('#fix-conferenceUrl', '');
        await page.fill('#fix-email', 'e2e-visitor@test.example');
        await page.getByRole('button', { name: 'Send the correction' }).click();
        await page.waitForURL(/\?suggested=1#correct$/);
        expect(await page.locator('.thanks').innerText()).toContain('Thank you.');
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.context().cookies()).toEqual([]);
      });

      await site.withPage({}, async (page) => {
        await page.goto(site.url('/admin/login?next=/admin/corrections'));
        await page.fill('#email', 'e2e-admin@test.example');
        await page.fill('#password', TEST_PASSWORD);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.waitForURL(/\/admin\/corrections$/);
        const request = page.locator('.correction-request', { hasText: meeting.name });
        expect(await request.locator('ins').first().innerText()).toBe('8:15 PM');
        expect(await request.innerText()).toContain('e2e-visitor@test.example');
        expect(await axeViolations(page)).toEqual([]);

        // The keyboard reaches Apply and presses it.
        const apply = page.getByRole('button', { name: `Apply the correction to ${meeting.name}` });
        await apply.focus();
        await page.keyboard.press('Enter');
        await page.waitForURL(/done=applied/);
        expect(await page.getByRole('status').innerText()).toContain(`Applied to ${meeting.name}.`);
        expect(await axeViolations(page)).toEqual([]);
      });

      await site.server.search.settled();
      await site.withPage({}, async (page) => {
        await page.goto(site.url(path));
        expect(await page.locator('.checked').innerText()).toContain('Last checked by a volunteer today.');
        expect(await page.locator('.schedule').first().innerText()).toContain('8:15 PM');
      });
    },
    BROWSER_TEST_TIMEOUT * 3,
  );
});
