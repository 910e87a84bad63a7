import type { FastifyPluginCallbackTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { usGazetteer, type CityPlace } from '../../../geo/gazetteer.js';
import { citySlug, nearestCities, stateServiceBodies } from '../../../search/place-counts.js';
import type { SearchService } from '../../../search/service.js';
import { stateIntro } from '../../../web/content.js';
import { CityPage } from '../../../web/pages/city.js';
import { StatePage } from '../../../web/pages/state.js';
import { StateCityParams, StateParams, stateFromSegment } from './state-segment.js';

/** State and city pages change only when meetings do; a few minutes in a cache is harmless. */
const PAGE_MAX_AGE = 300;

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
export function stateRoutes(search: SearchService): FastifyPluginCallbackTypebox {
  const findGazetteerCity = gazetteerCities();
  return (app, _options, done) => {
    app.get('/states/:code', { schema: { hide: true, params: StateParams } }, async (request, reply) => {
      const state = stateFromSegment(request.params.code);
      if (!state) return reply.notFoundPage('state');
      if (!state.canonical) return redirectLower(reply, request.url);
      const counts = search.placeCounts();
      const stateStats = counts.states.get(state.code)!;
      const page = (
        <StatePage
          context={request.pageContext()}
          stats={stateStats}
          intro={stateIntro(state.code.toLowerCase())}
          bodies={stateServiceBodies(stateStats, search.serviceBodies())}
          programs={search.programs()}
          siteProgramCounts={counts.programCounts}
        />
      );
      return reply.page(page, { maxAge: PAGE_MAX_AGE });
    });

    app.get('/states/:code/:city', { schema: { hide: true, params: StateCityParams } }, async (request, reply) => {
      const state = stateFromSegment(request.params.code);
      if (!state) return reply.notFoundPage('state');
      const slug = request.params.city;
      if (!state.canonical || slug !== slug.toLowerCase()) return redirectLower(reply, request.url);
      const stateStats = search.placeCounts().states.get(state.code)!;
      const context = request.pageContext();
      const stateInfo = { code: state.code, name: stateStats.name };

      const ids = stateStats.meetingIdsByCity.get(slug);
      if (ids) {
        const meetings = search.meetingsById(ids);
        const name = stateStats.cities.find((c) => c.slug === slug)?.name ?? slug;
        return reply.page(
          <CityPage
            context={context}
            state={stateInfo}
            city={{ name, slug }}
            meetings={meetings}
            nearby={[]}
            programs={search.programs()}
            now={search.now()}
          />,
          {
            maxAge: PAGE_MAX_AGE,
          },
        );
      }

      // A real place with no meetings yet gets a kind page, not a 404: someone may well look for it.
      const place = findGazetteerCity(state.code, slug);
      if (!place) return reply.notFoundPage('city');
      const nearby = nearestCities(stateStats, place);
      return reply.page(
        <CityPage
          context={context}
          state={stateInfo}
          city={{ name: place.name, slug }}
          meetings={[]}
          nearby={nearby}
          programs={search.programs()}
          now={search.now()}
        />,
        {
          maxAge: PAGE_MAX_AGE,
        },
      );
    });
    done();
  };
}
