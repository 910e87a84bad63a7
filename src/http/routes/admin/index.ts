import type { FastifyPluginAsync } from 'fastify';
import type { SearchService } from '../../../search/service.js';
import type { Store } from '../../../store/store.js';
import { adminSession } from '../../admin/admin-session.js';
import { correctionAdminRoutes } from './corrections.js';
import { dashboardRoutes } from './dashboard.js';
import { loginRoutes } from './login.js';
import { qualityRoutes } from './quality.js';

/**
 * The admin pages, in a scope of their own: the session, cookie, form and CSRF plugins apply
 * here and nowhere else, so a visitor's request never touches them.
 */
export function adminRoutes({ store, search }: { store: Store; search: SearchService }): FastifyPluginAsync {
  return async (app) => {
    await app.register(adminSession, { store });
    await app.register(loginRoutes(store));
    await app.register(dashboardRoutes(store));
    await app.register(correctionAdminRoutes(store, search));
    await app.register(qualityRoutes(store, search));
  };
}
