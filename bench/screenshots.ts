/**
 * Full-page screenshots of every page type at a phone width (390 px) and a desktop width
 * (1280 px), in light and dark, so a person can look at the site before calling it done.
 * Not a test: it asserts nothing, it only shows. Uses the e2e tests' server and page list.
 *
 *   npm run screenshots -- /tmp/shots
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_CHROMIUM_PATH, launchChromium, PAGE_TYPES, pageVisits, startSiteServer } from '../test/support/browser.js';

const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (folder === undefined) {
    console.error('usage: npm run screenshots -- <folder>');
    process.exit(2);
  }
  const out = resolve(folder);
  mkdirSync(out, { recursive: true });
  const [browser, server] = await Promise.all([launchChromium(process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH), startSiteServer()]);
  try {
    const visits = pageVisits(server.fixtures);
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        for (const type of PAGE_TYPES) {
          const { path, status } = visits[type];
          const response = await page.goto(new URL(path, server.origin).toString(), { waitUntil: 'networkidle' });
          const file = `${out}/${type.replace(/[^a-z0-9]+/g, '-').replace(/-+$/, '')}-${width}-${colorScheme}.png`;
          await page.screenshot({ path: file, fullPage: true });
          const got = response?.status() ?? 0;
          console.log(`${file}  ${path}  ${got}${got === status ? '' : ` (expected ${status})`}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
