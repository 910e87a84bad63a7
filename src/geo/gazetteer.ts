import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { stateByCode } from '../domain/us-states.js';
import { usZoneNear } from './time-zone.js';

/** One US ZIP code with its centroid. */
export interface ZipPlace {
  zip: string;
  city: string;
  state: string;
  latitude: number;
  longitude: number;
}

/** A city (a postal place name within a state) with the centroid of its ZIP codes. */
export interface CityPlace {
  name: string;
  state: string;
  latitude: number;
  longitude: number;
  /** ZIP codes at distinct points: a rough measure of the city's size. */
  size: number;
  zips: string[];
}

interface RawZip {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
}

// Post-office artefacts that are no place a meeting happens.
const NOT_A_PLACE = /\b(service|naval|navy|afb|air force|army|military|j b p h h)\b/i;

/**
 * US ZIP codes and cities, derived once from the `zipcodes` package. That package's table
 * costs about 80 MB loaded whole and holds military ZIPs at 0,0; this keeps only what has
 * plausible coordinates in a state, DC or a territory, in a few MB, and lets the rest be
 * collected.
 */
export class Gazetteer {
  private readonly zips = new Map<string, ZipPlace>();
  private readonly citiesByState = new Map<string, CityPlace[]>();
  private readonly citiesByKey = new Map<string, CityPlace>();

  constructor(rows: Iterable<RawZip>) {
    const points = new Map<string, Set<string>>();
    for (const row of rows) {
      const state = stateByCode(row.state);
      if (!state || !row.latitude || !row.longitude || NOT_A_PLACE.test(row.city)) continue;
      // A few rows sit on the wrong side of the world (10200, New York, at +73.95) or are
      // outlying islands filed under a state (96898, Wake Island, under HI).
      if (usZoneNear(row.latitude, row.longitude) === null) continue;
      const place: ZipPlace = { zip: row.zip, city: row.city, state: state.code, latitude: row.latitude, longitude: row.longitude };
      this.zips.set(place.zip, place);
      const key = cityKey(place.city, place.state);
      let city = this.citiesByKey.get(key);
      if (!city) {
        city = { name: place.city, state: place.state, latitude: 0, longitude: 0, size: 0, zips: [] };
        this.citiesByKey.set(key, city);
        points.set(key, new Set());
      }
      city.zips.push(place.zip);
      points.get(key)!.add(`${place.latitude},${place.longitude}`);
    }
    for (const [key, city] of this.citiesByKey) {
      const places = city.zips.map((zip) => this.zips.get(zip)!);
      city.latitude = round(places.reduce((sum, p) => sum + p.latitude, 0) / places.length);
      city.longitude = round(places.reduce((sum, p) => sum + p.longitude, 0) / places.length);
      city.size = points.get(key)!.size;
      city.zips.sort();
      const list = this.citiesByState.get(city.state) ?? [];
      list.push(city);
      this.citiesByState.set(city.state, list);
    }
    for (const list of this.citiesByState.values()) list.sort((a, b) => b.size - a.size || a.name.localeCompare(b.name));
  }

  zip(code: string): ZipPlace | undefined {
    return this.zips.get(code);
  }

  city(name: string, state: string): CityPlace | undefined {
    return this.citiesByKey.get(cityKey(name, state));
  }

  /** The state's cities, largest first. */
  citiesIn(state: string): readonly CityPlace[] {
    return this.citiesByState.get(state.toUpperCase()) ?? [];
  }

  get zipCount(): number {
    return this.zips.size;
  }
}

function cityKey(name: string, state: string): string {
  return `${state.toUpperCase()}|${name.trim().toLowerCase()}`;
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

let loaded: Gazetteer | undefined;

/**
 * The `zipcodes` package's table, read as data. Its module is one 5 MB object literal that
 * costs about 100 MB of memory to compile and keep; its first line, `exports.codes = {…};`,
 * is plain JSON, which parses into a tenth of that and leaves nothing behind.
 */
function readZipcodesTable(): Record<string, RawZip> {
  const require = createRequire(import.meta.url);
  const text = readFileSync(require.resolve('zipcodes/lib/codes.js'), 'utf8');
  const line = text.slice(0, text.indexOf('\n'));
  if (!line.startsWith('exports.codes = ')) throw new Error('zipcodes/lib/codes.js no longer starts with exports.codes');
  return JSON.parse(line.slice(line.indexOf('{'), line.lastIndexOf('}') + 1)) as Record<string, RawZip>;
}

/** The US gazetteer, built on first use. */
export function usGazetteer(): Gazetteer {
  loaded ??= new Gazetteer(Object.values(readZipcodesTable()));
  return loaded;
}
