import { FirstFound, GazetteerGeocoder, type Geocoder } from '../../geo/geocoder.js';
import { CensusGeocoder } from './census.js';

export const GEOCODERS = ['gazetteer', 'census'] as const;
export type GeocoderSetting = (typeof GEOCODERS)[number];

/** The admin's geocoder for a setting: the gazetteer alone, or the Census geocoder with the gazetteer behind it. */
export function configuredGeocoder(setting: GeocoderSetting): Geocoder {
  const gazetteer = new GazetteerGeocoder();
  return setting === 'census' ? new FirstFound([new CensusGeocoder(), gazetteer]) : gazetteer;
}
