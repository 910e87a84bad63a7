import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '../../../store/store.js';
import { accountRoutes } from './account.js';
import { formatRoutes } from './formats.js';
import { serviceBodyRoutes } from './service-bodies.js';
import { tokenRoutes } from './tokens.js';
import { userRoutes } from './users.js';

/** Service bodies, formats, programs, users, the volunteer's own account and API tokens: one line in the admin's index. */
export function referenceAdminRoutes(store: Store): FastifyPluginAsync {
  return async (app) => {
    await app.register(serviceBodyRoutes(store));
    await app.register(formatRoutes(store));
    await app.register(userRoutes(store));
    await app.register(accountRoutes(store));
    await app.register(tokenRoutes(store));
  };
}
