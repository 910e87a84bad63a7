import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { inputOfMeeting } from '../../src/domain/meeting-input.js';
import { addAccount, TEST_PASSWORD } from '../support/admin.js';
import { meetingInput } from '../support/fixtures.js';
import { axeViolations } from './axe.js';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

async function logIn(page: Page, email: string): Promise<void> {
  await page.goto(site.url('/admin/login'));
  await page.fill('#email', email);
  await page.fill('#password', TEST_PASSWORD);
  await Promise.all([page.waitForURL(/\/admin$/), page.click('button[type=submit]')]);
}

describeInBrowser('admin history and bulk edit in a browser', () => {
  it(
    'reverts a meeting from its history, axe-clean',
    async () => {
      const { store } = site.server;
      await addAccount(store, { email: 'reverter@test.example', role: 'admin' });
      const made = await store.meetings.create(meetingInput({ name: 'Browser Revert Group' }), 'test');
      await store.meetings.update(made.id, { ...inputOfMeeting(made), schedule: { ...made.schedule, startTime: '06:45' } }, 'test');
      await site.withPage({}, async (page) => {
        await logIn(page, 'reverter@test.example');
        await page.goto(site.url(`/admin/meetings/${made.id}/history`));
        expect(await page.locator('table.diff ins').first().textContent()).toBe('06:45');
        expect(await axeViolations(page)).toEqual([]);
        await Promise.all([page.waitForURL(/reverted=/), page.locator('form[action$="/revert"] button').first().click()]);
        expect(await page.locator('.notice').textContent()).toContain('back as it was');
        expect(await axeViolations(page)).toEqual([]);
        await page.goto(site.url('/admin/history?actor=reverter@test.example'));
        expect(await page.locator('table.history').textContent()).toContain('Browser Revert Group');
        expect(await axeViolations(page)).toEqual([]);
      });
      expect((await store.meetings.get(made.id))!.schedule.startTime).toBe('19:30');
    },
    BROWSER_TEST_TIMEOUT * 2,
  );

  it(
    'bulk-edits the results of a search after a preview, axe-clean',
    async () => {
      const { store, search } = site.server;
      await addAccount(store, { email: 'bulker@test.example', role: 'admin' });
      const made = await Promise.all(
        ['Browser Bulk One', 'Browser Bulk Two'].map((name) => store.meetings.create(meetingInput({ name }), 'test')),
      );
      await search.settled();
      await site.withPage({}, async (page) => {
        await logIn(page, 'bulker@test.example');
        await page.goto(site.url('/admin/bulk?q=Browser+Bulk'));
        expect(await page.locator('label[for=all]').textContent()).toContain('Select all 2 results');
        expect(await axeViolations(page)).toEqual([]);
        await page.check('#all');
        await page.selectOption('#field', 'formats-add');
        await page.fill('#formats', 'O');
        await page.click('text=Preview');
        expect(await page.locator('.bulk-preview [role=status]').textContent()).toBe('This will change 2 meetings.');
        expect(await axeViolations(page)).toEqual([]);
        await Promise.all([page.waitForURL(/\/admin\/history\?batch=/), page.click('text=Apply to 2 meetings')]);
        expect(await page.locator('.notice').textContent()).toContain('Changed 2 meetings in one write');
        expect(await axeViolations(page)).toEqual([]);
      });
      for (const m of made) expect((await store.meetings.get(m.id))!.formats).toContain('O');
    },
    BROWSER_TEST_TIMEOUT * 2,
  );
});
