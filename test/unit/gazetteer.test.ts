import { describe, it, expect } from 'vitest';
import { distanceKm } from '../../src/domain/geo.js';
import { JURISDICTIONS, US_STATES } from '../../src/domain/us-states.js';
import { usGazetteer, type ZipPlace } from '../../src/geo/gazetteer.js';
import { timeZoneAt } from '../../src/geo/time-zone.js';

const gazetteer = usGazetteer();

/** Every ZIP the gazetteer keeps, reached through the cities of every state and territory. */
function allZips(states: readonly { code: string }[] = US_STATES): ZipPlace[] {
  return states.flatMap((s) => gazetteer.citiesIn(s.code).flatMap((c) => c.zips.map((zip) => gazetteer.zip(zip)!)));
}

describe('usGazetteer: ZIP codes', () => {
  it('is built once and shared', () => {
    expect(usGazetteer()).toBe(gazetteer);
  });

  it('holds tens of thousands of ZIP codes', () => {
    expect(gazetteer.zipCount).toBeGreaterThan(30_000);
    expect(allZips()).toHaveLength(gazetteer.zipCount);
  });

  it('places 97201 in Portland, OR', () => {
    const place = gazetteer.zip('97201');
    expect(place).toMatchObject({ zip: '97201', city: 'Portland', state: 'OR' });
    expect(place!.latitude).toBeCloseTo(45.5, 0);
    expect(place!.longitude).toBeCloseTo(-122.7, 0);
  });

  it('places 10001 in New York, NY', () => {
    const place = gazetteer.zip('10001');
    expect(place).toMatchObject({ city: 'New York', state: 'NY' });
    expect(distanceKm(place!, { latitude: 40.75, longitude: -73.99 })).toBeLessThan(5);
  });

  it('has no place at 0,0 or on the equator or prime meridian', () => {
    const offenders = allZips().filter((p) => p.latitude === 0 || p.longitude === 0);
    expect(offenders).toEqual([]);
  });

  it('has no military "states" (AA, AE, AP)', () => {
    for (const code of ['AA', 'AE', 'AP']) expect(gazetteer.citiesIn(code)).toEqual([]);
    // 340xx is APO/FPO Americas, 09xxx Europe, 962xx Pacific.
    expect(gazetteer.zip('34001')).toBeUndefined();
    expect(allZips().filter((p) => !US_STATES.some((s) => s.code === p.state))).toEqual([]);
  });

  it('has no post-office artefacts or military bases', () => {
    // 569xx is the Parcel Return Service in DC.
    expect(gazetteer.zip('56901')).toBeUndefined();
    const artefacts = US_STATES.flatMap((s) => gazetteer.citiesIn(s.code)).filter((c) =>
      /parcel return|\bservice\b|\bafb\b|air force|\bnaval\b|\bnavy\b|\bj b p h h\b/i.test(c.name),
    );
    expect(artefacts.map((c) => `${c.name}, ${c.state}`)).toEqual([]);
  });

  // The `zipcodes` package stores ZIP 10200 (New York, NY) at 40.77, +73.95 (in Kyrgyzstan) and
  // files 96898 (Wake Island) under HI at 166.6 E. Every point in the 50 states and DC is west of
  // Greenwich (the Aleutians that cross 180° have no ZIP here), so the gazetteer drops them.
  it('puts every ZIP of the 50 states and DC in the western hemisphere', () => {
    const east = allZips(JURISDICTIONS).filter((p) => p.longitude > 0);
    expect(east.map((p) => `${p.zip} ${p.city}, ${p.state}`)).toEqual([]);
  });
});

describe('usGazetteer: cities', () => {
  it.each(JURISDICTIONS.map((s) => [s.code] as const))('has cities in %s, largest first', (code) => {
    const cities = gazetteer.citiesIn(code);
    expect(cities.length).toBeGreaterThan(0);
    for (let i = 1; i < cities.length; i++) expect(cities[i - 1]!.size).toBeGreaterThanOrEqual(cities[i]!.size);
    for (const city of cities) {
      expect(city.state).toBe(code);
      expect(city.zips.length).toBeGreaterThanOrEqual(city.size);
      expect(city.size).toBeGreaterThan(0);
    }
  });

  it.each<[string, string, number]>([
    ['OR', 'Portland', 1],
    ['TX', 'Houston', 3],
    ['IL', 'Chicago', 1],
    ['CA', 'Los Angeles', 3],
    ['AZ', 'Phoenix', 3],
    ['WA', 'Seattle', 3],
    ['DC', 'Washington', 1],
  ])('ranks %s: %s in the top %i', (state, name, top) => {
    expect(
      gazetteer
        .citiesIn(state)
        .slice(0, top)
        .map((c) => c.name),
    ).toContain(name);
  });

  it('puts Portland, OR near 45.5, -122.7 and lists its ZIP codes in order', () => {
    const portland = gazetteer.city('Portland', 'OR')!;
    expect(distanceKm(portland, { latitude: 45.52, longitude: -122.68 })).toBeLessThan(15);
    expect(portland.zips).toContain('97201');
    expect([...portland.zips].sort()).toEqual(portland.zips);
  });

  it('finds cities by name and state in any case and spacing', () => {
    const portland = gazetteer.city('Portland', 'OR');
    expect(portland).toBeDefined();
    expect(gazetteer.city('portland', 'or')).toBe(portland);
    expect(gazetteer.city('  PORTLAND ', 'Or')).toBe(portland);
    expect(gazetteer.citiesIn('or')).toBe(gazetteer.citiesIn('OR'));
  });

  it('keeps same-named cities in different states apart', () => {
    const oregon = gazetteer.city('Portland', 'OR')!;
    const maine = gazetteer.city('Portland', 'ME')!;
    expect(maine.state).toBe('ME');
    expect(distanceKm(oregon, maine)).toBeGreaterThan(4000);
  });

  it('returns nothing for an unknown city or state', () => {
    expect(gazetteer.city('Atlantis', 'OR')).toBeUndefined();
    expect(gazetteer.citiesIn('ZZ')).toEqual([]);
  });

  // The misplaced ZIP 10200 (see above) would drag the centroid of New York, NY to Long Island.
  it('puts New York, NY within 25 km of Midtown Manhattan', () => {
    const newYork = gazetteer.city('New York', 'NY')!;
    expect(distanceKm(newYork, { latitude: 40.75, longitude: -73.99 })).toBeLessThan(25);
  });
});

describe('timeZoneAt', () => {
  it.each<[string, number, number, string]>([
    ['Portland, OR', 45.5152, -122.6784, 'America/Los_Angeles'],
    ['Phoenix, AZ', 33.4484, -112.074, 'America/Phoenix'],
    ['Honolulu, HI', 21.3069, -157.8583, 'Pacific/Honolulu'],
    ['Anchorage, AK', 61.2181, -149.9003, 'America/Anchorage'],
    ['San Juan, PR', 18.4655, -66.1057, 'America/Puerto_Rico'],
    ['Chicago, IL', 41.8781, -87.6298, 'America/Chicago'],
    ['New York, NY', 40.7128, -74.006, 'America/New_York'],
    ['Denver, CO', 39.7392, -104.9903, 'America/Denver'],
    ['Boise, ID', 43.615, -116.2023, 'America/Boise'],
    ['Indianapolis, IN', 39.7684, -86.1581, 'America/Indiana/Indianapolis'],
  ])('gives %s the zone %s', (_place, latitude, longitude, zone) => {
    expect(timeZoneAt(latitude, longitude)).toBe(zone);
  });

  it('agrees with the gazetteer for the ZIP 97201', () => {
    const place = gazetteer.zip('97201')!;
    expect(timeZoneAt(place.latitude, place.longitude)).toBe('America/Los_Angeles');
  });

  // @photostructure/tz-lookup puts Gambell, AK, on St. Lawrence Island, in Asia/Anadyr
  // (UTC+12, almost a day ahead); it keeps Alaska time. The Alaska zone next to it corrects it.
  it('gives Gambell, AK an Alaska zone when the state is known', () => {
    expect(timeZoneAt(63.7766, -171.7017)).toBe('Asia/Anadyr');
    expect(timeZoneAt(63.7766, -171.7017, 'AK')).toBe('America/Nome');
    expect(timeZoneAt(45.5152, -122.6784, 'OR')).toBe('America/Los_Angeles');
  });

  it("keeps US places near a border on the US clock next to them, not the neighbouring country's", () => {
    const gazetteer = usGazetteer();
    // Calais ME (New Brunswick is an hour ahead), Blaine WA, Laredo TX, San Luis AZ, Jacumba CA, Cape Vincent NY, Ranier MN.
    const expected: Record<string, string> = {
      '04619': 'America/New_York',
      '98231': 'America/Los_Angeles',
      '78044': 'America/Chicago',
      '85349': 'America/Phoenix',
      '91934': 'America/Los_Angeles',
      '13618': 'America/New_York',
      '56668': 'America/Chicago',
    };
    for (const [code, zone] of Object.entries(expected)) {
      const zip = gazetteer.zip(code);
      expect(zip, code).toBeDefined();
      expect(timeZoneAt(zip!.latitude, zip!.longitude, zip!.state), code).toBe(zone);
    }
  });
});
