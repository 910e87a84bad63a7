/**
 * A query string as Fastify hands it over, before anything is parsed: each name has one value,
 * or several when it is repeated.
 */
export type RawParams = Record<string, string | readonly string[] | undefined>;

/** Parameters that belong to the page (how it shows the results), not to the search. */
export const PAGE_ONLY_PARAMETERS = ['view'] as const;

/** Every value given for `name`, repeated or not, trimmed, blanks dropped; commas stay ("Portland, OR" is one value). */
export function givenValues(params: RawParams, name: string): string[] {
  const raw = params[name];
  if (raw === undefined) return [];
  return (typeof raw === 'string' ? [raw] : [...raw]).map((v) => v.trim()).filter((v) => v !== '');
}

/** Every value of a list parameter: repeated (`day=1&day=2`) and comma-separated (`day=1,2`) alike, trimmed, blanks dropped. */
export function listValues(params: RawParams, name: string): string[] {
  return givenValues(params, name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** The parameters the search takes: without the page-only ones, nor those named in `also` (paging, say). */
export function withoutPageOnly(params: RawParams, also: readonly string[] = []): RawParams {
  const dropped: readonly string[] = [...PAGE_ONLY_PARAMETERS, ...also];
  const kept: RawParams = {};
  for (const [name, value] of Object.entries(params)) if (!dropped.includes(name)) kept[name] = value;
  return kept;
}
