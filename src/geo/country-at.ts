import { iso1A2Code } from '@rapideditor/country-coder';

/**
 * The ISO 3166-1 alpha-2 code of the country at a point, offline; null at sea. Puerto Rico
 * and the other US territories answer "US", as the store keeps them (state PR, country US).
 */
export function countryAt(latitude: number, longitude: number): string | null {
  return iso1A2Code([longitude, latitude]) ?? null;
}
