import type { RouteShorthandOptions } from 'fastify';
import type { RawParams } from '../domain/query-params.js';

/**
 * Route options for the routes that take search parameters (the API search, the exports, the
 * feed, BMLT and the pages). Their schema still documents the parameters for OpenAPI, but
 * Fastify's validation is off: the one query parser every surface shares, `search.parse`,
 * decides what is accepted, so that all of them accept and refuse the same things with the
 * same messages and suggestions, and none refuses first with a message of its own.
 */
export const PARSED_BY_US: Pick<RouteShorthandOptions, 'validatorCompiler'> = { validatorCompiler: () => () => true };

/** The query string as Fastify parsed it (a value per name, or a list when repeated), for our own parser. */
export function rawQuery(request: { readonly query: unknown }): RawParams {
  const params: RawParams = {};
  const { query } = request;
  if (typeof query !== 'object' || query === null) return params;
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === 'string') params[name] = value;
    else if (Array.isArray(value) && value.every((item): item is string => typeof item === 'string')) params[name] = value;
  }
  return params;
}
