import { expect, it } from 'vitest';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

describeInBrowser('the printed list and the state page (in Chromium)', { concurrent: true, timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('shows a Print button with JavaScript, which opens the print dialog', async () => {
    await site.withPage({}, async (page) => {
      // Headless Chromium has no dialog to open: count the calls instead.
      await page.addInitScript(() => {
        const counted = window as unknown as { printed: number };
        counted.printed = 0;
        window.print = () => {
          counted.printed++;
        };
      });
      await page.goto(site.url(`${site.server.fixtures.state.path}/print`), { waitUntil: 'load' });
      const button = page.getByRole('button', { name: 'Print this list' });
      await button.waitFor({ state: 'visible' });
      await button.click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    });
  });

  it('says how to print without JavaScript, and keeps the button hidden', async () => {
    await site.withPage({ javaScriptEnabled: false }, async (page) => {
      await page.goto(site.url(`${site.server.fixtures.state.path}/print`), { waitUntil: 'load' });
      expect(await page.getByRole('button', { name: 'Print this list' }).count()).toBe(0);
      expect(await page.locator('.print-hint').textContent()).toContain('Print command');
    });
  });

  it('leaves the button, the hint and the site navigation off the paper, and keeps the hotline on it', async () => {
    await site.withPage({}, async (page) => {
      await page.goto(site.url(`${site.server.fixtures.state.path}/print`), { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['button[data-print]', '.print-hint', '.site-header', 'aside.hotline', '.site-footer']) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
      }
      expect(await page.locator('.print-hotline').isVisible()).toBe(true);
    });
  });

  it('draws the heatmap’s day and hour labels at 12 px or more on a 390 px phone, each day beside its row', async () => {
    await site.withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
      await page.goto(site.url(site.server.fixtures.state.path), { waitUntil: 'load' });
      const labels = await page.locator('.heat-hours span, .heat-days span').evaluateAll((spans) =>
        spans.map((span) => ({
          text: span.textContent,
          px: Number.parseFloat(getComputedStyle(span).fontSize),
          box: span.getBoundingClientRect().height,
        })),
      );
      expect(labels).toHaveLength(8 + 7);
      for (const label of labels) {
        expect(label.px, label.text).toBeGreaterThanOrEqual(12);
        expect(label.box, label.text).toBeGreaterThanOrEqual(12);
      }
      const { rows, days } = await page.evaluate(() => {
        const cells = document.querySelector('.heat-cells')!.getBoundingClientRect();
        return {
          rows: { top: cells.top, height: cells.height / 7 },
          days: [...document.querySelectorAll('.heat-days span')].map((span) => {
            const box = span.getBoundingClientRect();
            return box.top + box.height / 2;
          }),
        };
      });
      days.forEach((middle, row) => {
        expect(middle).toBeGreaterThan(rows.top + row * rows.height);
        expect(middle).toBeLessThan(rows.top + (row + 1) * rows.height);
      });
    });
  });
});
