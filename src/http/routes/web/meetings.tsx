import type { FastifyPluginCallback, FastifyReply, FastifyRequest } from 'fastify';
import type { NumberedFormat } from '../../../domain/format.js';
import { localTime } from '../../../domain/occurrence.js';
import { QueryError, type RawParams } from '../../../domain/query-params.js';
import { canonicalTimeZone } from '../../../domain/time-zone.js';
import type { SearchService } from '../../../search/service.js';
import type { Choice, FieldError } from '../../../web/components/filter-form.js';
import { valuesOf } from '../../../web/components/filter-form.js';
import type { FormatInfo, FormatLookup } from '../../../web/components/meeting-item.js';
import { MeetingPage } from '../../../web/pages/meeting.js';
import { PAGE_ONLY_PARAMETERS, queryString, renderSearchPage, type SearchOutcome, type SearchPageProps } from '../../../web/pages/search.js';
import { cacheFor, MAX_AGE } from '../../cache.js';
import { siteOrigin } from '../feeds/site.js';
import { sendNotFoundPage, type WebOptions } from './index.js';
import { pageContext, sendPage } from './page.js';
import { printRoutes } from './print.js';

/** Formats offered as checkboxes: the ones people most often look for. */
const COMMON_FORMATS = ['B', 'BT', 'JT', 'SD', 'QA', 'W', 'M', 'YP', 'GL', 'WC', 'CW', 'SL'];

/**
 * The names pages give formats, built once per change to the formats (the search service keeps
 * them current), not once per request.
 */
export class PageReference {
  private lookups = new WeakMap<readonly NumberedFormat[], { lookup: FormatLookup; choices: Choice[] }>();

  constructor(private readonly search: SearchService) {}

  formats(): { lookup: FormatLookup; choices: Choice[] } {
    const list = this.search.formats();
    let made = this.lookups.get(list);
    if (!made) {
      const lookup = new Map<string, FormatInfo>(list.map((f) => [f.code, { code: f.code, name: f.text.en.name, description: f.text.en.description, type: f.type }]));
      const choices = COMMON_FORMATS.flatMap((code) => {
        const format = lookup.get(code);
        return format ? [{ value: code, label: format.name }] : [];
      });
      made = { lookup, choices };
      this.lookups.set(list, made);
    }
    return made;
  }
}

/** A QueryError as the form shows it: place suggestions become links to the same search there. */
function fieldError(error: QueryError, params: RawParams): FieldError {
  return {
    parameter: error.parameter,
    message: error.message,
    suggestions: error.parameter === 'near' ? error.suggestions.map((label) => ({ label, href: `/meetings${queryString(params, { set: { near: [label] }, omit: ['cursor'] })}` })) : [],
  };
}

function searchParamsOf(params: RawParams): RawParams {
  const kept: RawParams = {};
  for (const [name, value] of Object.entries(params)) if (!(PAGE_ONLY_PARAMETERS as readonly string[]).includes(name)) kept[name] = value;
  return kept;
}

/** The visitor's clock for a meeting page: a valid `tz` only (a bad one is ignored, the page still shows). */
function viewerZoneOf(request: FastifyRequest): string | null {
  const tz = (request.query as RawParams)['tz'];
  return typeof tz === 'string' ? canonicalTimeZone(tz) : null;
}

/** The search page, each meeting's page, and the printable schedules. */
export function meetingPages(options: WebOptions): FastifyPluginCallback {
  const { search, site } = options;
  const reference = new PageReference(search);

  async function searchPage(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const params = request.query as RawParams;
    const now = search.now();
    const formats = reference.formats();
    const programs = search.programs();
    let outcome: SearchOutcome | null = null;
    let error: FieldError | null = null;
    try {
      const query = search.parse(searchParamsOf(params));
      const viewerZone = valuesOf(params, 'tz').length > 0 ? query.timeZone : (query.place?.timeZone ?? null);
      outcome = { query, answer: search.search(query, now), viewerZone };
    } catch (caught) {
      if (!(caught instanceof QueryError)) throw caught;
      error = fieldError(caught, params);
    }
    const props: SearchPageProps = {
      context: pageContext(request, site, search),
      params,
      error,
      outcome,
      view: valuesOf(params, 'view')[0] === 'days' ? 'days' : 'list',
      now,
      formats: formats.lookup,
      formatChoices: formats.choices,
      programs: programs.map((p) => ({ value: p.code, label: p.name })),
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
      if (!found) return sendNotFoundPage(request, reply, options, 'meeting');
      const { meeting, occurrence, serviceBody, program } = found;
      // Found by its id: the page lives at its slug.
      if (meeting.slug !== slug) {
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        return reply.redirect(`/meetings/${meeting.slug}${query}`, 301);
      }
      const { schedule } = meeting;
      const viewerZone = viewerZoneOf(request);
      const formats = reference.formats();
      const page = (
        <MeetingPage
          context={pageContext(request, site, search)}
          meeting={meeting}
          now={now}
          next={{
            start: occurrence.start,
            inProgress: occurrence.inProgress,
            meeting: localTime(occurrence.start, schedule.timeZone),
            viewer: viewerZone === null ? null : localTime(occurrence.start, viewerZone),
          }}
          formats={formats.lookup}
          serviceBody={serviceBody}
          programName={program?.name ?? meeting.program}
          pageUrl={`${siteOrigin(request)}/meetings/${meeting.slug}`}
        />
      );
      return sendPage(reply, page, { maxAge: MAX_AGE.search });
    });

    void app.register(printRoutes(options, reference));
    done();
  };
}
