import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import { mainProgram } from '../../../domain/program.js';
import { QueryError } from '../../../domain/query-params.js';
import { listValues, withoutPageOnly, withoutTracking, type RawParams } from '../../../domain/raw-params.js';
import type { SearchService } from '../../../search/service.js';
import type { FieldError } from '../../../web/components/filter-form.js';
import { pageFormats } from '../../../web/page-formats.js';
import { renderSearchPage, type SearchOutcome, type SearchPageProps } from '../../../web/pages/search.js';
import { queryString } from '../../../web/query-string.js';
import { cacheFor, MAX_AGE } from '../../cache.js';
import { rawQuery } from '../../raw-query.js';
import { meetingPage } from './meeting-page.js';

/** A QueryError as the form shows it: place suggestions become links to the same search there. */
function fieldError(error: QueryError, params: RawParams): FieldError {
  return {
    parameter: error.parameter,
    // The suggestions are links of their own: said once, not again in the sentence.
    message: error.suggestions.length > 0 ? error.brief : error.message,
    suggestions:
      error.parameter === 'near'
        ? error.suggestions.map((label) => ({
            label,
            href: `/meetings${queryString(params, { set: { near: [label] }, omit: ['cursor'] })}`,
          }))
        : [],
  };
}

/** The search page and each meeting's page. */
export function meetingPages(search: SearchService): FastifyPluginCallback {
  async function searchPage(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const params = withoutTracking(rawQuery(request));
    const now = search.now();
    const formats = pageFormats(search.formats());
    const programs = search.programs();
    let outcome: SearchOutcome | null = null;
    let error: FieldError | null = null;
    try {
      const query = search.parse(withoutPageOnly(params));
      const viewerZone = listValues(params, 'tz').length > 0 ? query.timeZone : (query.place?.timeZone ?? null);
      const answer = search.search(query, now);
      outcome = { query, answer, viewerZone, instead: answer.total === 0 ? search.instead(query, now) : null };
    } catch (caught) {
      if (!(caught instanceof QueryError)) throw caught;
      error = fieldError(caught, params);
    }
    const props: SearchPageProps = {
      context: request.pageContext(),
      params,
      error,
      outcome,
      view: listValues(params, 'view')[0] === 'days' ? 'days' : 'list',
      now,
      formats: formats.lookup,
      formatChoices: formats.choices,
      programs: programs.map((p) => ({ value: p.code, label: p.name })),
      siteProgram: mainProgram(search.placeCounts().programCounts),
    };
    if (!error) cacheFor(reply, MAX_AGE.search);
    return reply
      .status(error ? 400 : 200)
      .type('text/html; charset=utf-8')
      .send(renderSearchPage(props));
  }

  return (app, _options, done) => {
    app.get('/meetings', { schema: { hide: true } }, searchPage);

    app.get<{ Params: { slug: string } }>('/meetings/:slug', { schema: { hide: true } }, async (request, reply) => {
      const { slug } = request.params;
      const now = search.now();
      const found = search.meeting(slug, now);
      if (!found) return reply.notFoundPage('meeting');
      // Found by its id: the page lives at its slug.
      if (found.meeting.slug !== slug) {
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        return reply.redirect(`/meetings/${found.meeting.slug}${query}`, 301);
      }
      const suggested = rawQuery(request)['suggested'] === '1';
      return reply.page(meetingPage(request, search, found, now, { suggested }), { maxAge: MAX_AGE.search });
    });

    done();
  };
}
