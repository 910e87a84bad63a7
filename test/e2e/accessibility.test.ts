import type { BrowserContextOptions } from 'playwright-core';
import { expect, it } from 'vitest';
import { PAGE_TYPES, type PageType } from '../support/browser.js';
import { axeViolations } from './axe.js';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

describeInBrowser('accessibility (axe, WCAG 2.2 A and AA, in Chromium)', { concurrent: true, timeout: BROWSER_TEST_TIMEOUT }, () => {
  it.each(PAGE_TYPES)('%s: zero axe violations', async (type) => {
    await site.withPage({}, async (page) => {
      const opened = await site.open(page, type);
      expect(opened.status, `${opened.path} status`).toBe(opened.expected);
      expect(await axeViolations(page), opened.path).toEqual([]);
    });
  });

  const schemes: { name: string; options: BrowserContextOptions; pages: PageType[] }[] = [
    { name: 'dark colour scheme', options: { colorScheme: 'dark' }, pages: [...PAGE_TYPES] },
    { name: 'reduced motion', options: { reducedMotion: 'reduce' }, pages: [...PAGE_TYPES] },
  ];
  for (const scheme of schemes) {
    it.each(scheme.pages)(`%s in ${scheme.name}: zero axe violations`, async (type) => {
      await site.withPage(scheme.options, async (page) => {
        const opened = await site.open(page, type);
        expect(opened.status, `${opened.path} status`).toBe(opened.expected);
        expect(await axeViolations(page), `${opened.path} (${scheme.name})`).toEqual([]);
        if (scheme.options.colorScheme === 'dark') {
          // The page follows the setting: its background is dark, not the light page with axe passing on it.
          const background = await page.evaluate(() => {
            const body = getComputedStyle(document.body).backgroundColor;
            return body === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : body;
          });
          // Chromium reports sRGB colours as rgb(); anything else would need its own reading.
          expect(background).toMatch(/^rgba?\(/);
          const [r = 255, g = 255, b = 255] = (background.match(/\d+(\.\d+)?/g) ?? []).map(Number);
          expect(0.2126 * r + 0.7152 * g + 0.0722 * b, `${opened.path} background ${background} in dark mode`).toBeLessThan(96);
        }
        if (scheme.options.reducedMotion === 'reduce') {
          // Someone who asked for less motion sees nothing move: no running CSS animation or transition.
          const moving = await page.evaluate(() =>
            document
              .getAnimations()
              .filter((a) => a.playState === 'running')
              .map((a) =>
                a instanceof CSSAnimation
                  ? `animation ${a.animationName}`
                  : a instanceof CSSTransition
                    ? `transition ${a.transitionProperty}`
                    : 'animation',
              ),
          );
          expect(moving, `${opened.path} with reduced motion`).toEqual([]);
        }
      });
    });
  }

  // The list on /my-meetings is drawn by its script from what this browser saved: check it filled.
  it('my meetings with a meeting saved from its page: zero axe violations', async () => {
    await site.withPage({}, async (page) => {
      const meeting = site.server.fixtures.inPerson;
      expect((await page.goto(site.url(`/meetings/${meeting.slug}`)))?.status()).toBe(200);
      await page.getByRole('button', { name: /save this meeting/i, pressed: false }).click();
      // The same toggle button, now pressed and named for what happened.
      await page.getByRole('button', { name: /saved/i, pressed: true }).waitFor();
      expect((await page.goto(site.url('/my-meetings')))?.status()).toBe(200);
      await page.locator('main').getByRole('link', { name: meeting.name }).waitFor({ timeout: 5000 });
      expect(await axeViolations(page), '/my-meetings with a saved meeting').toEqual([]);
    });
  });

  it.each(PAGE_TYPES)('%s: no horizontal scrolling on a 320 px wide screen', async (type) => {
    await site.withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
      const opened = await site.open(page, type);
      expect(opened.status, `${opened.path} status`).toBe(opened.expected);
      const layout = await page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement;
        const width = root.clientWidth;
        const describe = (el: Element): string =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length > 0 ? `.${[...el.classList].join('.')}` : ''}`;
        // What sticks out, named so the page's author can find it: elements, then text that
        // overflows its box (a long word or address), which no element's box shows.
        const wide = [...document.body.querySelectorAll('*')]
          .filter((el) => el.getBoundingClientRect().right > width + 0.5)
          .map((el) => `${describe(el)} (right edge ${Math.round(el.getBoundingClientRect().right)})`);
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          range.selectNodeContents(node);
          const right = range.getBoundingClientRect().right;
          if (right > width + 0.5 && node.parentElement)
            wide.push(
              `text "${(node.textContent ?? '').trim().slice(0, 40)}" in ${describe(node.parentElement)} (right edge ${Math.round(right)})`,
            );
        }
        return { scrollWidth: root.scrollWidth, clientWidth: width, wide: wide.slice(0, 6) };
      });
      expect(layout.scrollWidth, `${opened.path}: wider than 320 px because of ${layout.wide.join(', ')}`).toBeLessThanOrEqual(
        layout.clientWidth,
      );
    });
  });

  it.each(PAGE_TYPES)('%s: the first Tab reaches the skip link, and Enter moves focus to main', async (type) => {
    await site.withPage({}, async (page) => {
      const opened = await site.open(page, type);
      expect(opened.status, `${opened.path} status`).toBe(opened.expected);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const el = document.activeElement;
        const box = el?.getBoundingClientRect();
        return {
          tag: el?.tagName.toLowerCase(),
          href: el?.getAttribute('href'),
          text: el?.textContent.trim(),
          // A skip link may hide until focused; focused, it must be on screen.
          onScreen: box !== undefined && box.width > 1 && box.height > 1 && box.bottom > 0 && box.top < window.innerHeight,
        };
      });
      expect(first, opened.path).toMatchObject({ tag: 'a', href: '#main', onScreen: true });
      expect(first.text, opened.path).toMatch(/skip/i);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id), `${opened.path}: focus after the skip link`).toBe('main');
      // And the next Tab continues inside main, not back in the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null), `${opened.path}: Tab after skipping`).toBe(true);
    });
  });

  it.each(['home', 'search', 'meeting (in person)'] as const)('%s: every element reached by Tab shows where focus is', async (type) => {
    await site.withPage({}, async (page) => {
      const opened = await site.open(page, type);
      expect(opened.status, `${opened.path} status`).toBe(opened.expected);
      const unmarked: string[] = [];
      let reached = 0;
      // The first 20 stops cover the skip link, banners, header, search box and the start of main.
      for (let stop = 0; stop < 20; stop++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
          const ring = style.boxShadow !== 'none';
          return { name: el.outerHTML.slice(0, 120), visible: outline || ring };
        });
        if (focus === null) break;
        reached++;
        if (!focus.visible) unmarked.push(focus.name);
      }
      expect(reached, `${opened.path}: elements reached by Tab`).toBeGreaterThan(2);
      expect(unmarked, `${opened.path}: focused with no outline or focus ring`).toEqual([]);
    });
  });
});
