/**
 * The browser tests' machinery: Debian's Chromium driven by playwright-core, and the real
 * server listening on a port with sample data. Nothing here imports vitest, so the screenshots
 * script (bench/screenshots.ts) uses the same server, fixtures and page list as the tests.
 */
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser } from 'playwright-core';
import type { PublicMeeting } from '../../src/domain/meeting.js';
import { slugify } from '../../src/domain/slug.js';
import type { SearchService } from '../../src/search/service.js';
import type { Store } from '../../src/store/store.js';
import type { SiteConfig } from '../../src/web/site.js';
import { sqliteEngine } from './databases.js';
import { initSite } from './harness.js';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Measured on these machines (docs/design.md): headless without the GPU or a sandbox (CI runs
 * as root), and with Chromium's own background traffic off, so that every request a test sees
 * comes from the page.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One browser per test file; each test opens its own context (cookies, viewport, colour scheme). */
export function launchChromium(executablePath: string = DEFAULT_CHROMIUM_PATH): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** Real things on the sample site for the tests to visit, found in the index rather than guessed. */
export interface SiteFixtures {
  inPerson: PublicMeeting;
  online: PublicMeeting;
  /** A temporarily closed meeting, whose page says so first. */
  closed: PublicMeeting;
  /** The state with the most in-person meetings. */
  state: { code: string; path: string };
  /** That state's city with the most meetings. */
  city: { name: string; path: string };
  /** A place a search box takes ("Portland, OR"), with meetings near it. */
  near: string;
  /** A remote ZIP code with no meeting within the usual distance: the empty search. */
  remote: string;
}

/** Far from towns (Utqiagvik AK, Tonopah NV, Jordan MT, Lake Yellowstone WY): one of them has no sample meeting near. */
const REMOTE_ZIPS = ['99723', '89049', '59337', '82190'];

export interface SiteServer {
  origin: string;
  app: FastifyInstance;
  search: SearchService;
  store: Store;
  fixtures: SiteFixtures;
  close(): Promise<void>;
}

/**
 * The whole application as a visitor reaches it: a fresh SQLite store, 300 sample meetings,
 * the search service and the Fastify app on 127.0.0.1 at a free port.
 */
export async function startSiteServer(options: { site?: SiteConfig; count?: number; seed?: number } = {}): Promise<SiteServer> {
  const t = await initSite(sqliteEngine(), { sample: { count: options.count ?? 300, seed: options.seed ?? 5 }, site: options.site });
  const origin = await t.listen();
  return { origin, app: t.app, search: t.search, store: t.store, fixtures: findFixtures(t.search), close: () => t.dispose() };
}

function mostCommon(values: Iterable<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  // Ties go to the alphabetically first, so the same seed always gives the same pages.
  for (const [value, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/** Picks the pages to visit from what the sample holds; throws if the sample lacks one, rather than testing less. */
export function findFixtures(search: SearchService): SiteFixtures {
  const meetings = [...search.index.all()];
  const inPersonAll = meetings.filter(
    (m) =>
      m.attendance === 'in_person' &&
      m.venue.street !== null &&
      m.venue.city !== null &&
      m.venue.state !== null &&
      m.venue.latitude !== null,
  );
  const stateCode = mostCommon(inPersonAll.map((m) => m.venue.state!));
  if (stateCode === undefined) throw new Error('the sample has no in-person meeting with an address');
  const inState = meetings.filter((m) => m.venue.state === stateCode && m.venue.city !== null);
  const cityName = mostCommon(inState.map((m) => m.venue.city!))!;
  const inPerson = inPersonAll.find((m) => m.venue.state === stateCode && m.venue.city === cityName) ?? inPersonAll[0]!;
  // An online meeting with both ways in, so the page shows a join link and a tel: link.
  const onlineAll = meetings.filter((m) => m.attendance === 'online' && m.online.conferenceUrl !== null);
  const online = onlineAll.find((m) => m.online.conferencePhone !== null) ?? onlineAll[0];
  if (online === undefined) throw new Error('the sample has no online meeting with a join link');
  const closed = meetings.find((m) => m.attendance === 'temporarily_closed');
  if (closed === undefined) throw new Error('the sample has no temporarily closed meeting');
  const near = `${cityName}, ${stateCode}`;
  const total = search.search(search.parse({ near })).total;
  if (total === 0) throw new Error(`a search near ${near} finds nothing`);
  const remote = REMOTE_ZIPS.find((zip) => search.search(search.parse({ near: zip })).total === 0);
  if (remote === undefined) throw new Error(`every remote ZIP code (${REMOTE_ZIPS.join(', ')}) has meetings near it`);
  const statePath = `/states/${stateCode.toLowerCase()}`;
  return {
    inPerson,
    online,
    closed,
    state: { code: stateCode, path: statePath },
    city: { name: cityName, path: `${statePath}/${slugify(cityName)}` },
    near,
    remote,
  };
}

/** Every page type of the finder (issue 5), as the accessibility, privacy and screenshot runs visit them. */
export const PAGE_TYPES = [
  'home',
  'search',
  'search with a bad parameter',
  'search with no results',
  'meeting (in person)',
  'meeting (online)',
  'meeting (temporarily closed)',
  'state',
  'city',
  'print',
  'my meetings',
  'not found (meeting)',
  'not found (state)',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** Where a page type is, and the status it must answer with. */
export interface PageVisit {
  path: string;
  status: number;
}

export function searchPath(fixtures: SiteFixtures): string {
  return `/meetings?near=${encodeURIComponent(fixtures.near)}`;
}

export function pageVisits(fixtures: SiteFixtures): Record<PageType, PageVisit> {
  return {
    home: { path: '/', status: 200 },
    search: { path: searchPath(fixtures), status: 200 },
    // A bad parameter shows the form again with the error by the field, answered with 400.
    'search with a bad parameter': { path: `${searchPath(fixtures)}&day=funday`, status: 400 },
    'search with no results': { path: `/meetings?near=${fixtures.remote}`, status: 200 },
    'meeting (in person)': { path: `/meetings/${fixtures.inPerson.slug}`, status: 200 },
    'meeting (online)': { path: `/meetings/${fixtures.online.slug}`, status: 200 },
    'meeting (temporarily closed)': { path: `/meetings/${fixtures.closed.slug}`, status: 200 },
    state: { path: fixtures.state.path, status: 200 },
    city: { path: fixtures.city.path, status: 200 },
    print: { path: `${fixtures.state.path}/print`, status: 200 },
    'my meetings': { path: '/my-meetings', status: 200 },
    'not found (meeting)': { path: '/meetings/no-such-meeting-here', status: 404 },
    'not found (state)': { path: '/states/zz', status: 404 },
  };
}

/** A 1×1 transparent PNG: what the tests answer for map tiles, so they need no internet. */
export const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
