import type { FastifyPluginCallback } from 'fastify';
import { JURISDICTIONS } from '../../../domain/us-states.js';
import type { SearchService } from '../../../search/service.js';
import { namedMainProgram } from '../../../domain/program.js';
import { HomePage } from '../../../web/pages/home.js';
import { statesMap } from '../../../web/states-map.js';

const PAGE_MAX_AGE = 300;

/** The home page: the search, and every state with its count (made once per index version by the search service). */
export function homeRoutes(search: SearchService): FastifyPluginCallback {
  return (app, _options, done) => {
    // Draw the states' outlines now, at start, rather than on the first visitor's request.
    statesMap();

    app.get('/', { schema: { hide: true } }, async (request, reply) => {
      const counts = search.placeCounts();
      const byState = counts.states;
      const states = JURISDICTIONS.map((s) => ({ code: s.code, name: s.name, count: byState.get(s.code)?.total ?? 0 })).sort((a, b) =>
        a.name.localeCompare(b.name),
      );
      const program = namedMainProgram(counts.programCounts, search.programs());
      return reply.page(<HomePage context={request.pageContext()} states={states} program={program} />, { maxAge: PAGE_MAX_AGE });
    });
    done();
  };
}
