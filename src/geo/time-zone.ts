import tzLookup from '@photostructure/tz-lookup';

/** The IANA time zone at a point, offline. */
export function timeZoneAt(latitude: number, longitude: number): string {
  return tzLookup(latitude, longitude);
}
