import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyQuery } from '../../src/domain/query.js';
import { slugify } from '../../src/domain/slug.js';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
import { clientScriptPath } from '../../src/web/client-bundles.js';
import { DEFAULT_SITE } from '../../src/web/site.js';
import { sqliteEngine } from '../support/engines.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

const HTML = { accept: 'text/html' };

/** "1,234 meetings" as a number. */
function count(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** The count a state page leads with: "<strong>69 meetings</strong> a week", or none listed. */
function statePageCount(html: string): number {
  if (html.includes('No meetings are listed in')) return 0;
  const found = /<p class="lead"><strong>([\d,]+) meetings?<\/strong>/.exec(html);
  if (!found) throw new Error('no count on the state page');
  return count(found[1]!);
}

/** The count a printed list states above its days: "<p>69 meetings. List made …". */
function printCount(html: string): number {
  const found = /<p>([\d,]+) meetings?[ .]/.exec(html);
  if (!found) throw new Error('no count on the printed list');
  return count(found[1]!);
}

describe('state, city and print pages', () => {
  let t: TestSite;

  beforeAll(async () => {
    t = await initSite(sqliteEngine(), {
      site: { ...DEFAULT_SITE, hotline: { number: '1-555-0199', label: 'Test Helpline, all hours' } },
      sample: { count: 600, seed: 11 },
      meetings: [
        // Closed for now, in a city of its own: a page that counted it would list a city the search cannot find.
        meetingInput({
          name: 'Closed For Now Group',
          attendance: 'temporarily_closed',
          venue: { ...meetingInput().venue, city: 'Closedville' },
        }),
        meetingInput({ name: 'Closed Portland Group', attendance: 'temporarily_closed' }),
        meetingInput({ name: 'Open Portland Group' }),
        onlineMeetingInput({
          name: 'Printed Online Group',
          online: {
            conferenceUrl: 'https://meet.test.example/j/86912345678?pwd=abc',
            conferenceUrlNotes: 'Meeting ID: 869 1234 5678\nPasscode: 4321',
            conferencePhone: '+1 646 558 8656,,86912345678#',
            conferencePhoneNotes: 'Press # twice',
          },
        }),
        onlineMeetingInput({
          name: 'Printed Hybrid Group',
          attendance: 'hybrid',
          venue: meetingInput().venue,
          online: {
            conferenceUrl: 'https://meet.test.example/j/42',
            conferenceUrlNotes: null,
            conferencePhone: null,
            conferencePhoneNotes: null,
          },
        }),
      ],
    });
  });

  afterAll(() => t.dispose());

  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: HTML });
  const apiTotal = async (query: string) => (await t.app.inject(`/api/v1/meetings?${query}&limit=1`)).json<{ total: number }>().total;

  it('gives one count per state on its page, its printed lists, the search and the stats', async () => {
    const stats = (await t.app.inject('/api/v1/stats')).json<{ byState: Record<string, number> }>().byState;
    for (const { code } of JURISDICTIONS) {
      const lower = code.toLowerCase();
      const searched = await apiTotal(`state=${code}`);
      const page = statePageCount((await get(`/states/${lower}`)).body);
      const printed = printCount((await get(`/states/${lower}/print`)).body);
      const printedSearch = printCount((await get(`/meetings/print?state=${code}`)).body);
      expect({ code, page, printed, printedSearch, stats: stats[code] }).toEqual({
        code,
        page: searched,
        printed: searched,
        printedSearch: searched,
        stats: searched,
      });
    }
    // A printed search of one state is titled with the state, not as "a search".
    expect((await get('/meetings/print?state=OR')).body).toMatch(/<h1>[^<]*meetings in Oregon/i);
    // The closed meetings exist, and are found when asked for: they are only left out of the counts.
    expect(await apiTotal('state=OR&attendance=temporarily_closed')).toBeGreaterThanOrEqual(2);
  });

  it('gives a city page and its printed list the same meetings, without the closed ones', async () => {
    const page = (await get('/states/or/portland')).body;
    const printed = (await get('/states/or/portland/print')).body;
    const pageCount = count(/<p class="lead"><strong>([\d,]+) meetings?<\/strong>/.exec(page)![1]!);
    expect(printCount(printed)).toBe(pageCount);
    expect(pageCount).toBe(await apiTotal('state=OR&city=Portland'));
    expect(page).toContain('Open Portland Group');
    expect(printed).toContain('Open Portland Group');
    expect(page).not.toContain('Closed Portland Group');
    expect(printed).not.toContain('Closed Portland Group');
    // A city with only a closed meeting has no meetings to list: the kind page, and no printed list.
    expect((await get('/states/or')).body).not.toContain('href="/states/or/closedville"');
    expect((await get('/states/or/closedville/print')).statusCode).toBe(404);
  });

  it('prints how to join an online meeting, the hotline, and a Print button', async () => {
    const res = await get('/meetings/print?q=Printed');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    const row = (name: string) => html.split('<tr').find((part) => part.includes(`<td>${name}</td>`))!;
    const online = row('Printed Online Group');
    // The link written out, as paper needs it, and the ID, passcode and dial-in the group gave.
    expect(online).toContain(
      '<span>Online: <a href="https://meet.test.example/j/86912345678?pwd=abc" rel="noopener noreferrer">https://meet.test.example/j/86912345678?pwd=abc</a></span>',
    );
    expect(online).toContain('<span class="lines">Meeting ID: 869 1234 5678\nPasscode: 4321</span>');
    expect(online).toContain('By phone: <a href="tel:+16465588656,,86912345678%23">+1 646-558-8656, then 86912345678#</a>');
    expect(online).toContain('Press # twice');
    expect(online).not.toContain('print-venue');
    const hybrid = row('Printed Hybrid Group');
    expect(hybrid).toContain('<span class="print-venue">Test Community Hall, 100 Example St, Portland, OR 97201</span>');
    expect(hybrid).toContain('>https://meet.test.example/j/42</a>');
    // The operator's helpline is on the sheet, not only in the banner that is not printed.
    expect(html).toMatch(
      /<p class="print-hotline">Need to talk to someone now\? <a href="tel:15550199">1-555-0199<\/a> \(Test Helpline, all hours\)/,
    );
    // The button needs its script; without it the page says how to print.
    expect(html).toMatch(/<button type="button" data-print(="")? hidden>Print this list<\/button>/);
    expect(html).toContain('Use your browser’s Print command');
    expect(html).toContain(`<script type="module" src="${clientScriptPath('print')!}" defer>`);
  });

  it('lists every city with meetings on the state page, by name, with a search box', async () => {
    for (const code of ['OR', 'CA', 'TX']) {
      const html = (await get(`/states/${code.toLowerCase()}`)).body;
      const found = t.search.find(emptyQuery({ states: [code], limit: Infinity })).hits.map((hit) => hit.meeting.venue.city);
      const slugs = new Set(found.filter((city): city is string => city !== null).map(slugify));
      const list = /<ul class="city-list">([\s\S]*?)<\/ul>/.exec(html)![1]!;
      const listed = [...list.matchAll(/<a href="\/states\/[a-z]{2}\/([^"]+)">([^<]+)<\/a>/g)];
      expect(new Set(listed.map((link) => link[1])), code).toEqual(slugs);
      expect(listed.length, code).toBe(slugs.size);
      const names = listed.map((link) => link[2]!);
      expect(names, code).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-US')));
      expect(html).toContain(`All ${slugs.size} places with meetings`);
      // The search box sends a place to the search page.
      expect(html).toMatch(/<form class="search-box" action="\/meetings" method="get" role="search">/);
    }
    const oregon = (await get('/states/or')).body;
    expect(oregon).toContain('href="/states/or/portland">Portland</a> <span class="muted" aria-hidden="true">');
    expect(oregon).not.toContain('closedville');
  });
});
