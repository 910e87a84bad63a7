/** A number from a number or a numeric string ("45.52", " -122.6 "); anything else is null. */
export function looseNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
}

export interface Coordinates {
  latitude: number | null;
  longitude: number | null;
  /** Why given coordinates were changed or dropped, or null when they were fine or absent. */
  warning: string | null;
}

const NONE: Coordinates = { latitude: null, longitude: null, warning: null };

/**
 * A point from two loose values. Both must be present; 0,0 is how BMLT and many sheets
 * say "no point" (it is in the sea off Africa), so it counts as absent; a pair given the
 * wrong way round (latitude beyond ±90, longitude within it) is swapped back.
 */
export function looseCoordinates(rawLatitude: unknown, rawLongitude: unknown): Coordinates {
  const latitude = looseNumber(rawLatitude);
  const longitude = looseNumber(rawLongitude);
  const givenLatitude = rawLatitude !== undefined && rawLatitude !== null && rawLatitude !== '';
  const givenLongitude = rawLongitude !== undefined && rawLongitude !== null && rawLongitude !== '';
  if (latitude === null || longitude === null) {
    if (!givenLatitude && !givenLongitude) return NONE;
    return { ...NONE, warning: `coordinates ${String(rawLatitude)}, ${String(rawLongitude)} not usable: dropped` };
  }
  if (latitude === 0 && longitude === 0) return NONE;
  if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) return { latitude, longitude, warning: null };
  if (Math.abs(longitude) <= 90 && Math.abs(latitude) <= 180) {
    return { latitude: longitude, longitude: latitude, warning: 'latitude and longitude were swapped: put back' };
  }
  return { ...NONE, warning: `coordinates ${latitude}, ${longitude} out of range: dropped` };
}
