import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSitePage } from '../../src/domain/zone-link.js';
import { findFixtures, pageVisits, PAGE_TYPES, searchPath, type PageVisit, type SiteFixtures } from '../support/browser.js';
import { sqliteEngine } from '../support/engines.js';
import { initSite, type TestSite } from '../support/harness.js';

const HTML = { accept: 'text/html' };
const LA = 'America/Los_Angeles';
const TZ = `tz=${encodeURIComponent(LA)}`;

function decode(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function hrefs(html: string): string[] {
  return [...html.matchAll(/<a\b[^>]*\shref="([^"]*)"/g)].map((m) => decode(m[1]!));
}

/** Each GET form's action and the values of its fields named tz. */
function forms(html: string): { action: string; tz: string[] }[] {
  // A POST form (a correction) sends a body, not a query: its action is its own.
  return [...html.matchAll(/<form\b(?![^>]*method="post")[^>]*\saction="([^"]*)"[^>]*>([\s\S]*?)<\/form>/g)].map((m) => ({
    action: decode(m[1]!),
    tz: [...m[2]!.matchAll(/<input\b[^>]*\sname="tz"[^>]*>/g)].map((input) => decode(/\svalue="([^"]*)"/.exec(input[0])?.[1] ?? '')),
  }));
}

function withTz(path: string, tz: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}tz=${encodeURIComponent(tz)}`;
}

describe("every page carries the visitor's zone on", () => {
  let t: TestSite;
  let fixtures: SiteFixtures;
  let visits: Record<string, PageVisit>;

  beforeAll(async () => {
    t = await initSite(sqliteEngine(), { sample: { count: 300, seed: 5 } });
    fixtures = findFixtures(t.search);
    visits = {
      ...pageVisits(fixtures),
      'print of a search': { path: `/meetings/print?near=${encodeURIComponent(fixtures.near)}`, status: 200 },
      'city print': { path: `${fixtures.city.path}/print`, status: 200 },
    };
  });
  afterAll(() => t.dispose());

  async function page(path: string, status: number): Promise<string> {
    const res = await t.app.inject({ url: path, headers: HTML });
    expect(res.statusCode, path).toBe(status);
    return res.body;
  }

  it('covers every page type', () => {
    for (const type of PAGE_TYPES) expect(visits[type], type).toBeDefined();
  });

  it('adds tz to the navigation and to every link to another page, on every page type', async () => {
    for (const [type, visit] of Object.entries(visits)) {
      const html = await page(withTz(visit.path, LA), visit.status);
      const links = hrefs(html);
      for (const nav of [
        `/?${TZ}`,
        `/meetings?${TZ}`,
        `/meetings?attendance=online&status=now&${TZ}`,
        `/?${TZ}#states`,
        `/my-meetings?${TZ}`,
      ]) {
        expect(links, `${type}: ${nav}`).toContain(nav);
      }
      for (const href of links.filter(isSitePage)) {
        expect(new URLSearchParams(href.split(/[?#]/)[1] ?? '').get('tz'), `${type}: ${href}`).toBe(LA);
      }
      const pageForms = forms(html).filter((f) => isSitePage(f.action));
      for (const form of pageForms) expect(form.tz, `${type}: form ${form.action}`).toEqual([LA]);
      // Not only the header's: each page's own content has a link or a form to carry it on.
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      expect(hrefs(main).filter(isSitePage).length + forms(main).length, type).toBeGreaterThan(0);
    }
  });

  it('leaves the APIs, the feeds and the bundles alone', async () => {
    for (const [type, visit] of Object.entries(visits)) {
      const html = await page(withTz(visit.path, LA), visit.status);
      for (const href of [
        '/api/v1/openapi.json',
        '/api/v1/feeds/meeting-guide.json',
        '/main_server/client_interface/json/?switcher=GetServerInfo',
      ]) {
        expect(hrefs(html), `${type}: ${href}`).toContain(href);
      }
      expect(html, type).not.toMatch(/src="\/assets\/[^"]*tz=/);
      expect(html, type).not.toMatch(/href="\/assets\/[^"]*tz=/);
      expect(html, type).not.toMatch(/<link rel="canonical" href="[^"]*tz=/);
    }
  });

  it("gives a search's exports the zone as part of the search, which they take", async () => {
    const html = await page(withTz(searchPath(fixtures), LA), 200);
    const ics = hrefs(html).find((href) => href.startsWith('/api/v1/meetings.ics'));
    expect(ics).toContain(TZ);
    expect((await t.app.inject({ url: ics! })).statusCode).toBe(200);
  });

  it('changes no link without a zone, or with one that is not a zone', async () => {
    for (const [type, visit] of Object.entries(visits)) {
      const html = await page(visit.path, visit.status);
      expect(
        hrefs(html).filter((href) => href.includes('tz=')),
        type,
      ).toEqual([]);
      for (const form of forms(html)) expect(form.tz, `${type}: form ${form.action}`).toEqual(['']);
    }
    const meeting = await page(withTz(`/meetings/${fixtures.inPerson.slug}`, 'Mars/Olympus_Mons'), 200);
    expect(hrefs(meeting).filter((href) => href.includes('tz='))).toEqual([]);
  });

  it('says which clock the times are on: the visitor’s, or each meeting’s', async () => {
    const meetingPath = `/meetings/${fixtures.inPerson.slug}`;
    const zone = fixtures.inPerson.schedule.timeZone;
    const own = await page(withTz(meetingPath, zone), 200);
    expect(own).toMatch(/<span class="zone-note"[^>]*>Times shown in [A-Z][^<]* Time, your time zone\.<\/span>/);

    const [other, otherName] =
      zone === 'Pacific/Honolulu' ? ['America/New_York', 'Eastern Time'] : ['Pacific/Honolulu', 'Hawaii-Aleutian Standard Time'];
    const away = await page(withTz(meetingPath, other), 200);
    expect(away).toMatch(
      new RegExp(`<span class="zone-note"[^>]*>Times are each meeting’s local time. Your time zone is ${otherName}.</span>`),
    );

    // Without a zone the server says what it knows, and leaves the page's script what it needs to say more.
    const unknown = await page(meetingPath, 200);
    expect(unknown).toMatch(
      /<span class="zone-note" data-zone-note="true" data-zones="[^"]+" data-yours="Times shown in \{zone\}, your time zone\." [^>]*>Times are each meeting’s local time\.<\/span>/,
    );

    for (const path of [searchPath(fixtures), fixtures.city.path, `${fixtures.state.path}/print`]) {
      expect(await page(path, 200), path).toContain('data-zone-note');
      expect(await page(withTz(path, LA), 200), path).toMatch(/<span class="zone-note"[^>]*>Times (shown in|are each)/);
    }
  });
});
