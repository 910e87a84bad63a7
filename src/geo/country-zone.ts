import { DateTime } from 'luxon';
import { zonesOfCountry } from '../domain/country-zones.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const known = new Map<string, string | null>();

/** The zone's UTC offsets over the coming year, a sample each fortnight: its clock rules, for comparison. */
function offsets(zone: string, from: number): string {
  const seen: number[] = [];
  for (let day = 0; day < 366; day += 14) seen.push(DateTime.fromMillis(from + day * DAY_MS, { zone }).offset);
  return seen.join(',');
}

/**
 * The IANA zone of a country whose clocks all read alike (Germany, Ireland, Argentina), or
 * null for one with several (the US, Canada, Mexico) or none known. Zones that differ only
 * in history (Europe/Berlin and Europe/Busingen) count as one; the first plain "Area/City"
 * name is the one given.
 */
export function onlyZoneOf(country: string): string | null {
  const cached = known.get(country);
  if (cached !== undefined) return cached;
  let answer: string | null = null;
  if (/^[A-Z]{2}$/.test(country)) {
    const zones = zonesOfCountry(country);
    const from = Date.now();
    if (zones.length > 0 && new Set(zones.map((zone) => offsets(zone, from))).size === 1) {
      answer = zones.find((zone) => zone.split('/').length === 2) ?? zones[0]!;
    }
  }
  known.set(country, answer);
  return answer;
}
