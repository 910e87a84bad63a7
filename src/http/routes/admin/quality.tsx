import type { FastifyPluginCallback } from 'fastify';
import { qualityReport, type QualityMeeting } from '../../../domain/data-quality.js';
import { maySeeMeetingOf } from '../../../domain/permissions.js';
import type { SearchService } from '../../../search/service.js';
import type { Store } from '../../../store/store.js';
import { QualityPage } from '../../../web/admin/pages/quality.js';
import { actorOfRequest, signedIn } from '../../admin/admin-session.js';

/** /admin/quality: the data-quality report over every meeting in the actor's reach, published or not. */
export function qualityRoutes(store: Store, search: SearchService): FastifyPluginCallback {
  return (app, _options, done) => {
    app.get('/admin/quality', { schema: { hide: true }, preHandler: signedIn }, async (request, reply) => {
      const actor = actorOfRequest(request);
      const meetings: QualityMeeting[] = [];
      for await (const page of store.meetings.all()) {
        for (const meeting of page) if (maySeeMeetingOf(actor, meeting.serviceBodyId)) meetings.push(meeting);
      }
      const [checks, bodies] = await Promise.all([store.linkChecks.all(), store.serviceBodies.list()]);
      const report = qualityReport(meetings, checks, search.now());
      return reply.adminPage((admin) => <QualityPage admin={{ ...admin, actor }} report={report} bodies={bodies} />);
    });
    done();
  };
}
