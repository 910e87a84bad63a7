import { Type } from '@sinclair/typebox';
import { stateByCode } from '../../../domain/us-states.js';

// The router's own limit is 200; no state code or city slug is anywhere near this.
const Segment = Type.String({ maxLength: 200 });

/** The path of a state's page or printed list. */
export const StateParams = Type.Object({ code: Segment });
/** The path of a city's page or printed list. */
export const StateCityParams = Type.Object({ code: Segment, city: Segment });

/**
 * The jurisdiction a path segment names, for the state pages and their printed lists alike:
 * two-letter codes of the 50 states and DC only (a territory has no page); `canonical` says
 * whether it was written in lower case, as the site's own links write it.
 */
export function stateFromSegment(segment: string): { code: string; name: string; timeZone: string; canonical: boolean } | null {
  if (!/^[a-z]{2}$/i.test(segment)) return null;
  const state = stateByCode(segment);
  if (!state || state.kind === 'territory') return null;
  return { code: state.code, name: state.name, timeZone: state.timeZone, canonical: segment === segment.toLowerCase() };
}
