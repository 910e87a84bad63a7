import { QUERY_PARAMETERS } from '../domain/query-params.js';
import { PAGE_ONLY_PARAMETERS } from '../domain/raw-params.js';

/**
 * "Back to results" on a meeting's page. Pages send no Referer and need no script, so a result
 * links to its meeting with the search it came from in a `back` parameter, and the meeting page
 * links back to `/meetings?` with it. Only the search page's own parameters go through: nothing
 * else can ride along, and the link can lead nowhere but the search page.
 */

const SEARCH_PAGE_PARAMETERS: ReadonlySet<string> = new Set([...QUERY_PARAMETERS, ...PAGE_ONLY_PARAMETERS]);

/** Far more than any search the form makes; a longer value is not one of ours, and is dropped. */
const MAX_BACK_LENGTH = 2000;

/** The search page's parameters in a query string ("?near=…&day=today" or without the "?"), in their order; the rest dropped. */
function searchParameters(queryString: string): URLSearchParams {
  const kept = new URLSearchParams();
  if (queryString.length > MAX_BACK_LENGTH) return kept;
  for (const [name, value] of new URLSearchParams(queryString)) {
    if (SEARCH_PAGE_PARAMETERS.has(name) && value.trim() !== '') kept.append(name, value);
  }
  return kept;
}

/**
 * The `back` parameter for a link from a search's results to a meeting: "back=near%3D…", or ""
 * when the search has nothing to go back to. Add it to the meeting's href with "?" or "&".
 */
export function backParam(searchQueryString: string): string {
  const search = searchParameters(searchQueryString).toString();
  return search === '' ? '' : new URLSearchParams({ back: search }).toString();
}

/** Where a meeting page's "Back to results" leads, from its `back` parameter: always the search page; null without one. */
export function backToResultsHref(back: string | undefined): string | null {
  if (back === undefined) return null;
  const search = searchParameters(back).toString();
  return search === '' ? null : `/meetings?${search}`;
}
