import tzLookup from '@photostructure/tz-lookup';
import { zonesOfCountry } from '../domain/country-zones.js';
import { stateByCode } from '../domain/us-states.js';

// Zones kept somewhere in the US, its territories and freely associated states: a fallback where the platform lists none.
const US_ZONE =
  /^(America\/(New_York|Detroit|Indiana\/.+|Kentucky\/.+|Chicago|North_Dakota\/.+|Menominee|Denver|Boise|Phoenix|Los_Angeles|Anchorage|Juneau|Sitka|Yakutat|Metlakatla|Nome|Adak|Puerto_Rico|St_Thomas)|Pacific\/(Honolulu|Guam|Saipan|Pago_Pago|Majuro|Kwajalein|Palau|Chuuk|Pohnpei|Kosrae))$/;
const US_AND_ASSOCIATED = ['US', 'PR', 'VI', 'GU', 'AS', 'MP', 'MH', 'PW', 'FM'];

let usZones: Set<string> | undefined;

/** ICU's own name for a zone (America/Indiana/Indianapolis is America/Indianapolis there): what the country lists hold. */
function icuName(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

/** Whether the US or a territory keeps this zone; Toronto, Moncton or Tijuana, though "America/", are not. */
export function isUsTimeZone(zone: string): boolean {
  if (US_ZONE.test(zone)) return true;
  usZones ??= new Set(US_AND_ASSOCIATED.flatMap(zonesOfCountry));
  return usZones.has(zone) || usZones.has(icuName(zone));
}

/** How far to look around a point for a US zone (degrees), nearest first; about 5 to 45 km. */
const RINGS = [0.05, 0.1, 0.2, 0.4];
const DIRECTIONS = [
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
  [0.7, 0.7],
  [0.7, -0.7],
  [-0.7, 0.7],
  [-0.7, -0.7],
] as const;

/**
 * The US zone at or next to a point, or null when there is none within about 45 km. The lookup's
 * borders are simplified: a ZIP code in Maine a few miles from New Brunswick comes back as
 * America/Moncton (an hour ahead), one in north Idaho as America/Creston, one by the Arizona line
 * as America/Hermosillo. The zone most of the nearest ring of points agrees on is the one kept there.
 */
export function usZoneNear(latitude: number, longitude: number): string | null {
  const here = tzLookup(latitude, longitude);
  if (isUsTimeZone(here)) return here;
  for (const ring of RINGS) {
    const votes = new Map<string, number>();
    for (const [dLat, dLng] of DIRECTIONS) {
      const lat = latitude + dLat * ring;
      if (lat > 90 || lat < -90) continue;
      const zone = tzLookup(lat, ((longitude + dLng * ring + 540) % 360) - 180);
      if (isUsTimeZone(zone)) votes.set(zone, (votes.get(zone) ?? 0) + 1);
    }
    let best: string | null = null;
    for (const [zone, count] of votes) if (best === null || count > votes.get(best)!) best = zone;
    if (best !== null) return best;
  }
  return null;
}

/**
 * The IANA time zone at a point, offline. When the point is known to be in a US state and the
 * lookup answers with another country's zone (its borders are approximate), the US zone next to
 * the point is the right one, and failing that the state's own.
 */
export function timeZoneAt(latitude: number, longitude: number, stateCode?: string): string {
  const zone = tzLookup(latitude, longitude);
  if (stateCode === undefined || isUsTimeZone(zone)) return zone;
  return usZoneNear(latitude, longitude) ?? stateByCode(stateCode)?.timeZone ?? zone;
}
