import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PublicMeeting } from '../../src/domain/meeting.js';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
import { buildApp } from '../../src/http/app.js';
import { robotsTxt, sitemapIndexXml, sitemapParts } from '../../src/http/routes/web/sitemap.js';
import { SearchService } from '../../src/search/service.js';
import { seedSample } from '../../src/store/sample/seed.js';
import { countPlaces, placeStatsCache, type PlaceStats } from '../../src/search/place-counts.js';
import { shadeBounds, shadeLabels, shadeStep } from '../../src/web/shading.js';
import { buildStatesMap, simplifyLine } from '../../src/web/states-map.js';
import { engines, type TestStore } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';

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

const engine = engines().find((e) => e.name === 'sqlite')!;

describe('home, state and city pages, sitemap and robots', () => {
  let t: TestStore;
  let app: FastifyInstance;
  let search: SearchService;
  let stats: PlaceStats;
  const sizes: Record<string, number> = {};

  beforeAll(async () => {
    t = await engine.fresh();
    await seedSample(t.store, { count: 300, seed: 5 });
    // One hand-entered meeting in a known place, with a name that needs escaping.
    await t.store.meetings.create(
      meetingInput({
        name: 'Hope & <Serenity>',
        slug: 'hope-and-serenity-portland',
        venue: { ...meetingInput().venue, city: 'Portland', state: 'OR', latitude: 45.52, longitude: -122.68 },
      }),
      'test',
    );
    search = await SearchService.start(t.store, { pollMs: 0 });
    app = await buildApp({ store: t.store, search });
    stats = countPlaces(search.index.all(), search.index.serviceBodies());
  });
  afterAll(async () => {
    console.log('gzipped HTML sizes (bytes):', sizes);
    await app.close();
    await search.stop();
    await t.dispose();
  });

  it('counts every published meeting once, by state and city', () => {
    expect([...stats.states.keys()].sort()).toEqual(JURISDICTIONS.map((s) => s.code).sort());
    const inStates = [...stats.states.values()].reduce((sum, s) => sum + s.total, 0);
    expect(inStates).toBeLessThanOrEqual(search.index.size);
    expect(stats.meetingSlugs).toHaveLength(search.index.size);
    for (const state of stats.states.values()) {
      expect(state.weekHours.reduce((a, b) => a + b, 0)).toBe(state.total);
      expect(state.cities.reduce((a, c) => a + c.count, 0)).toBeLessThanOrEqual(state.total);
      for (let i = 1; i < state.cities.length; i++) expect(state.cities[i - 1]!.count).toBeGreaterThanOrEqual(state.cities[i]!.count);
    }
    const oregon = stats.states.get('OR')!;
    expect(oregon.cities.some((c) => c.slug === 'portland')).toBe(true);
  });

  it('shades counts in steps from their quantiles, and labels the steps', () => {
    const bounds = shadeBounds([0, 1, 2, 3, 4, 5, 6, 7, 100]);
    expect(bounds).toEqual([2, 4, 6, 100]);
    expect(shadeLabels(bounds)).toEqual(['1–2', '3–4', '5–6', '7–100']);
    expect([0, 1, 3, 6, 7, 100].map((n) => shadeStep(n, bounds))).toEqual([0, 1, 2, 3, 4, 4]);
    expect(shadeBounds([0, 0])).toEqual([]);
    expect(shadeBounds([5, 5, 5])).toEqual([5]);
  });

  it('simplifies lines but keeps their ends, and draws all 51 jurisdictions in a few KB', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.1],
      [2, 0],
      [3, 5],
      [4, 0],
    ];
    expect(simplifyLine(line, 0.5)).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
      [4, 0],
    ]);
    const map = buildStatesMap();
    expect(map.states.map((s) => s.code).sort()).toEqual(JURISDICTIONS.map((s) => s.code).sort());
    for (const state of map.states) if (state.code !== 'DC') expect(state.d, state.code).toMatch(/^M\d+ \d+l/);
    const allPaths = map.states.map((s) => s.d).join('');
    expect(gzipped(allPaths)).toBeLessThan(10 * 1024);
  });

  it('serves the home page: search, near-me, quick links, map, state list and challenges', async () => {
    const res = await app.inject({ url: '/', headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['set-cookie']).toBeUndefined();
    const html = res.body;
    sizes.home = gzipped(html);
    expect(sizes.home).toBeLessThan(PAGE_BUDGET);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('action="/meetings"');
    expect(html).toMatch(/<button[^>]*data-near-me[^>]*hidden|<button[^>]*hidden[^>]*data-near-me/);
    for (const href of ['/meetings?status=today', '/meetings?status=soon', '/meetings?attendance=online&amp;status=now']) expect(html).toContain(`href="${href}"`);
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
    const res = await app.inject({ url: '/states/or', headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const html = res.body;
    sizes.state = gzipped(html);
    expect(sizes.state).toBeLessThan(PAGE_BUDGET);
    const oregon = stats.states.get('OR')!;
    expect(html).toContain('<h1>NA meetings in Oregon</h1>');
    expect(html).toContain(`<title>NA meetings in Oregon: ${oregon.total} meetings a week · OpenRooms</title>`);
    expect(text(html)).toContain(`${oregon.total} meetings a week, ${oregon.onlineOrHybrid} of them online or hybrid`);
    expect(html).toContain('<link rel="canonical" href="http://localhost:80/states/or"');
    for (const city of oregon.cities.slice(0, 20)) expect(html).toContain(`href="/states/or/${city.slug}"`);
    expect(html).toMatch(/<svg viewBox="0 0 616 172" role="img" aria-label="When meetings start in Oregon[^"]*busiest hour is/);
    expect(html.match(/<rect class="shade-\d" x=/g)).toHaveLength(7 * 24);
    expect(html).toContain('<th scope="col">Starts</th>');
    expect(html).toContain('Sample Oregon Region');
    expect(html).toMatch(/href="tel:\+?\d+"/);
    expect(html).toContain('href="/states/or/print"');
    expect(html).toContain('href="/meetings?state=OR"');
    // The introduction from content/states/or.md, when that file is there.
    if (html.includes('class="state-intro"')) expect(html).toMatch(/<section class="state-intro"[^>]*><h2 id="intro-heading">[^<]+<\/h2><div><p>/);
    // Headings go in order: one h1, then h2s, with h3s only under an h2.
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it('serves every state page and a 404 page for codes that are not a state', async () => {
    for (const state of JURISDICTIONS) {
      const res = await app.inject({ url: `/states/${state.code.toLowerCase()}`, headers: HTML });
      expect(res.statusCode, state.code).toBe(200);
      expect(res.body).toContain(`<h1>NA meetings in ${state.name}</h1>`);
    }
    for (const url of ['/states/zz', '/states/pr', '/states/oregon', '/states/o', '/states/zz/portland']) {
      const res = await app.inject({ url, headers: HTML });
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
      const res = await app.inject({ url: from, headers: HTML });
      expect(res.statusCode, from).toBe(301);
      expect(res.headers.location, from).toBe(to);
    }
  });

  it('serves a city page with its meetings by weekday, Sunday first, escaped', async () => {
    const res = await app.inject({ url: '/states/or/portland', headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const html = res.body;
    sizes.city = gzipped(html);
    expect(sizes.city).toBeLessThan(PAGE_BUDGET);
    const count = stats.states.get('OR')!.cities.find((c) => c.slug === 'portland')!.count;
    expect(html).toContain('<h1>NA meetings in Portland, Oregon</h1>');
    expect(html).toContain(`NA meetings in Portland, Oregon: ${count} meeting${count === 1 ? '' : 's'} a week`);
    expect(html).toContain('href="/states/or/portland/print"');
    expect(html).toContain('Hope &amp; &lt;Serenity');
    expect(html).not.toContain('<Serenity>');
    expect(html).toContain('href="/meetings/hope-and-serenity-portland"');
    // Weekday sections in order, and the meetings' links match what the index holds for Portland.
    const days = [...html.matchAll(/<h2 id="day-(\d)">/g)].map((m) => Number(m[1]));
    expect(days).toEqual([...days].sort((a, b) => a - b));
    const portland = [...search.index.all()].filter((m: PublicMeeting) => m.venue.state === 'OR' && m.venue.city === 'Portland');
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
    const res = await app.inject({ url: `/states/or/${empty}`, headers: HTML });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('No meetings are listed here yet');
    expect(res.body).toContain('href="/meetings?attendance=online"');
    expect(res.body).toMatch(/href="\/meetings\?near=[^"]+%2C%20OR"/);
    expect(res.body).toContain('Nearby cities with meetings');

    const unknown = await app.inject({ url: '/states/or/no-such-town-here', headers: HTML });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('We could not find that city');
  });

  it('lists home, states, cities and meetings in the sitemap, and points robots at it', async () => {
    const res = await app.inject('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/xml/);
    const xml = res.body;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toContain('http://localhost:80/');
    for (const state of JURISDICTIONS) expect(locs).toContain(`http://localhost:80/states/${state.code.toLowerCase()}`);
    expect(locs).toContain('http://localhost:80/states/or/portland');
    expect(locs).toContain('http://localhost:80/meetings/hope-and-serenity-portland');
    const cities = [...stats.states.values()].reduce((sum, s) => sum + s.cities.length, 0);
    expect(locs).toHaveLength(1 + JURISDICTIONS.length + cities + search.index.size);
    expect(new Set(locs).size).toBe(locs.length);

    // Past 50,000 addresses the sitemap becomes an index of parts.
    expect(sitemapParts(['/a', '/b', '/c', '/d', '/e'], 2)).toEqual([['/a', '/b'], ['/c', '/d'], ['/e']]);
    expect(sitemapIndexXml('https://x.example', 3)).toContain('<sitemap><loc>https://x.example/sitemap/3.xml</loc></sitemap>');
    expect((await app.inject('/sitemap/1.xml')).statusCode).toBe(404);

    const robots = await app.inject('/robots.txt');
    expect(robots.statusCode).toBe(200);
    expect(robots.headers['content-type']).toMatch(/text\/plain/);
    expect(robots.body).toBe(robotsTxt('http://localhost:80'));
    expect(robots.body).toContain('Disallow: /api/\nDisallow: /main_server/');
    expect(robots.body).toContain('Sitemap: http://localhost:80/sitemap.xml');
  });

  it('recounts after the index changes, at most once per hundred times the last count took', async () => {
    const vermont = stats.states.get('VT')!.total;
    expect((await app.inject({ url: '/states/vt', headers: HTML })).body).toContain(`NA meetings in Vermont: ${vermont} meeting`);
    await t.store.meetings.create(
      meetingInput({ slug: 'new-in-burlington', venue: { ...meetingInput().venue, city: 'Burlington', state: 'VT', latitude: 44.47, longitude: -73.21 } }),
      'test',
    );
    await search.settled();
    // Only the clock is faked: the store and the server keep their real timers.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 6 * 60_000);
      const after = await app.inject({ url: '/states/vt', headers: HTML });
      expect(after.body).toContain(`NA meetings in Vermont: ${vermont + 1} meetings a week`);
      const sitemap = await app.inject('/sitemap.xml');
      expect(sitemap.body).toContain('/meetings/new-in-burlington</loc>');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps counts while the version holds, and renews them no sooner than the throttle allows', () => {
    let version = 1;
    let now = 0;
    let walks = 0;
    const source = {
      get version() {
        return version;
      },
      *all() {
        walks++;
        yield* search.index.all();
      },
      serviceBodies: () => search.index.serviceBodies(),
    };
    const cached = placeStatsCache(source, () => now);
    const first = cached();
    expect(cached()).toBe(first);
    expect(walks).toBe(1);
    version = 2;
    now = 5 * 60_000;
    const second = cached();
    expect(walks).toBe(2);
    expect(second.version).toBe(2);
    version = 3;
    // Straight after a count, a new version waits for the throttle.
    expect(cached()).toBe(second);
    now += 5 * 60_000;
    expect(cached().version).toBe(3);
  });
});
