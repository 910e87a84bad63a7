import type { FastifyPluginCallback } from 'fastify';
import type { Store } from '../../../store/store.js';
import { DashboardPage } from '../../../web/admin/pages/dashboard.js';
import { actorOfRequest, signedIn } from '../../admin/admin-session.js';

/** /admin: where a volunteer lands after the login. */
export function dashboardRoutes(store: Store): FastifyPluginCallback {
  return (app, _options, done) => {
    app.get('/admin', { schema: { hide: true }, preHandler: signedIn }, async (request, reply) => {
      const actor = actorOfRequest(request);
      const bodies = await store.serviceBodies.list();
      return reply.adminPage((admin) => <DashboardPage admin={{ ...admin, actor }} bodies={bodies} notice={null} />);
    });
    done();
  };
}
