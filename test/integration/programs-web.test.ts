import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../src/interop/import/run-import.js';
import { engines } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

const HTML = { accept: 'text/html' };
const FIXTURES = new URL('../fixtures/meeting-guide/', import.meta.url).pathname;

interface Found {
  meetings: { slug: string; name: string; program: string; formats: string[] }[];
  total: number;
}

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`pages, filters and feeds follow each meeting's program (${engine.name})`, () => {
    let t: TestSite;
    beforeAll(async () => {
      t = await initSite(engine, {
        // One NA meeting entered by hand in the AA feed's town.
        meetings: [
          meetingInput({
            name: 'Sample Hatboro NA',
            venue: { ...meetingInput().venue, city: 'Hatboro', state: 'PA', postalCode: '19040', latitude: 40.17, longitude: -75.1 },
          }),
        ],
        setup: async (store) => {
          // Neither is told its program: the AA feed is AA by the format's rule, the Al-Anon one by its names.
          await runImport(store, { kind: 'meeting-guide', location: `${FIXTURES}program-aa.json`, source: 'intergroup' });
          await runImport(store, { kind: 'meeting-guide', location: `${FIXTURES}program-al-anon.json`, source: 'district' });
        },
      });
    }, 60_000);
    afterAll(() => t.dispose());

    async function find(query: string): Promise<Found> {
      const res = await t.app.inject(`/api/v1/meetings?${query}`);
      expect(res.statusCode, query).toBe(200);
      return res.json<Found>();
    }

    it('finds AA meetings with program=AA, in any case, and only them', async () => {
      const aa = await find('program=AA&limit=100');
      expect(aa.total).toBe(6);
      expect(new Set(aa.meetings.map((m) => m.program))).toEqual(new Set(['AA']));
      expect((await find('program=al-anon')).meetings.map((m) => m.program)).toEqual(['AL-ANON', 'AL-ANON', 'AL-ANON', 'AL-ANON']);
      expect((await find('program=NA')).meetings.map((m) => m.name)).toEqual(['Sample Hatboro NA']);
      const page = await t.app.inject({ url: '/meetings?program=aa', headers: HTML });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Sample Big Book Study');
      expect(page.body).not.toContain('Sample Courage to Change');
      // On this mostly-AA site an AA meeting needs no program tag; a meeting of another program has one.
      expect(page.body).not.toContain('tag-program">AA</span>');
      const na = await t.app.inject({ url: '/meetings?program=na', headers: HTML });
      expect(na.body).toContain('<span class="tag tag-program">NA</span>');
      // The filter says closed in AA's words.
      expect(page.body).toContain('Closed: for people who want to stop drinking');
      expect(page.body).not.toContain('drug problem');
      // Without a program in the search, the site's main program (AA here) says what closed means; with two, general words.
      const closedChoice = async (query: string): Promise<string> => {
        const html = (await t.app.inject({ url: `/meetings?${query}`, headers: HTML })).body;
        return /<input type="radio" name="formats" value="C"[^>]*\/> ([^<]*)<\/label>/.exec(html)?.[1] ?? '';
      };
      expect(await closedChoice('near=19040')).toBe('Closed: for people who want to stop drinking');
      expect(await closedChoice('program=NA')).toBe('Closed: for people with a drug problem');
      expect(await closedChoice('program=AA,NA')).toBe('Closed: for members only');
    });

    it('shows an AA meeting as Alcoholics Anonymous, with what closed means there, in the page, its description and JSON-LD', async () => {
      const closed = (await find('program=AA&formats=C&limit=100')).meetings.find((m) => m.name === 'Sample Sunrise');
      expect(closed).toBeDefined();
      const res = await t.app.inject({ url: `/meetings/${closed!.slug}`, headers: HTML });
      expect(res.statusCode).toBe(200);
      const html = res.body;
      expect(html).toContain('<li>Program: Alcoholics Anonymous</li>');
      expect(html).toContain(
        '<strong>Closed.</strong> Closed meetings are for people who want to stop drinking, or think they might have a drinking problem; a desire to stop drinking is all it takes.',
      );
      expect(html).not.toMatch(/drug|Narcotics/);
      expect(html).toMatch(/<meta name="description" content="Sample Sunrise, a meeting of Alcoholics Anonymous: Mondays/);
      expect(html).toContain('"about":{"@type":"Organization","name":"Alcoholics Anonymous"}');
    });

    it('says closed in Al-Anon’s words at an Al-Anon meeting', async () => {
      const closed = (await find('program=AL-ANON&formats=C')).meetings[0]!;
      const html = (await t.app.inject({ url: `/meetings/${closed.slug}`, headers: HTML })).body;
      expect(html).toContain('<li>Program: Al-Anon Family Groups</li>');
      expect(html).toContain('Closed meetings are for family and friends of someone with a drinking problem');
    });

    it('names the site’s main program on the home page', async () => {
      const home = (await t.app.inject({ url: '/', headers: HTML })).body;
      expect(home).toContain('<h1>Find an AA meeting</h1>');
      expect(home).toContain('<title>Find an AA meeting near you or online · OpenRooms</title>');
      expect(home).toMatch(/<meta name="description" content="Search 11 Alcoholics Anonymous meetings a week/);
      expect(home).not.toContain('Narcotics');
    });

    it('names the main program of a state and a city', async () => {
      const state = (await t.app.inject({ url: '/states/pa', headers: HTML })).body;
      expect(state).toContain('<h1>AA meetings in Pennsylvania</h1>');
      expect(state).toContain('<title>AA meetings in Pennsylvania: 11 meetings a week · OpenRooms</title>');
      expect(state).toMatch(/<meta name="description" content="Alcoholics Anonymous in Pennsylvania: /);
      const city = (await t.app.inject({ url: '/states/pa/doylestown', headers: HTML })).body;
      expect(city).toContain('<h1>Al-Anon meetings in Doylestown, Pennsylvania</h1>');
      expect(city).toContain('4 meetings a week of Al-Anon Family Groups in Doylestown, Pennsylvania');
      // With no meeting of another program, no row needs a program tag; in Hatboro the NA meeting has one.
      expect(city).not.toContain('<span class="tag">Al-Anon</span>');
      const hatboro = (await t.app.inject({ url: '/states/pa/hatboro', headers: HTML })).body;
      expect(hatboro).toContain('<h1>AA meetings in Hatboro, Pennsylvania</h1>');
      expect(hatboro.match(/<span class="tag">NA<\/span>/g)).toHaveLength(1);
      expect(hatboro).not.toContain('<span class="tag">AA</span>');
      // A state without meetings takes the site's main program (6 AA of 11); a city of two programs, none.
      const empty = (await t.app.inject({ url: '/states/or', headers: HTML })).body;
      expect(empty).toContain('<h1>AA meetings in Oregon</h1>');
    });
  });
}
