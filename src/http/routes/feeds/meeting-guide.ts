import type { FastifyPluginCallback } from 'fastify';
import type { PublicMeeting } from '../../../domain/meeting.js';
import type { RawParams } from '../../../domain/query-params.js';
import { MEETING_GUIDE_FEED_PATH } from '../../../interop/meeting-guide/feed-link.js';
import { meetingGuideContext, toMeetingGuide, type MeetingGuideMeeting } from '../../../interop/meeting-guide/to-meeting-guide.js';
import type { SearchService } from '../../../search/service.js';
import type { Store } from '../../../store/store.js';
import { cacheFor, MAX_AGE } from '../../cache.js';
import { ErrorSchema } from '../../schemas/meeting.js';
import { exportParamsSchema, FEED_LIMIT, parseExportQuery } from './export-query.js';
import { pageUrlFor } from './site.js';

/** Every published meeting, by id, so that the feed reads the same from one request to the next. */
function everyMeeting(search: SearchService): PublicMeeting[] {
  return [...search.index.all()].sort((a, b) => a.id - b.id);
}

export function meetingGuideFeedRoutes(store: Store, search: SearchService): FastifyPluginCallback {
  return (app, _options, done) => {
    app.get(
      MEETING_GUIDE_FEED_PATH,
      {
        schema: {
          summary: 'Meeting Guide feed (code4recovery/spec): every published meeting, or those of a search',
          querystring: exportParamsSchema(FEED_LIMIT),
          response: { 400: ErrorSchema },
        },
        // The schema documents the parameters; the one query parser shared by every surface checks them.
        validatorCompiler: () => () => true,
      },
      async (request, reply) => {
        const params = request.query as RawParams;
        const filtered = Object.keys(params).length > 0;
        const meetings = filtered
          ? search.index.search(parseExportQuery(search, params, FEED_LIMIT)).hits.map((hit) => hit.meeting)
          : everyMeeting(search);
        const context = meetingGuideContext({
          formats: await store.reference.formats(),
          pageUrl: pageUrlFor(request),
          serviceBodies: search.index.serviceBodies(),
        });
        const feed: MeetingGuideMeeting[] = meetings.map((meeting) => toMeetingGuide(meeting, context));
        // A search can hold "now" or "today"; the whole feed changes only when someone edits it.
        cacheFor(reply, filtered ? MAX_AGE.search : MAX_AGE.meeting);
        return reply.type('application/json; charset=utf-8').send(feed);
      },
    );
    done();
  };
}
