import tzLookup from '@photostructure/tz-lookup';
import { stateByCode } from '../domain/us-states.js';

// Zones kept somewhere in the US, its territories and freely associated states.
const US_ZONE = /^(America\/|Pacific\/(Honolulu|Guam|Saipan|Pago_Pago|Majuro|Palau|Chuuk|Pohnpei|Kosrae)$)/;

export function isUsTimeZone(zone: string): boolean {
  return US_ZONE.test(zone);
}

/**
 * The IANA time zone at a point, offline. The lookup is approximate at a few edges (it
 * puts St. Lawrence Island, Alaska, in Asia/Anadyr); when the point is known to be in a
 * US state and the answer is no US zone, the state's own zone is the better guess.
 */
export function timeZoneAt(latitude: number, longitude: number, stateCode?: string): string {
  const zone = tzLookup(latitude, longitude);
  if (stateCode === undefined || isUsTimeZone(zone)) return zone;
  return stateByCode(stateCode)?.timeZone ?? zone;
}
