import type { FastifyInstance } from 'fastify';
import type { Geocoder } from '../../geo/geocoder.js';
import type { SearchService } from '../../search/service.js';
import type { Store } from '../../store/store.js';
import { adminApiRoutes } from './admin-api/index.js';
import { adminRoutes } from './admin/index.js';
import { meetingRoutes } from './api/meetings.js';
import { referenceRoutes } from './api/reference.js';
import { searchRoutes } from './api/search.js';
import { statsRoutes } from './api/stats.js';
import { bmltRoutes } from './bmlt/client-interface.js';
import { csvRoutes } from './feeds/csv.js';
import { icalRoutes } from './feeds/ical.js';
import { meetingGuideFeedRoutes } from './feeds/meeting-guide.js';
import { healthRoutes } from './health.js';
import { assetRoutes } from './web/assets.js';
import { clientAssetRoutes } from './web/client-assets.js';
import { correctionRoutes } from './web/corrections.js';
import { homeRoutes } from './web/home.js';
import { meetingPages } from './web/meetings.js';
import { myMeetingsRoutes } from './web/my-meetings.js';
import { printRoutes } from './web/print.js';
import { sitemapRoutes } from './web/sitemap.js';
import { stateRoutes } from './web/states.js';

/** Every route, side by side: no route plugin registers another. */
export async function registerRoutes(
  app: FastifyInstance,
  { store, search, geocoder }: { store: Store; search: SearchService; geocoder: Geocoder },
): Promise<void> {
  await app.register(healthRoutes);
  // The JSON API.
  await app.register(statsRoutes(search));
  await app.register(searchRoutes(search));
  await app.register(meetingRoutes(search));
  await app.register(referenceRoutes(search));
  // Other formats: BMLT's API, the Meeting Guide feed, calendars and spreadsheets.
  await app.register(bmltRoutes({ store, search }));
  await app.register(meetingGuideFeedRoutes(search));
  await app.register(icalRoutes(search));
  await app.register(csvRoutes(search));
  // The website: server-rendered pages that work without JavaScript, and what they load.
  await app.register(assetRoutes);
  await app.register(clientAssetRoutes);
  await app.register(homeRoutes(search));
  await app.register(stateRoutes(search));
  await app.register(sitemapRoutes(search));
  await app.register(meetingPages(search));
  await app.register(correctionRoutes({ store, search }));
  await app.register(printRoutes(search));
  await app.register(myMeetingsRoutes);
  // The volunteers' side: the only routes with sessions and cookies.
  await app.register(adminRoutes({ store, search, geocoder }));
  // Their scripts' API: bearer tokens, no cookies.
  await app.register(adminApiRoutes({ store }));
}
