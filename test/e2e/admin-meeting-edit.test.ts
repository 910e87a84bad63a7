import { expect, it } from 'vitest';
import { addAccount, TEST_PASSWORD } from '../support/admin.js';
import { axeViolations } from './axe.js';
import { BROWSER_TEST_TIMEOUT, describeInBrowser, useBrowserAndServer } from './harness.js';

const site = useBrowserAndServer();

describeInBrowser('editing a meeting in the admin', () => {
  it(
    'logs in, shows an inline error beside the field with the input kept, and saves once fixed',
    { timeout: BROWSER_TEST_TIMEOUT * 3 },
    async () => {
      const email = 'e2e-editor@test.example';
      await addAccount(site.server.store, { email, role: 'admin' });
      const meeting = site.server.fixtures.inPerson;
      await site.withPage({}, async (page) => {
        await page.goto(site.url('/admin/meetings'), { waitUntil: 'load' });
        // Not signed in: the login comes first, and brings the volunteer back.
        await page.getByLabel('Email').fill(email);
        await page.getByLabel('Password').fill(TEST_PASSWORD);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.waitForURL(/\/admin\/meetings$/);
        expect(await axeViolations(page)).toEqual([]);

        await page.goto(site.url(`/admin/meetings/${meeting.id}`), { waitUntil: 'load' });
        expect(await axeViolations(page)).toEqual([]);
        const name = page.locator('input[name="name"]');
        await name.fill(`${meeting.name} Renamed`);
        const latitude = page.locator('input[name="venue.latitude"]');
        await latitude.fill('123');
        await page.getByRole('button', { name: 'Save' }).first().click();
        await page.waitForLoadState('load');

        // The error sits next to its field, is linked to it, and what was typed is still there.
        await expect.poll(() => page.locator('[id="venue.latitude-error"]').textContent()).toContain('Latitude must be from -90 to 90');
        expect(await latitude.getAttribute('aria-describedby')).toContain('venue.latitude-error');
        expect(await latitude.getAttribute('aria-invalid')).toBe('true');
        expect(await latitude.inputValue()).toBe('123');
        expect(await name.inputValue()).toBe(`${meeting.name} Renamed`);
        expect(await axeViolations(page)).toEqual([]);

        await latitude.fill(String(meeting.venue.latitude ?? 45.5));
        await page.getByRole('button', { name: 'Save' }).first().click();
        await page.waitForURL(/done=saved/);
        await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Saved.');
        expect(await axeViolations(page)).toEqual([]);
      });
      await site.server.search.settled();
      expect(site.server.search.meeting(String(meeting.id))?.meeting.name).toBe(`${meeting.name} Renamed`);
    },
  );

  it(
    'shows the map only when asked, and the dragged pin writes latitude and longitude',
    { timeout: BROWSER_TEST_TIMEOUT * 2 },
    async () => {
      const email = 'e2e-map@test.example';
      await addAccount(site.server.store, { email, role: 'admin' });
      const meeting = site.server.fixtures.inPerson;
      await site.withPage({}, async (page) => {
        // No tile server here: the tiles are refused, the pin still moves.
        await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
        await page.goto(site.url(`/admin/login?next=/admin/meetings/${meeting.id}`), { waitUntil: 'load' });
        await page.getByLabel('Email').fill(email);
        await page.getByLabel('Password').fill(TEST_PASSWORD);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.waitForURL(new RegExp(`/admin/meetings/${meeting.id}$`));
        const canvas = page.locator('#admin-map-canvas');
        expect(await canvas.isHidden()).toBe(true);
        await page.getByRole('button', { name: 'Show map' }).click();
        const pin = page.locator('#admin-map-canvas .leaflet-marker-icon');
        await pin.waitFor({ state: 'visible' });
        const latitude = page.locator('input[name="venue.latitude"]');
        const before = await latitude.inputValue();
        // The map may still be settling (size, zoom) on a slow machine: drag once the pin stays put.
        let box = (await pin.boundingBox())!;
        await expect
          .poll(async () => {
            const now = (await pin.boundingBox())!;
            const still = now.x === box.x && now.y === box.y;
            box = now;
            return still;
          })
          .toBe(true);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 60, { steps: 8 });
        await page.mouse.up();
        await expect.poll(() => latitude.inputValue()).not.toBe(before);
        expect(Number(await latitude.inputValue())).toBeLessThan(Number(before));
        expect(await page.locator('input[name="venue.approximate"]').isChecked()).toBe(false);
        expect(await page.getByRole('button', { name: 'Hide map' }).getAttribute('aria-expanded')).toBe('true');
      });
    },
  );
});
