import { Type } from '@sinclair/typebox';
import type { FastifyPluginCallback, FastifyReply } from 'fastify';
import { usGazetteer, type CityPlace } from '../../../geo/gazetteer.js';
import { citySlug, nearestCities, stateServiceBodies } from '../../../search/place-counts.js';
import { stateIntro } from '../../../web/content.js';
import { CityPage } from '../../../web/pages/city.js';
import { StatePage } from '../../../web/pages/state.js';
import { sendNotFoundPage, type WebOptions } from './index.js';
import { pageContext, sendPage } from './page.js';
import { stateFromSegment } from './state-segment.js';

/** State and city pages change only when meetings do; a few minutes in a cache is harmless. */
const PAGE_MAX_AGE = 300;

// The router's own limit is 200; no state code or city slug is anywhere near this.
const Segment = Type.String({ maxLength: 200 });

/** The gazetteer's cities of one state by slug, built on first ask for that state and kept. */
function gazetteerCities(): (code: string, slug: string) => CityPlace | undefined {
  const byState = new Map<string, Map<string, CityPlace>>();
  return (code, slug) => {
    let cities = byState.get(code);
    if (!cities) {
      cities = new Map();
      // Largest first, so a slug shared by two places ("St. Joseph", "St Joseph") names the larger.
      for (const city of usGazetteer().citiesIn(code)) {
        const key = citySlug(city.name);
        if (!cities.has(key)) cities.set(key, city);
      }
      byState.set(code, cities);
    }
    return cities.get(slug);
  };
}

function redirectLower(reply: FastifyReply, url: string): FastifyReply {
  const [path = '', query] = url.split('?', 2);
  return reply.redirect(`${path.toLowerCase()}${query === undefined ? '' : `?${query}`}`, 301);
}

/** `/states/:code` and `/states/:code/:city`: parse the address, look up the counts, render. */
export function stateRoutes(options: WebOptions): FastifyPluginCallback {
  const { search } = options;
  const findGazetteerCity = gazetteerCities();
  return (app, _options, done) => {
    app.get<{ Params: { code: string } }>('/states/:code', { schema: { hide: true, params: Type.Object({ code: Segment }) } }, async (request, reply) => {
      const state = stateFromSegment(request.params.code);
      if (!state) return sendNotFoundPage(request, reply, options, 'state');
      if (!state.canonical) return redirectLower(reply, request.url);
      const stateStats = search.placeCounts().states.get(state.code)!;
      const page = (
        <StatePage
          context={pageContext(request, options.site, search)}
          stats={stateStats}
          intro={stateIntro(state.code.toLowerCase())}
          bodies={stateServiceBodies(stateStats, search.serviceBodies())}
        />
      );
      return sendPage(reply, page, { maxAge: PAGE_MAX_AGE });
    });

    app.get<{ Params: { code: string; city: string } }>(
      '/states/:code/:city',
      { schema: { hide: true, params: Type.Object({ code: Segment, city: Segment }) } },
      async (request, reply) => {
        const state = stateFromSegment(request.params.code);
        if (!state) return sendNotFoundPage(request, reply, options, 'state');
        const slug = request.params.city;
        if (!state.canonical || slug !== slug.toLowerCase()) return redirectLower(reply, request.url);
        const stateStats = search.placeCounts().states.get(state.code)!;
        const context = pageContext(request, options.site, search);
        const stateInfo = { code: state.code, name: stateStats.name };

        const ids = stateStats.meetingIdsByCity.get(slug);
        if (ids) {
          const meetings = search.meetingsById(ids);
          const name = stateStats.cities.find((c) => c.slug === slug)?.name ?? slug;
          return sendPage(reply, <CityPage context={context} state={stateInfo} city={{ name, slug }} meetings={meetings} nearby={[]} />, {
            maxAge: PAGE_MAX_AGE,
          });
        }

        // A real place with no meetings yet gets a kind page, not a 404: someone may well look for it.
        const place = findGazetteerCity(state.code, slug);
        if (!place) return sendNotFoundPage(request, reply, options, 'city');
        const nearby = nearestCities(stateStats, place);
        return sendPage(reply, <CityPage context={context} state={stateInfo} city={{ name: place.name, slug }} meetings={[]} nearby={nearby} />, {
          maxAge: PAGE_MAX_AGE,
        });
      },
    );
    done();
  };
}
