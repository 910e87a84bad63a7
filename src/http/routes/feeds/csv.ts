import type { FastifyPluginCallback } from 'fastify';
import { meetingsCsv } from '../../../interop/csv/meetings-csv.js';
import type { SearchService } from '../../../search/service.js';
import { cacheFor, MAX_AGE } from '../../cache.js';
import { PARSED_BY_US, rawQuery } from '../../raw-query.js';
import { ErrorSchema } from '../../schemas/meeting.js';
import { EXPORT_LIMIT, exportParamsSchema, parseExportQuery } from './export-query.js';
import { formatNames, pageUrlFor } from './site.js';

export function csvRoutes(search: SearchService): FastifyPluginCallback {
  return (app, _options, done) => {
    app.get(
      '/api/v1/meetings.csv',
      {
        schema: {
          summary: `A search as a spreadsheet (CSV, at most ${EXPORT_LIMIT} meetings)`,
          querystring: exportParamsSchema(EXPORT_LIMIT),
          response: { 400: ErrorSchema },
        },
        ...PARSED_BY_US,
      },
      async (request, reply) => {
        const query = parseExportQuery(search, rawQuery(request), EXPORT_LIMIT);
        const result = search.find(query);
        const body = meetingsCsv(
          result.hits.map((hit) => hit.meeting),
          { formatName: formatNames(search.formats()), pageUrl: pageUrlFor(request) },
        );
        cacheFor(reply, MAX_AGE.search);
        return reply
          .type('text/csv; charset=utf-8; header=present')
          .header('content-disposition', 'attachment; filename="meetings.csv"')
          .header('x-total-count', String(result.total))
          .send(body);
      },
    );
    done();
  };
}
