/**
 * The application on a fresh store, as the integration and browser tests use it. Shaped like
 * kysely's `initTest`: one call per engine before the tests, one `dispose()` after, and options
 * for what the store holds before the index loads. Nothing here imports vitest (see
 * databases.ts), so the screenshots script starts its server through it as well.
 */
import type { FastifyInstance } from 'fastify';
import type { Meeting, MeetingInput } from '../../src/domain/meeting.js';
import { buildApp } from '../../src/http/app.js';
import { SearchService } from '../../src/search/service.js';
import type { SampleOptions } from '../../src/store/sample/generate.js';
import { seedSample } from '../../src/store/sample/seed.js';
import type { Store, StoreConfig } from '../../src/store/store.js';
import type { SiteConfig } from '../../src/web/site.js';
import type { TestEngine } from './databases.js';

export interface SearchOptions {
  /** Made-up meetings and service bodies in every jurisdiction, seeded first. None unless asked. */
  sample?: SampleOptions;
  /** Meetings created after the sample, in this order, by the actor 'test'. */
  meetings?: readonly MeetingInput[];
  /** Whatever else the tests need in the store before the index loads; runs after the meetings. */
  setup?: (store: Store) => Promise<void>;
  /** The store's clock: the time written on every change. The real clock unless given. */
  storeClock?: () => Date;
  /** The search service's clock: "now" for the index, the API and the pages. The real clock unless given. */
  clock?: () => number;
}

export interface SiteOptions extends SearchOptions {
  /** What the pages are rendered with; buildApp's default unless given. */
  site?: SiteConfig;
}

export interface TestSearch {
  store: Store;
  config: StoreConfig;
  /** Never polls: a test awaits `search.settled()` after a write. */
  search: SearchService;
  /** The `meetings` option as stored, in the same order. */
  meetings: Meeting[];
  /** Stops the search service, then closes the store and drops its database. */
  dispose(): Promise<void>;
}

export interface TestSite extends TestSearch {
  app: FastifyInstance;
  /** Listens on 127.0.0.1 at a free port; resolves to the origin ("http://127.0.0.1:40123"). */
  listen(): Promise<string>;
  /** Closes the app first, then everything TestSearch's `dispose` does. */
  dispose(): Promise<void>;
}

/** Runs `next`; if it throws, throws away what was made before it, so a failed set-up leaks no database. */
async function orDispose<T>(made: { dispose(): Promise<void> }, next: () => Promise<T>): Promise<T> {
  try {
    return await next();
  } catch (error) {
    await made.dispose();
    throw error;
  }
}

/** A fresh store on `engine`, filled as the options say, and the search service following it. */
export async function initSearch(engine: TestEngine, options: SearchOptions = {}): Promise<TestSearch> {
  const t = await engine.fresh({ clock: options.storeClock });
  return orDispose(t, async () => {
    if (options.sample) await seedSample(t.store, options.sample);
    const meetings: Meeting[] = [];
    for (const input of options.meetings ?? []) meetings.push(await t.store.meetings.create(input, 'test'));
    await options.setup?.(t.store);
    const search = await SearchService.start(t.store, { clock: options.clock, pollMs: 0 });
    return {
      store: t.store,
      config: t.config,
      search,
      meetings,
      dispose: async () => {
        await search.stop();
        await t.dispose();
      },
    };
  });
}

/** `initSearch`, and the Fastify app over that store and index (not listening until asked). */
export async function initSite(engine: TestEngine, options: SiteOptions = {}): Promise<TestSite> {
  const t = await initSearch(engine, options);
  const app = await orDispose(t, () => buildApp({ store: t.store, search: t.search, site: options.site }));
  return {
    ...t,
    app,
    listen: () => app.listen({ host: '127.0.0.1', port: 0 }),
    dispose: async () => {
      await app.close();
      await t.dispose();
    },
  };
}
