import { pageFormats } from '../src/web/page-formats.js';
import type { SearchService } from '../src/search/service.js';
import { renderSearchPage, type SearchPageProps } from '../src/web/pages/search.js';
import { DEFAULT_SITE } from '../src/web/site.js';
import { bigCityZips } from './mixes.js';
import { percentile, round, sampleSync } from './stats.js';

export interface PageRenderFigures {
  /** Server render of a search page with 25 results, the search itself not included. */
  p50Ms: number;
  p99Ms: number;
  /** Baseline: JSON.stringify of the same answer, what /api/v1/meetings sends. */
  jsonP50Ms: number;
  ratio: number;
  htmlKb: number;
}

/** Times rendering the search page over a few big-city searches, each already answered. */
export function measurePageRender(service: SearchService, now: number, iterations: number): PageRenderFigures {
  const { lookup, choices } = pageFormats(service.formats());
  const programs = service.programs();
  const pages: SearchPageProps[] = bigCityZips(5).map((zip) => {
    const params = { near: zip };
    const query = service.parse(params);
    return {
      context: { site: DEFAULT_SITE, origin: 'http://localhost', path: '/meetings', sample: true, viewerZone: null },
      params,
      error: null,
      outcome: { query, answer: service.search(query, now), viewerZone: query.place?.timeZone ?? null },
      view: 'list',
      now,
      formats: lookup,
      formatChoices: choices,
      programs: programs.map((p) => ({ value: p.code, label: p.name })),
    };
  });
  const pick = (i: number): SearchPageProps => pages[i % pages.length]!;
  const html = sampleSync(iterations, Math.ceil(iterations / 10), (i) => renderSearchPage(pick(i))).samples;
  const json = sampleSync(iterations, Math.ceil(iterations / 10), (i) => JSON.stringify(pick(i).outcome!.answer)).samples;
  const p50 = percentile(html, 50);
  const jsonP50 = percentile(json, 50);
  return {
    p50Ms: round(p50, 3),
    p99Ms: round(percentile(html, 99), 3),
    jsonP50Ms: round(jsonP50, 3),
    ratio: round(p50 / jsonP50, 1),
    htmlKb: round(Buffer.byteLength(renderSearchPage(pick(0))) / 1024, 1),
  };
}
