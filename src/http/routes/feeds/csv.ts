import type { FastifyPluginCallback } from 'fastify';
import { meetingsCsv } from '../../../interop/csv/meetings-csv.js';
import type { SearchService } from '../../../search/service.js';
import { cacheFor, MAX_AGE } from '../../cache.js';
import { EXPORT_LIMIT, exportedMeetings, exportRouteOptions } from './export-query.js';
import { formatNames, pageUrlFor } from './site.js';

export function csvRoutes(search: SearchService): FastifyPluginCallback {
  return (app, _options, done) => {
    app.get(
      '/api/v1/meetings.csv',
      exportRouteOptions(`A search as a spreadsheet (CSV, at most ${EXPORT_LIMIT} meetings)`),
      async (request, reply) => {
        const { meetings, total } = exportedMeetings(search, request);
        const body = meetingsCsv(meetings, { formatName: formatNames(search.formats()), pageUrl: pageUrlFor(request) });
        cacheFor(reply, MAX_AGE.search);
        return reply
          .type('text/csv; charset=utf-8; header=present')
          .header('content-disposition', 'attachment; filename="meetings.csv"')
          .header('x-total-count', String(total))
          .send(body);
      },
    );
    done();
  };
}
