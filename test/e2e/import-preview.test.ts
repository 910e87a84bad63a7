import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runSource } from '../../src/interop/import/run-source.js';
import { addAccount, TEST_PASSWORD } from '../support/admin.js';
import { meetingGuideRow, startFeedServer, type FeedServer } from '../support/feed-server.js';
import { axeViolations } from './axe.js';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

function serveRows(server: FeedServer, rows: unknown[]): void {
  server.routes.set('/feed.json', { type: 'application/json', body: JSON.stringify(rows) });
}

async function expectAxeClean(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), what).toEqual([]);
}

describeInBrowser('the import preview in a browser', () => {
  let feeds: FeedServer;
  beforeAll(async () => {
    feeds = await startFeedServer();
    const store = site.server.store;
    serveRows(feeds, [meetingGuideRow(1), meetingGuideRow(2)]);
    await store.sources.add({ name: 'area', kind: 'meeting-guide', url: `${feeds.url}/feed.json`, everySeconds: null, allowPrivate: true });
    const first = await runSource(store, (await store.sources.get('area'))!);
    expect(first.ok).toBe(true);
    await addAccount(store, { email: 'admin@example.org', role: 'admin' });
    serveRows(feeds, [meetingGuideRow(1, { name: 'Made-up Renamed' }), meetingGuideRow(3), { slug: 'no-name', day: 9 }]);
  });
  afterAll(async () => {
    await feeds.close();
  });

  it(
    'logs in, previews a changed feed (axe-clean, light and dark), and applies it',
    async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await site.withPage({ colorScheme }, async (page) => {
          await page.goto(site.url('/admin/login'));
          await page.getByLabel('Email').fill('admin@example.org');
          await page.getByLabel('Password').fill(TEST_PASSWORD);
          await page.getByRole('button', { name: 'Log in' }).click();
          await page.getByRole('link', { name: 'Import sources' }).first().click();
          await page.waitForURL(/\/admin\/sources$/);
          await expectAxeClean(page, `sources list (${colorScheme})`);

          await page.getByRole('link', { name: 'area', exact: true }).click();
          await page.waitForURL(/\/admin\/sources\/area$/);
          await expectAxeClean(page, `source page (${colorScheme})`);

          await page.getByRole('button', { name: 'Preview import' }).click();
          await page.waitForURL(/\/admin\/sources\/area\/preview\/[^/]+$/);
          await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Import preview: area');
          expect(await page.getByRole('heading', { name: 'Meetings to add (1)' }).isVisible()).toBe(true);
          expect(await page.getByRole('heading', { name: 'Meetings to change (1)' }).isVisible()).toBe(true);
          expect(await page.getByRole('heading', { name: 'Meetings to remove (1)' }).isVisible()).toBe(true);
          expect(await page.getByRole('heading', { name: 'Rows skipped (1)' }).isVisible()).toBe(true);
          expect(await page.locator('.diff ins').first().textContent()).toBe('Made-up Renamed');
          await expectAxeClean(page, `preview (${colorScheme})`);

          if (colorScheme === 'light') {
            // The first look is cancelled; the second one is applied.
            await page.getByRole('button', { name: 'Cancel' }).click();
            await page.waitForURL(/\/admin\/sources\/area\?done=cancelled$/);
            expect(await page.getByRole('status').textContent()).toContain('Nothing was changed');
            return;
          }
          await page.getByRole('button', { name: 'Apply this import' }).click();
          await page.waitForURL(/\/admin\/sources\/area\?done=applied$/);
          expect(await page.getByRole('status').textContent()).toBe(
            'Import applied: 1 added, 1 changed, 1 removed. Public search shows it now.',
          );
          await expectAxeClean(page, `after apply (${colorScheme})`);
        });
      }
      const names: string[] = [];
      for await (const batch of site.server.store.meetings.all()) {
        names.push(...batch.filter((m) => m.provenance.source === 'area').map((m) => m.name));
      }
      expect(names.sort()).toEqual(['Made-up Meeting 3', 'Made-up Renamed']);
    },
    BROWSER_TEST_TIMEOUT * 3,
  );
});
