import { Type } from '@sinclair/typebox';
import { QUERY_PARAMETERS, QueryError } from '../../../domain/query-params.js';
import { givenValues, type RawParams } from '../../../domain/raw-params.js';
import type { PublicMeeting } from '../../../domain/meeting.js';
import type { Query } from '../../../domain/query.js';
import type { SearchService } from '../../../search/service.js';
import { PARSED_BY_US, rawQuery } from '../../raw-query.js';
import { ErrorSchema } from '../../schemas/meeting.js';
import { SearchParamsSchema } from '../../schemas/search.js';

/**
 * How many meetings a calendar or CSV of a search holds at most. A page of the JSON API is
 * capped at 200 for people paging through results; an export is read whole by a calendar app
 * or a spreadsheet, and 2000 covers any metro area's list while keeping one answer to a few MB.
 */
export const EXPORT_LIMIT = 2000;

/** A feed of a search has no practical cap: it is the whole list, narrowed. */
export const FEED_LIMIT = 1_000_000;

/** The search parameters, as documented for the exports: only `limit` reads differently. */
export function exportParamsSchema(cap: number) {
  return Type.Object({
    ...SearchParamsSchema.properties,
    limit: Type.Optional(Type.String({ description: `how many meetings at most, 1–${cap} (default: every match, up to ${cap})` })),
  });
}

function parseLimit(params: RawParams, cap: number): number {
  const values = givenValues(params, 'limit');
  if (values.length > 1) throw new QueryError('limit', `limit takes one value, not ${values.length}`);
  const text = values[0];
  if (text === undefined) return cap;
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1 || Number(text) > cap) {
    throw new QueryError('limit', `limit must be a whole number from 1 to ${cap}, not "${text.slice(0, 40)}"`);
  }
  return Number(text);
}

const EXPORT_PARAMETERS: ReadonlySet<string> = new Set([...QUERY_PARAMETERS, 'limit']);

/**
 * The parameters an export reads. Others are ignored, as BMLT ignores them, because clients
 * add their own (TSML UI appends a bare cache-buster, `meeting-guide.json?1796164238728`);
 * the JSON search API still refuses them, so that a typo there shows.
 */
export function exportParams(params: RawParams): RawParams {
  return Object.fromEntries(Object.entries(params).filter(([name]) => EXPORT_PARAMETERS.has(name)));
}

/**
 * Parses an export's parameters with the one query parser, except `limit`, which defaults to
 * everything up to `cap` rather than to a page, and parameters it does not know, which it
 * ignores. Throws QueryError like the JSON API.
 */
export function parseExportQuery(search: SearchService, params: RawParams, cap: number): Query {
  const { limit, ...rest } = exportParams(params);
  const query = search.parse(rest);
  return { ...query, limit: parseLimit({ limit }, cap) };
}

/** The route options of a search export: its parameters documented, and parsed by us. */
export function exportRouteOptions(summary: string) {
  return { schema: { summary, querystring: exportParamsSchema(EXPORT_LIMIT), response: { 400: ErrorSchema } }, ...PARSED_BY_US };
}

/** What an export sends: the search it answers, its meetings up to the export's cap, and how many matched. */
export function exportedMeetings(
  search: SearchService,
  request: { readonly query: unknown },
): { query: Query; meetings: PublicMeeting[]; total: number } {
  const query = parseExportQuery(search, rawQuery(request), EXPORT_LIMIT);
  const result = search.find(query);
  return { query, meetings: result.hits.map((hit) => hit.meeting), total: result.total };
}
