import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

/** A phone: 390×844, touch, JavaScript on unless asked. */
async function withPage<T>(use: (page: Page, context: BrowserContext) => Promise<T>, javaScriptEnabled = true): Promise<T> {
  const context = await site.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, javaScriptEnabled });
  try {
    return await use(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** Every question the page asked /api/v1/places, as the q it sent. */
function placeQuestions(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/v1/places') asked.push(url.searchParams.get('q') ?? '');
  });
  return asked;
}

async function optionTexts(page: Page, box: string): Promise<string[]> {
  return page.locator(`#${box}-suggestions [role="option"]`).allTextContents();
}

describeInBrowser('place suggestions (the APG combobox)', { timeout: BROWSER_TEST_TIMEOUT }, () => {
  it('suggests Portland, OR for "Portl"; the arrows move the highlight, Enter fills the box, Escape closes', async () => {
    await withPage(async (page) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(site.url('/'), { waitUntil: 'load' });
      const box = page.locator('#near');
      expect(await box.getAttribute('role')).toBe('combobox');
      expect(await box.getAttribute('aria-autocomplete')).toBe('list');
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      expect(await box.getAttribute('autocomplete')).toBe('off');
      const listId = await box.getAttribute('aria-controls');
      expect(listId).toBe('near-suggestions');
      const list = page.locator('#near-suggestions');
      expect(await list.getAttribute('role')).toBe('listbox');

      await box.pressSequentially('Portl');
      await list.waitFor({ state: 'visible' });
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      const options = await optionTexts(page, 'near');
      expect(options).toContain('Portland, OR');
      expect(options).toContain('Portland, ME');
      // Said politely, with the count.
      await expect
        .poll(() => page.locator('.place-field [role="status"]').textContent())
        .toMatch(new RegExp(`^${options.length} places suggested`));
      for (const height of await page
        .locator('#near-suggestions [role="option"]')
        .evaluateAll((all) => all.map((o) => o.getBoundingClientRect().height)))
        expect(height).toBeGreaterThanOrEqual(44);

      // Focus never leaves the box; the highlighted option is named by aria-activedescendant.
      const active = () => box.getAttribute('aria-activedescendant');
      const selected = () => page.locator('#near-suggestions [aria-selected="true"]').allTextContents();
      await box.press('ArrowDown');
      expect(await active()).toBe('near-suggestions-0');
      expect(await selected()).toEqual([options[0]]);
      await box.press('ArrowDown');
      expect(await active()).toBe('near-suggestions-1');
      await box.press('ArrowUp');
      expect(await active()).toBe('near-suggestions-0');
      // Up from the first wraps to the last.
      await box.press('ArrowUp');
      expect(await active()).toBe(`near-suggestions-${options.length - 1}`);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('near');

      const portland = options.indexOf('Portland, OR');
      await box.press('ArrowDown');
      for (let step = 0; step < portland; step++) await box.press('ArrowDown');
      expect(await selected()).toEqual(['Portland, OR']);
      const address = page.url();
      await box.press('Enter');
      expect(await box.inputValue()).toBe('Portland, OR');
      expect(await list.isHidden()).toBe(true);
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      expect(await active()).toBeNull();
      // A pick fills the box; the search waits for the person (WCAG 3.2.2: no new page on a choice alone).
      expect(page.url()).toBe(address);

      await box.fill('');
      await box.pressSequentially('Seat');
      await list.waitFor({ state: 'visible' });
      await box.press('ArrowDown');
      await box.press('Escape');
      expect(await list.isHidden()).toBe(true);
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      expect(await active()).toBeNull();
      // Escape closed the list and kept the text (a closed search box's Escape would have cleared it).
      expect(await box.inputValue()).toBe('Seat');
      // Down opens it again, on the first option.
      await box.press('ArrowDown');
      expect(await list.isVisible()).toBe(true);
      expect(await active()).toBe('near-suggestions-0');
      // Tab leaves the box and closes the list without picking.
      await box.press('Tab');
      expect(await list.isHidden()).toBe(true);
      expect(await box.inputValue()).toBe('Seat');
      expect(errors).toEqual([]);
    });
  });

  it('passes axe with the list open, in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await withPage(async (page) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(site.url('/'), { waitUntil: 'load' });
        await page.locator('#near').pressSequentially('Portl');
        await page.locator('#near-suggestions').waitFor({ state: 'visible' });
        await page.locator('#near').press('ArrowDown');
        expect(await axeViolations(page), colorScheme).toEqual([]);
      });
    }
  });

  it('picks by tap, and asks once per pause in typing, never under 2 characters', async () => {
    await withPage(async (page) => {
      const asked = placeQuestions(page);
      await page.goto(site.url('/'), { waitUntil: 'load' });
      const box = page.locator('#near');
      await box.pressSequentially('P');
      // Longer than the pause before a question: nothing was asked for one letter.
      await page.waitForTimeout(500);
      expect(asked).toEqual([]);
      expect(await page.locator('#near-suggestions').isHidden()).toBe(true);
      await box.pressSequentially('ortl');
      await page.locator('#near-suggestions').waitFor({ state: 'visible' });
      // Four keystrokes made a question each time without the pause; with it, one (two on a slow machine).
      expect(asked.length).toBeLessThanOrEqual(2);
      expect(asked.at(-1)).toBe('Portl');
      await page.locator('#near-suggestions [role="option"]', { hasText: 'Portland, ME' }).tap();
      expect(await box.inputValue()).toBe('Portland, ME');
      expect(await page.locator('#near-suggestions').isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('near');
      // Going back over what was typed uses the answer already given.
      const before = asked.length;
      await box.fill('Portl');
      await page.locator('#near-suggestions').waitFor({ state: 'visible' });
      expect(asked.length).toBe(before);
    });
  });

  it('drops an answer that comes back after the text changed', async () => {
    await withPage(async (page) => {
      let releaseSlow: () => void = () => undefined;
      const slow = new Promise<void>((resolve) => (releaseSlow = resolve));
      await page.route('**/api/v1/places?q=Portl', async (route) => {
        await slow;
        await route.continue().catch(() => undefined);
      });
      await page.goto(site.url('/'), { waitUntil: 'load' });
      const box = page.locator('#near');
      const held = page.waitForRequest((request) => request.url().endsWith('/api/v1/places?q=Portl'));
      await box.pressSequentially('Portl');
      await held;
      await box.fill('Seattle');
      await page.locator('#near-suggestions [role="option"]', { hasText: 'Seattle, WA' }).waitFor();
      releaseSlow();
      await page.waitForTimeout(300);
      const options = await optionTexts(page, 'near');
      expect(options.some((text) => text.startsWith('Seattle'))).toBe(true);
      expect(options.some((text) => text.startsWith('Portland'))).toBe(false);
    });
  });

  it('works in the search page’s place box too', async () => {
    await withPage(async (page) => {
      await page.goto(site.url('/meetings?near=Houston%2C+TX'), { waitUntil: 'load' });
      const box = page.locator('#f-near');
      expect(await box.getAttribute('role')).toBe('combobox');
      await box.fill('');
      await box.pressSequentially('Portl');
      await page.locator('#f-near-suggestions [role="option"]', { hasText: 'Portland, OR' }).click();
      expect(await box.inputValue()).toBe('Portland, OR');
      // And the person searches when they choose to: Enter in a closed box submits the form as before.
      await Promise.all([page.waitForURL(/near=Portland%2C\+OR/), box.press('Enter')]);
      // A search from this box is the visitor's last place too, for the home page.
      expect(await page.evaluate(() => localStorage.getItem('openrooms.place'))).toBe('{"near":"Portland, OR"}');
    });
  });

  it('without JavaScript the place boxes are plain text fields with no postal-code hint', async () => {
    await withPage(async (page) => {
      await page.goto(site.url('/'), { waitUntil: 'load' });
      expect(await page.locator('#near').getAttribute('autocomplete')).toBeNull();
      expect(await page.locator('#near').getAttribute('role')).toBeNull();
      await page.goto(site.url('/meetings?near=Houston%2C+TX'), { waitUntil: 'load' });
      expect(await page.locator('#f-near').getAttribute('autocomplete')).toBeNull();
    }, false);
  });
});
