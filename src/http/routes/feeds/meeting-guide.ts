import type { FastifyPluginCallback } from 'fastify';
import type { NumberedFormat } from '../../../domain/format.js';
import type { PublicMeeting } from '../../../domain/meeting.js';
import { MEETING_GUIDE_FEED_PATH } from '../../../interop/meeting-guide/feed-link.js';
import { meetingGuideContext, toMeetingGuide, type MeetingGuideEntry } from '../../../interop/meeting-guide/to-meeting-guide.js';
import type { SearchService } from '../../../search/service.js';
import { cacheFor, MAX_AGE } from '../../cache.js';
import { PARSED_BY_US, rawQuery } from '../../raw-query.js';
import { ErrorSchema } from '../../schemas/meeting.js';
import { exportParams, exportParamsSchema, FEED_LIMIT, parseExportQuery } from './export-query.js';
import { pageUrlFor, siteOrigin } from './site.js';

/** Every published meeting, by id, so that the feed reads the same from one request to the next. */
function everyMeeting(search: SearchService): PublicMeeting[] {
  return [...search.meetings()].sort((a, b) => a.id - b.id);
}

/** The whole feed as last rendered, and what it was rendered from. */
interface RenderedFeed {
  origin: string;
  version: number;
  formats: readonly NumberedFormat[];
  body: string;
}

export function meetingGuideFeedRoutes(search: SearchService): FastifyPluginCallback {
  // Apps poll the whole feed, and rendering 35,000 meetings takes seconds: render it once per
  // change to the index (or to the formats), not once per request.
  let whole: RenderedFeed | null = null;
  return (app, _options, done) => {
    app.get(
      MEETING_GUIDE_FEED_PATH,
      {
        schema: {
          summary: 'Meeting Guide feed (code4recovery/spec): every published meeting, or those of a search',
          querystring: exportParamsSchema(FEED_LIMIT),
          response: { 400: ErrorSchema },
        },
        ...PARSED_BY_US,
      },
      async (request, reply) => {
        // Only a search narrows the feed: a client's own parameters (a cache-buster) do not.
        const params = exportParams(rawQuery(request));
        const filtered = Object.keys(params).length > 0;
        const render = (meetings: readonly PublicMeeting[], known: readonly NumberedFormat[]): string => {
          const context = meetingGuideContext({ formats: known, pageUrl: pageUrlFor(request), serviceBodies: search.serviceBodies() });
          const feed: MeetingGuideEntry[] = meetings.map((meeting) => toMeetingGuide(meeting, context));
          return JSON.stringify(feed);
        };
        const known = search.formats();
        let body: string;
        if (filtered) {
          body = render(
            search.find(parseExportQuery(search, params, FEED_LIMIT)).hits.map((hit) => hit.meeting),
            known,
          );
        } else {
          const origin = siteOrigin(request);
          const version = search.version();
          if (whole?.origin !== origin || whole.version !== version || whole.formats !== known) {
            whole = { origin, version, formats: known, body: render(everyMeeting(search), known) };
          }
          body = whole.body;
        }
        // A search can hold "now" or "today"; the whole feed changes only when someone edits it.
        cacheFor(reply, filtered ? MAX_AGE.search : MAX_AGE.meeting);
        return reply.type('application/json; charset=utf-8').send(body);
      },
    );
    done();
  };
}
