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

/**
 * Names that link shorteners, ads and newsletters add to a shared link (`?fbclid=…`,
 * `utm_source=…`). They say nothing about the search; a page drops them rather than refuse
 * the link, and never passes them on in its own links.
 */
const TRACKING_PARAMETER =
  /^(utm_[a-z_]+|fbclid|gclid|gbraid|wbraid|dclid|msclkid|twclid|ttclid|li_fat_id|igshid|mc_cid|mc_eid|_ga|_gl|yclid)$/i;

/** The parameters without those a shared link picked up on its way (see TRACKING_PARAMETER). */
export function withoutTracking(params: RawParams): RawParams {
  const kept: RawParams = {};
  for (const [name, value] of Object.entries(params)) if (!TRACKING_PARAMETER.test(name)) kept[name] = value;
  return kept;
}

/** The parameters the search takes: without the page-only ones, nor those named in `also` (paging, say). */
export function withoutPageOnly(params: RawParams, also: readonly string[] = []): RawParams {
  const dropped: readonly string[] = [...PAGE_ONLY_PARAMETERS, ...also];
  const kept: RawParams = {};
  for (const [name, value] of Object.entries(params)) if (!dropped.includes(name)) kept[name] = value;
  return kept;
}
