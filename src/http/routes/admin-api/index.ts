import type { FastifyPluginAsync } from 'fastify';
import type { Store } from '../../../store/store.js';
import { bearerToken } from '../../admin/bearer-token.js';
import { adminMeetingApi } from './meetings.js';
import { adminReferenceApi } from './reference.js';

/**
 * The admin REST API, for scripts, in a scope of its own: a bearer token is the only
 * credential here, so no session, cookie or CSRF plugin is registered in it.
 */
export function adminApiRoutes({ store }: { store: Store }): FastifyPluginAsync {
  return async (app) => {
    await app.register(bearerToken, { store });
    await app.register(adminMeetingApi(store));
    await app.register(adminReferenceApi(store));
  };
}
