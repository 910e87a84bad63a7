import { emptyQuery, type Query } from './query.js';

/** How many of the nearest meetings an empty search offers instead, and how many online ones. */
export const NEAREST_INSTEAD = 5;
export const ONLINE_INSTEAD = 3;

/**
 * What to offer when a search near a place finds nothing: the same search with no distance
 * limit, cut to the N nearest. A remote ZIP code's nearest meeting may be 53 miles off, past
 * any radius a doubling would reach; then the honest answer is "this one, 53 miles away".
 * Null without a place (there is no "nearest" to offer).
 */
export function nearestInstead(query: Query): Query | null {
  if (query.place === null) return null;
  return { ...query, radius: null, nearest: NEAREST_INSTEAD, sort: 'distance', offset: 0, limit: NEAREST_INSTEAD };
}

/** The same place with none of the search's other filters: when even the nearest with them are none. */
export function nearestUnfiltered(query: Query): Query | null {
  if (query.place === null) return null;
  return emptyQuery({
    place: query.place,
    unit: query.unit,
    nearest: NEAREST_INSTEAD,
    sort: 'distance',
    limit: NEAREST_INSTEAD,
    timeZone: query.timeZone,
  });
}

/**
 * Online meetings in progress, of the programs and languages asked for: somewhere to go right
 * now, wherever one is.
 */
export function onlineNowInstead(query: Query): Query {
  return emptyQuery({
    attendance: ['online'],
    status: 'now',
    programs: query.programs,
    languages: query.languages,
    limit: ONLINE_INSTEAD,
    unit: query.unit,
    timeZone: query.timeZone,
  });
}
