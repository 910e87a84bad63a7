import type { FastifyPluginAsync } from 'fastify';
import type { Geocoder } from '../../../geo/geocoder.js';
import type { SearchService } from '../../../search/service.js';
import type { Store } from '../../../store/store.js';
import { adminSession } from '../../admin/admin-session.js';
import { bulkRoutes } from './bulk.js';
import { correctionAdminRoutes } from './corrections.js';
import { dashboardRoutes } from './dashboard.js';
import { historyRoutes } from './history.js';
import { loginRoutes } from './login.js';
import { sourcesRoutes } from './sources.js';
import { meetingAdminRoutes } from './meetings.js';
import { referenceAdminRoutes } from './reference-routes.js';
import { qualityRoutes } from './quality.js';

/**
 * The admin pages, in a scope of their own: the session, cookie, form and CSRF plugins apply
 * here and nowhere else, so a visitor's request never touches them.
 */
export function adminRoutes({ store, search, geocoder }: { store: Store; search: SearchService; geocoder: Geocoder }): FastifyPluginAsync {
  return async (app) => {
    await app.register(adminSession, { store });
    await app.register(loginRoutes(store));
    await app.register(dashboardRoutes(store));
    await app.register(sourcesRoutes(store));
    await app.register(historyRoutes(store));
    await app.register(bulkRoutes(store, search));
    await app.register(meetingAdminRoutes({ store, search, geocoder }));
    await app.register(referenceAdminRoutes(store));
    await app.register(correctionAdminRoutes(store, search));
    await app.register(qualityRoutes(store, search));
  };
}
