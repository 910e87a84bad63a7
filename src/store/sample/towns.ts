import type { CityPlace, Gazetteer, ZipPlace } from '../../geo/gazetteer.js';

/**
 * Words the postal place names abbreviate, spelled out as the towns write them
 * ("Rehoboth Bch" is Rehoboth Beach). "St" stays: "St Louis" is how the city writes itself.
 */
export const POSTAL_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['bch', 'Beach'],
  ['cyn', 'Canyon'],
  ['crk', 'Creek'],
  ['ft', 'Fort'],
  ['hbr', 'Harbor'],
  ['hts', 'Heights'],
  ['jct', 'Junction'],
  ['lk', 'Lake'],
  ['mt', 'Mount'],
  ['mtn', 'Mountain'],
  ['pt', 'Point'],
  ['spg', 'Spring'],
  ['spgs', 'Springs'],
  ['twp', 'Township'],
  ['vlg', 'Village'],
  ['vly', 'Valley'],
]);

/** A postal place name with its abbreviated words spelled out. */
export function townName(postalName: string): string {
  return postalName
    .split(/\s+/)
    .map((word) => POSTAL_ABBREVIATIONS.get(word.toLowerCase()) ?? word)
    .join(' ');
}

const decimals = (value: number): number => String(value).split('.')[1]?.length ?? 0;

/**
 * Whether a ZIP is a town's own delivery area. The gazetteer's table gives such a ZIP's
 * centroid to four decimals. A unique ZIP (one firm or office: "At&t", "Assc Doctors Ins",
 * "115 Crm Firms") and the post-office-box ZIPs filed under a postal abbreviation ("Bham",
 * "Blmgtn") sit at their post office, to two decimals, and carry no town's name.
 */
export function isTownZip(zip: Pick<ZipPlace, 'latitude' | 'longitude'>): boolean {
  return decimals(zip.latitude) > 2 || decimals(zip.longitude) > 2;
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/**
 * The state's towns for the sample, largest first: each named as the town writes itself,
 * holding only its own delivery ZIPs, with their centroid and count of distinct points.
 */
export function sampleTowns(gazetteer: Gazetteer, state: string): CityPlace[] {
  const towns = new Map<string, { name: string; zips: ZipPlace[] }>();
  for (const city of gazetteer.citiesIn(state)) {
    const zips = city.zips.map((code) => gazetteer.zip(code)).filter((zip): zip is ZipPlace => zip !== undefined && isTownZip(zip));
    if (zips.length === 0) continue;
    const name = townName(city.name);
    const town = towns.get(name.toLowerCase()) ?? { name, zips: [] };
    town.zips.push(...zips);
    towns.set(name.toLowerCase(), town);
  }
  const places = [...towns.values()].map(({ name, zips }): CityPlace => ({
    name,
    state,
    latitude: round(zips.reduce((sum, zip) => sum + zip.latitude, 0) / zips.length),
    longitude: round(zips.reduce((sum, zip) => sum + zip.longitude, 0) / zips.length),
    size: new Set(zips.map((zip) => `${zip.latitude},${zip.longitude}`)).size,
    zips: zips.map((zip) => zip.zip).sort(),
  }));
  return places.sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
}
