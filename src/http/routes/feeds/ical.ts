import { Type, type FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { meetingsCalendar } from '../../../interop/ical/calendar.js';
import type { IcalEventContext } from '../../../interop/ical/to-ical-event.js';
import type { SearchService } from '../../../search/service.js';
import { cacheFor, MAX_AGE } from '../../cache.js';
import { ErrorSchema } from '../../schemas/meeting.js';
import { EXPORT_LIMIT, exportedMeetings, exportRouteOptions } from './export-query.js';
import { formatNames, pageUrlFor } from './site.js';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
/** Subscribed calendars refresh daily: meetings change rarely, and each refresh costs a search. */
const REFRESH_SECONDS = 24 * 60 * 60;

const Params = Type.Object({
  id: Type.String({
    pattern: '^(?:[1-9][0-9]{0,14}|[a-z0-9]+(?:-[a-z0-9]+)*)$',
    maxLength: 100,
    description: 'a meeting id (digits) or its slug (lower-case words joined by hyphens)',
  }),
});

function eventContext(search: SearchService, request: FastifyRequest): IcalEventContext {
  return {
    now: search.now(),
    host: request.hostname,
    pageUrl: pageUrlFor(request),
    formatName: formatNames(search.formats()),
  };
}

function sendCalendar(reply: FastifyReply, filename: string, body: string): FastifyReply {
  return reply.type(CALENDAR_TYPE).header('content-disposition', `attachment; filename="${filename}"`).send(body);
}

export function icalRoutes(search: SearchService): FastifyPluginCallbackTypebox {
  return (app, _options, done) => {
    app.get(
      '/meetings/:id.ics',
      { schema: { summary: 'One published meeting as an iCalendar weekly event', params: Params, response: { 404: ErrorSchema } } },
      async (request, reply) => {
        const { id } = request.params;
        const meeting = search.meeting(id)?.meeting;
        if (!meeting) {
          return reply.status(404).send({ error: 'not_found', message: `No published meeting has the id or slug "${id}".` });
        }
        const context = eventContext(search, request);
        const body = meetingsCalendar([meeting], context, {
          name: meeting.name,
          description: `A weekly meeting. Details: ${context.pageUrl(meeting)}`,
          timeZone: meeting.schedule.timeZone,
          refreshSeconds: REFRESH_SECONDS,
        });
        cacheFor(reply, MAX_AGE.meeting);
        return sendCalendar(reply, `${meeting.slug}.ics`, body);
      },
    );

    app.get(
      '/api/v1/meetings.ics',
      exportRouteOptions(`A subscribable calendar of a search (at most ${EXPORT_LIMIT} meetings)`),
      async (request, reply) => {
        const { query, meetings, total } = exportedMeetings(search, request);
        const zones = new Set(meetings.map((meeting) => meeting.schedule.timeZone));
        const [onlyZone] = zones;
        const context = eventContext(search, request);
        const shown = meetings.length < total ? `${meetings.length} of the ${total}` : `the ${total}`;
        const body = meetingsCalendar(meetings, context, {
          name: 'Meetings',
          description: `Weekly meetings from ${context.host}: ${shown} that match the search. A calendar holds at most ${EXPORT_LIMIT}.`,
          timeZone: zones.size === 1 && onlyZone !== undefined ? onlyZone : query.timeZone === 'UTC' ? null : query.timeZone,
          refreshSeconds: REFRESH_SECONDS,
        });
        cacheFor(reply, MAX_AGE.search);
        void reply.header('x-total-count', String(total));
        return sendCalendar(reply, 'meetings.ics', body);
      },
    );
    done();
  };
}
