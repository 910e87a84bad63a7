import type { AddressInfo } from 'node:net';
import { buildApp } from '../../http/app.js';
import { configuredGeocoder } from '../../interop/geocode/configured.js';
import { LinkChecker } from '../../interop/links/link-checker.js';
import { ImportScheduler } from '../../interop/scheduler.js';
import { SearchService } from '../../search/service.js';
import { DEFAULT_SAMPLE } from '../../store/sample/generate.js';
import { seedSample } from '../../store/sample/seed.js';
import { openStore } from '../../store/store.js';
import type { Config } from '../config.js';
import { releaseStartupMemory } from '../release-memory.js';

/** Opens the store (migrating it), loads the sample on a first start, and serves until stopped. */
export async function serve(config: Config): Promise<void> {
  const store = await openStore(config);
  if (config.sampleData && (await store.isFresh())) {
    await seedSample(store, DEFAULT_SAMPLE);
  }
  const search = await SearchService.start(store);
  releaseStartupMemory();
  const app = await buildApp({
    store,
    search,
    site: config.site,
    logger: { level: config.logLevel },
    geocoder: configuredGeocoder(config.geocoder),
  });
  await app.listen({ port: config.port, host: config.host });
  const { port } = app.server.address() as AddressInfo;
  const shown = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
  console.log(`OpenRooms is serving on http://${shown}:${port} (${store.dialect.describe(config.dataDir)})`);
  if (await store.meetings.hasSample()) {
    console.log('Sample data is loaded: these meetings are made up for trying OpenRooms out and are not real meetings.');
  }

  // Registered sources are imported by the server when due; the search index follows
  // the change log, so imported meetings show up without a restart.
  const scheduler = new ImportScheduler(store, { checkMs: config.importCheckMs });
  scheduler.start();
  // Expired admin sessions are refused when read; forgetting them hourly keeps the table small.
  const purge = setInterval(() => {
    store.sessions.purgeExpired().catch((error: unknown) => {
      app.log.warn({ err: error }, 'could not purge expired sessions');
    });
  }, 3_600_000).unref();
  // The meetings' links are checked in the background, a few a second at most, for the data-quality page.
  const links = new LinkChecker(store);
  links.start();

  const stop = async (): Promise<void> => {
    clearInterval(purge);
    await scheduler.stop();
    await links.stop();
    await app.close();
    await search.stop();
    await store.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void stop().then(() => process.exit(0));
    });
  }
}
