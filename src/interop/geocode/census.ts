import type { AddressQuery, GeocodedPoint, Geocoder } from '../../geo/geocoder.js';
import { fetchFeed, type FetchOptions } from '../fetch/fetch-feed.js';

export const CENSUS_GEOCODER_URL = 'https://geocoding.geo.census.gov/geocoder/locations/onelineaddress';

/** One line of an address as the Census geocoder reads it: "100 Main St, Portland, OR 97201". */
export function oneLineAddress(address: AddressQuery): string | null {
  const place = [address.city, [address.state, address.postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  if (!address.street || place === '') return null;
  return `${address.street}, ${place}`;
}

interface CensusAnswer {
  result?: { addressMatches?: { matchedAddress?: string; coordinates?: { x?: number; y?: number } }[] };
}

/** The best match of a Census geocoder answer, or null. Coordinates come as x (longitude) and y (latitude). */
export function censusPoint(body: unknown): GeocodedPoint | null {
  const match = (body as CensusAnswer | null)?.result?.addressMatches?.[0];
  const x = match?.coordinates?.x;
  const y = match?.coordinates?.y;
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  return { latitude: y, longitude: x, approximate: false, label: match?.matchedAddress ?? '' };
}

/**
 * The US Census Bureau's geocoder: a street address to the building's point, free and without
 * a key. Only used when the operator turns it on (GEOCODER=census), since it sends the address
 * to another site. US street addresses only; anything else is left to the gazetteer.
 */
export class CensusGeocoder implements Geocoder {
  readonly name = 'census';

  constructor(
    private readonly url: string = CENSUS_GEOCODER_URL,
    private readonly fetchOptions: FetchOptions = {},
  ) {}

  async geocode(address: AddressQuery): Promise<GeocodedPoint | null> {
    if (address.country !== 'US') return null;
    const line = oneLineAddress(address);
    if (line === null) return null;
    const url = new URL(this.url);
    url.searchParams.set('address', line);
    url.searchParams.set('benchmark', 'Public_AR_Current');
    url.searchParams.set('format', 'json');
    const answer = await fetchFeed(url.toString(), {
      timeoutMs: 10_000,
      maxBytes: 1024 * 1024,
      accept: 'application/json',
      ...this.fetchOptions,
    });
    return censusPoint(JSON.parse(answer.text));
  }
}
