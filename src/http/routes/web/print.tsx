import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox';
import type { PublicMeeting } from '../../../domain/meeting.js';
import { QueryError } from '../../../domain/query-params.js';
import { withoutPageOnly, withoutTracking } from '../../../domain/raw-params.js';
import { emptyQuery } from '../../../domain/query.js';
import { stateByCode } from '../../../domain/us-states.js';
import type { SearchService } from '../../../search/service.js';
import { pageFormats } from '../../../web/page-formats.js';
import { messages } from '../../../web/i18n/messages.js';
import { PRINT_LIMIT, PrintPage } from '../../../web/pages/print.js';
import { queryString } from '../../../web/query-string.js';
import { MAX_AGE } from '../../cache.js';
import { rawQuery } from '../../raw-query.js';
import { parseExportQuery } from '../feeds/export-query.js';
import { StateParams, StateCityParams, stateFromSegment } from './state-segment.js';

/** Printed lists change when meetings do, not with the clock: they may be kept a little longer. */
const PRINT_MAX_AGE = MAX_AGE.meeting;

/** Printable schedules: for a state, a city in it, or any search. */
export function printRoutes(search: SearchService): FastifyPluginCallbackTypebox {
  async function send(
    request: FastifyRequest,
    reply: FastifyReply,
    page: { title: string; meetings: PublicMeeting[]; total: number; timeZone: string; backHref: string; canonicalPath: string },
  ): Promise<FastifyReply> {
    const formats = pageFormats(search.formats());
    return reply.page(
      <PrintPage
        context={request.pageContext()}
        title={page.title}
        meetings={page.meetings}
        total={page.total}
        formats={formats.lookup}
        generatedAt={search.now()}
        timeZone={page.timeZone}
        backHref={page.backHref}
        canonicalPath={page.canonicalPath}
      />,
      { maxAge: PRINT_MAX_AGE },
    );
  }

  /** The state's meetings in weekly order, all of them. */
  function stateMeetings(code: string, timeZone: string): PublicMeeting[] {
    const result = search.find(emptyQuery({ states: [code], sort: 'weekly', limit: Infinity, timeZone }));
    return result.hits.map((hit) => hit.meeting);
  }

  return (app, _options, done) => {
    app.get('/meetings/print', { schema: { hide: true } }, async (request, reply) => {
      const params = withoutPageOnly(withoutTracking(rawQuery(request)), ['cursor']);
      let query;
      try {
        query = { ...parseExportQuery(search, params, PRINT_LIMIT), sort: 'weekly' as const, offset: 0 };
      } catch (caught) {
        if (!(caught instanceof QueryError)) throw caught;
        // The search page shows the same error beside its field, with the form to mend it.
        return reply.redirect(`/meetings${queryString(params)}`, 303);
      }
      const result = search.find(query);
      const qs = queryString(params);
      const label = query.place?.label;
      const stateName = query.states.length === 1 ? stateByCode(query.states[0]!)?.name : undefined;
      const text = messages().print;
      return send(request, reply, {
        title: label ? text.near(label) : stateName ? text.inState(stateName) : text.forSearch,
        meetings: result.hits.map((hit) => hit.meeting),
        total: result.total,
        timeZone: query.timeZone,
        backHref: `/meetings${qs}`,
        canonicalPath: `/meetings/print${queryString(params, { omit: ['tz'] })}`,
      });
    });

    app.get('/states/:code/print', { schema: { hide: true, params: StateParams } }, async (request, reply) => {
      const state = stateFromSegment(request.params.code);
      if (!state) return reply.notFoundPage('state');
      const all = stateMeetings(state.code, state.timeZone);
      return send(request, reply, {
        title: state.name,
        meetings: all.slice(0, PRINT_LIMIT),
        total: all.length,
        timeZone: state.timeZone,
        backHref: `/states/${state.code.toLowerCase()}`,
        canonicalPath: `/states/${state.code.toLowerCase()}/print`,
      });
    });

    app.get('/states/:code/:city/print', { schema: { hide: true, params: StateCityParams } }, async (request, reply) => {
      const state = stateFromSegment(request.params.code);
      if (!state) return reply.notFoundPage('state');
      const citySlug = request.params.city.toLowerCase();
      // The city page's own list and name, so that the page and its printed list agree.
      const stats = search.placeCounts().states.get(state.code);
      const city = stats?.cities.find((c) => c.slug === citySlug);
      if (!stats || !city) return reply.notFoundPage('city');
      const inCity = search.meetingsById(stats.meetingIdsByCity.get(citySlug) ?? []);
      return send(request, reply, {
        title: `${city.name}, ${state.name}`,
        meetings: inCity.slice(0, PRINT_LIMIT),
        total: inCity.length,
        timeZone: state.timeZone,
        backHref: `/states/${state.code.toLowerCase()}/${citySlug}`,
        canonicalPath: `/states/${state.code.toLowerCase()}/${citySlug}/print`,
      });
    });
    done();
  };
}
