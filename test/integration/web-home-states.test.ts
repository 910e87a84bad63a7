import { gzipSync } from 'node:zlib';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PublicMeeting } from '../../src/domain/meeting.js';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
import { robotsTxt, sitemapIndexXml, sitemapParts } from '../../src/http/routes/web/sitemap.js';
import { countPlaces, type PlaceStats } from '../../src/search/place-counts.js';
import { sqliteEngine } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

const HTML = { accept: 'text/html' };
const PAGE_BUDGET = 50 * 1024;

function gzipped(body: string): number {
  return gzipSync(body).length;
}

/** The text of an HTML fragment without tags, whitespace collapsed: what a reader sees. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('home, state and city pages, sitemap and robots', () => {
  let t: TestSite;
  let stats: PlaceStats;
  const sizes: Record<string, number> = {};

  beforeAll(async () => {
    t = await initSite(sqliteEngine(), {
      sample: { count: 300, seed: 5 },
      // One hand-entered meeting in a known place, with a name that needs escaping.
      meetings: [
        meetingInput({
          name: 'Hope & <Serenity>',
          slug: 'hope-and-serenity-portland',
          venue: { ...meetingInput().venue, city: 'Portland', state: 'OR', latitude: 45.52, longitude: -122.68 },
        }),
      ],
    });
    stats = countPlaces(t.search.index.all(), t.search.index.serviceBodies());
  });
  afterAll(async () => {
    console.log('gzipped HTML sizes (bytes):', sizes);
    await t.dispose();
  });

  /** A page anyone may cache for five minutes, inside the size budget; its gzipped size goes in the log. */
  async function cachedPage(url: string, name: string): Promise<LightMyRequestResponse> {
    const res = await t.app.inject({ url, headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    sizes[name] = gzipped(res.body);
    expect(sizes[name]).toBeLessThan(PAGE_BUDGET);
    return res;
  }

  it('serves the home page: search, near-me, quick links, map, state list and challenges', async () => {
    const res = await cachedPage('/', 'home');
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['set-cookie']).toBeUndefined();
    const html = res.body;
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('action="/meetings"');
    expect(html).toMatch(/<button[^>]*data-near-me[^>]*hidden|<button[^>]*hidden[^>]*data-near-me/);
    for (const href of ['/meetings?status=today', '/meetings?status=soon', '/meetings?attendance=online&amp;status=now'])
      expect(html).toContain(`href="${href}"`);
    for (const code of ['addiction', 'anxiety_depression', 'grief_trauma', 'chronic_illness', 'life_transitions']) {
      expect(html).toContain(`href="/meetings?category=${code}"`);
    }
    expect(html).toContain('id="states"');
    expect(html).toMatch(/<svg viewBox="0 0 975 610"/);
    // Every jurisdiction: a named link on the map and a link in the list below it.
    const oregon = stats.states.get('OR')!.total;
    expect(html).toContain(`<a href="/states/or" aria-label="Oregon: ${oregon} meetings">`);
    for (const state of JURISDICTIONS) {
      const links = html.split(`href="/states/${state.code.toLowerCase()}"`).length - 1;
      expect(links, state.code).toBe(2);
    }
    expect(html).toMatch(/class="shade-[1-4]"/);
    expect(html).not.toMatch(/<path[^>]* style=/);
    expect(html).toContain('class="map-legend"');
  });

  it('serves a state page with counts, intro, cities, heatmap, service bodies and links', async () => {
    const html = (await cachedPage('/states/or', 'state')).body;
    const oregon = stats.states.get('OR')!;
    expect(html).toContain('<h1>NA meetings in Oregon</h1>');
    expect(html).toContain(`<title>NA meetings in Oregon: ${oregon.total} meetings a week · OpenRooms</title>`);
    expect(text(html)).toContain(`${oregon.total} meetings a week, ${oregon.onlineOrHybrid} of them online or hybrid`);
    expect(html).toContain('<link rel="canonical" href="http://localhost:80/states/or"');
    for (const city of oregon.cities.slice(0, 20)) expect(html).toContain(`href="/states/or/${city.slug}"`);
    expect(html).toMatch(
      /<svg class="heat-cells" viewBox="0 0 576 154" preserveAspectRatio="none" role="img" aria-label="When meetings start in Oregon[^"]*busiest hour is/,
    );
    expect(html.match(/<rect class="shade-\d" x=/g)).toHaveLength(7 * 24);
    expect(html).toContain('<th scope="col">Starts</th>');
    expect(html).toContain('Sample Oregon Region');
    expect(html).toMatch(/href="tel:\+?\d+"/);
    expect(html).toContain('href="/states/or/print"');
    expect(html).toContain('href="/meetings?state=OR"');
    // The introduction from content/states/or.md, when that file is there.
    if (html.includes('class="state-intro"'))
      expect(html).toMatch(/<section class="state-intro"[^>]*><h2 id="intro-heading">[^<]+<\/h2><div><p>/);
    // Headings go in order: one h1, then h2s, with h3s only under an h2.
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it('serves every state page and a 404 page for codes that are not a state', async () => {
    for (const state of JURISDICTIONS) {
      const res = await t.app.inject({ url: `/states/${state.code.toLowerCase()}`, headers: HTML });
      expect(res.statusCode, state.code).toBe(200);
      expect(res.body).toContain(`<h1>NA meetings in ${state.name}</h1>`);
    }
    for (const url of ['/states/zz', '/states/pr', '/states/oregon', '/states/o', '/states/zz/portland']) {
      const res = await t.app.inject({ url, headers: HTML });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toMatch(/text\/html/);
      expect(res.body, url).toContain('action="/meetings"');
    }
  });

  it('redirects upper-case codes and city slugs to the lower-case address', async () => {
    for (const [from, to] of [
      ['/states/OR', '/states/or'],
      ['/states/Or', '/states/or'],
      ['/states/OR/Portland', '/states/or/portland'],
      ['/states/or/PORTLAND?x=1', '/states/or/portland?x=1'],
    ] as const) {
      const res = await t.app.inject({ url: from, headers: HTML });
      expect(res.statusCode, from).toBe(301);
      expect(res.headers.location, from).toBe(to);
    }
  });

  it('serves a city page with its meetings by weekday, Sunday first, escaped', async () => {
    const html = (await cachedPage('/states/or/portland', 'city')).body;
    const count = stats.states.get('OR')!.cities.find((c) => c.slug === 'portland')!.count;
    // The page names NA only when most of the city's meetings are NA (the sample's Portland is half NA, half not).
    const here = [...t.search.index.all()].filter((m: PublicMeeting) => m.venue.state === 'OR' && m.venue.city === 'Portland');
    const heading = here.filter((m) => m.program === 'NA').length * 2 > here.length ? 'NA meetings in' : 'Meetings in';
    expect(html).toContain(`<h1>${heading} Portland, Oregon</h1>`);
    expect(html).toContain(`${heading} Portland, Oregon: ${count} meeting${count === 1 ? '' : 's'} a week`);
    expect(html).toContain('href="/states/or/portland/print"');
    expect(html).toContain('Hope &amp; &lt;Serenity');
    expect(html).not.toContain('<Serenity>');
    expect(html).toContain('href="/meetings/hope-and-serenity-portland"');
    // Weekday sections in order, and the meetings' links match what the index holds for Portland.
    const days = [...html.matchAll(/<h2 id="day-(\d)">/g)].map((m) => Number(m[1]));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    const portland = [...t.search.index.all()].filter((m: PublicMeeting) => m.venue.state === 'OR' && m.venue.city === 'Portland');
    expect(portland).toHaveLength(count);
    for (const meeting of portland) expect(html).toContain(`href="/meetings/${meeting.slug}"`);
    expect(html).toMatch(/\d{1,2}:\d{2} (AM|PM)/);
    expect(html).toMatch(/class="tag">(In person|Online|In person and online)</);
  });

  it('serves a kind page for a real city with no meetings, and a 404 page for an unknown one', async () => {
    const oregon = stats.states.get('OR')!;
    const listed = new Set(oregon.cities.map((c) => c.slug));
    // A small Oregon town that the sample did not put a meeting in.
    const empty = ['mitchell', 'fossil', 'spray', 'antelope', 'shaniko', 'ukiah'].find((slug) => !listed.has(slug))!;
    const res = await t.app.inject({ url: `/states/or/${empty}`, headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('No meetings are listed here yet');
    expect(res.body).toContain('href="/meetings?attendance=online"');
    expect(res.body).toMatch(/href="\/meetings\?near=[^"]+%2C%20OR"/);
    expect(res.body).toContain('Nearby cities with meetings');

    const unknown = await t.app.inject({ url: '/states/or/no-such-town-here', headers: HTML });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('We could not find that city');
  });

  it('lists home, states, cities and meetings in the sitemap, and points robots at it', async () => {
    const res = await t.app.inject('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/xml/);
    const xml = res.body;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(
      true,
    );
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain('http://localhost:80/');
    for (const state of JURISDICTIONS) expect(locs).toContain(`http://localhost:80/states/${state.code.toLowerCase()}`);
    expect(locs).toContain('http://localhost:80/states/or/portland');
    expect(locs).toContain('http://localhost:80/meetings/hope-and-serenity-portland');
    const cities = [...stats.states.values()].reduce((sum, s) => sum + s.cities.length, 0);
    expect(locs).toHaveLength(1 + JURISDICTIONS.length + cities + t.search.index.size);
    expect(new Set(locs).size).toBe(locs.length);

    // Past 50,000 addresses the sitemap becomes an index of parts.
    expect(sitemapParts(['/a', '/b', '/c', '/d', '/e'], 2)).toEqual([['/a', '/b'], ['/c', '/d'], ['/e']]);
    expect(sitemapIndexXml('https://x.example', 3)).toContain('<sitemap><loc>https://x.example/sitemap/3.xml</loc></sitemap>');
    expect((await t.app.inject('/sitemap/1.xml')).statusCode).toBe(404);

    const robots = await t.app.inject('/robots.txt');
    expect(robots.statusCode).toBe(200);
    expect(robots.headers['content-type']).toMatch(/text\/plain/);
    expect(robots.body).toBe(robotsTxt('http://localhost:80'));
    expect(robots.body).toContain('Disallow: /api/\nDisallow: /main_server/');
    expect(robots.body).toContain('Sitemap: http://localhost:80/sitemap.xml');
  });

  it('recounts after the index changes, at most once per hundred times the last count took', async () => {
    const vermont = stats.states.get('VT')!.total;
    expect((await t.app.inject({ url: '/states/vt', headers: HTML })).body).toContain(`NA meetings in Vermont: ${vermont} meeting`);
    await t.store.meetings.create(
      meetingInput({
        slug: 'new-in-burlington',
        venue: { ...meetingInput().venue, city: 'Burlington', state: 'VT', latitude: 44.47, longitude: -73.21 },
      }),
      'test',
    );
    await t.search.settled();
    // Only the clock is faked: the store and the server keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 6 * 60_000);
      const after = await t.app.inject({ url: '/states/vt', headers: HTML });
      expect(after.body).toContain(`NA meetings in Vermont: ${vermont + 1} meetings a week`);
      const sitemap = await t.app.inject('/sitemap.xml');
      expect(sitemap.body).toContain('/meetings/new-in-burlington</loc>');
    } finally {
      vi.useRealTimers();
    }
  });
});
