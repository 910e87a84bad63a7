import { describe, it, expect } from 'vitest';
import { distanceKm } from '../../src/domain/geo.js';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
import { usGazetteer } from '../../src/geo/gazetteer.js';
import { usPlaces, type Place, type Resolution } from '../../src/geo/places.js';

const gazetteer = usGazetteer();
const places = usPlaces();

/** The place a text resolves to; fails the test when it resolves to none. */
function place(text: string): Place {
  const resolution = places.resolve(text);
  if (!resolution.ok) throw new Error(`"${text}" did not resolve; suggestions: ${labels(resolution.suggestions).join('; ')}`);
  return resolution.place;
}

/** The suggestions for a text that must not resolve. */
function suggestions(text: string): Place[] {
  const resolution: Resolution = places.resolve(text);
  if (resolution.ok) throw new Error(`"${text}" resolved to ${resolution.place.label}`);
  return resolution.suggestions;
}

function labels(list: readonly Place[]): string[] {
  return list.map((p) => p.label);
}

describe('usPlaces', () => {
  it('is built once and shared', () => {
    expect(usPlaces()).toBe(places);
  });
});

describe('PlaceFinder.resolve: ZIP codes', () => {
  it('resolves 97201 to Portland, OR', () => {
    const zip = place('97201');
    expect(zip).toMatchObject({ kind: 'zip', zip: '97201', city: 'Portland', state: 'OR', label: '97201 (Portland, OR)' });
    expect(distanceKm(zip, gazetteer.zip('97201')!)).toBe(0);
  });

  it('accepts ZIP+4 and surrounding spaces', () => {
    expect(place('97201-1234')).toMatchObject({ kind: 'zip', zip: '97201' });
    expect(place(' 10001 ')).toMatchObject({ kind: 'zip', zip: '10001', city: 'New York', state: 'NY' });
  });

  it('suggests the numerically nearest ZIPs of the same area for an unknown ZIP', () => {
    expect(gazetteer.zip('97297')).toBeUndefined();
    const nearby = suggestions('97297');
    expect(nearby.length).toBeGreaterThan(0);
    expect(nearby.length).toBeLessThanOrEqual(5);
    for (const p of nearby) {
      expect(p.kind).toBe('zip');
      expect(p.zip!.startsWith('972')).toBe(true);
    }
  });

  it('answers a ZIP in an area with no ZIPs without throwing', () => {
    expect(places.resolve('00000').ok).toBe(false);
  });

  it('uses the ZIP at the end of a pasted address', () => {
    expect(place('12 Main St, Portland, OR 97201')).toMatchObject({ kind: 'zip', zip: '97201' });
  });
});

describe('PlaceFinder.resolve: cities', () => {
  it.each([
    'Portland, OR',
    'portland or',
    'Portland, Oregon',
    'PORTLAND,OR',
    'Portland,\tOR',
    '  Portland ,  OR ',
    'Portland, OR, USA',
    'Portland OR US',
  ])('resolves %j to Portland, OR', (text) => {
    const portland = place(text);
    expect(portland).toMatchObject({ kind: 'city', label: 'Portland, OR', city: 'Portland', state: 'OR' });
    expect(distanceKm(portland, gazetteer.city('Portland', 'OR')!)).toBe(0);
  });

  it('keeps Portland, ME apart from Portland, OR', () => {
    const maine = place('Portland, ME');
    expect(maine).toMatchObject({ kind: 'city', label: 'Portland, ME', state: 'ME' });
    expect(distanceKm(maine, place('Portland, OR'))).toBeGreaterThan(4000);
  });

  it('reads "New York, NY" and "Washington, DC" as cities', () => {
    expect(place('New York, NY')).toMatchObject({ kind: 'city', city: 'New York', state: 'NY' });
    expect(place('New York New York')).toMatchObject({ kind: 'city', city: 'New York', state: 'NY' });
    expect(place('NYC')).toMatchObject({ kind: 'city', city: 'New York', state: 'NY' });
    expect(place('New York City')).toMatchObject({ kind: 'city', city: 'New York', state: 'NY' });
    expect(place('New York City, NY')).toMatchObject({ kind: 'city', city: 'New York', state: 'NY' });
    expect(place('Washington, DC')).toMatchObject({ kind: 'city', city: 'Washington', state: 'DC' });
    expect(place('Washington D.C.')).toMatchObject({ kind: 'city', city: 'Washington', state: 'DC' });
  });

  it('treats St., St and Saint alike, and Ft/Fort, Mt/Mount', () => {
    const stLouis = place('St. Louis, MO');
    expect(stLouis).toMatchObject({ kind: 'city', state: 'MO' });
    expect(place('Saint Louis, MO')).toEqual(stLouis);
    expect(place('St Louis MO')).toEqual(stLouis);
    expect(place('Ft Wayne, IN')).toEqual(place('Fort Wayne, Indiana'));
    expect(place('Mt Vernon, NY')).toEqual(place('Mount Vernon, NY'));
  });

  it('ignores accents, apostrophes and hyphens', () => {
    expect(place('San José, CA')).toMatchObject({ city: 'San Jose', state: 'CA' });
    expect(place("Coeur d'Alene, ID")).toMatchObject({ kind: 'city', state: 'ID' });
    expect(place('Winston-Salem, NC')).toEqual(place('Winston Salem NC'));
  });

  it('resolves a city name that no other state shares without a state', () => {
    expect(place('Albuquerque')).toMatchObject({ kind: 'city', city: 'Albuquerque', state: 'NM' });
  });

  it('suggests the largest Springfields, with their states, for "Springfield" alone', () => {
    const springfields = suggestions('Springfield');
    expect(springfields.length).toBeGreaterThanOrEqual(3);
    expect(new Set(springfields.map((p) => p.state)).size).toBe(springfields.length);
    const sizes = springfields.map((p) => {
      expect(p).toMatchObject({ kind: 'city', city: 'Springfield' });
      return gazetteer.city(p.city!, p.state)!.size;
    });
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(springfields.map((p) => p.state)).toContain('IL');
  });
});

describe('PlaceFinder.resolve: typos', () => {
  it('suggests Portland, OR first for "Portlnd, OR"', () => {
    expect(labels(suggestions('Portlnd, OR'))[0]).toBe('Portland, OR');
    expect(labels(suggestions('Portlnd OR'))[0]).toBe('Portland, OR');
  });

  it('suggests Phoenix, AZ for "Pheonix"', () => {
    expect(labels(suggestions('Pheonix'))).toContain('Phoenix, AZ');
  });

  it('suggests Saint Louis, MO for "Sant Louis, MO"', () => {
    expect(labels(suggestions('Sant Louis, MO'))).toContain('Saint Louis, MO');
  });

  it('suggests the state for a misspelt state and the city for a misspelt state qualifier', () => {
    expect(labels(suggestions('Oregn'))[0]).toBe('Oregon');
    expect(labels(suggestions('Portland, Oregn'))).toContain('Portland, OR');
  });

  it('gives at most five suggestions', () => {
    for (const text of ['Springfield', 'Pheonix', 'Sant Louis', '97297']) {
      expect(suggestions(text).length).toBeLessThanOrEqual(5);
    }
  });
});

describe('PlaceFinder.resolve: input that is no place', () => {
  it.each([
    ['empty', ''],
    ['blank', '   \t\n '],
    ['10,000 characters', 'a'.repeat(10_000)],
    ['10,000 characters after a city', `Portland, OR ${'x'.repeat(10_000)}`],
    ['control characters', '\u0000\u0001\u0007\u001b\u007f'],
    ['only a country', 'USA'],
    ['punctuation', ',,,;;'],
  ])('answers %s with ok: false without throwing', (_name, text) => {
    const resolution = places.resolve(text);
    expect(resolution.ok).toBe(false);
    expect(places.suggest(text)).toEqual(expect.any(Array));
  });
});

describe('PlaceFinder.resolve: states', () => {
  it.each([
    ['or', 'OR'],
    ['OR', 'OR'],
    ['Oregon', 'OR'],
    ['new york', 'NY'],
    ['New York', 'NY'],
    ['Washington', 'WA'],
    ['DC', 'DC'],
    ['D.C.', 'DC'],
    ['District of Columbia', 'DC'],
    ['West Virginia', 'WV'],
    ['Puerto Rico', 'PR'],
  ])('resolves %j to the state %s', (text, code) => {
    expect(place(text)).toMatchObject({ kind: 'state', state: code });
  });

  it.each(JURISDICTIONS.map((s) => [s.code, s.name] as const))('resolves %s by code and name to a point in the state', (code, name) => {
    const byName = place(name);
    expect(byName).toMatchObject({ kind: 'state', state: code, label: name });
    expect(place(code)).toEqual(byName);
    expect(place(code.toLowerCase())).toEqual(byName);
    const largest = gazetteer.citiesIn(code)[0]!;
    expect(distanceKm(byName, largest)).toBeLessThan(code === 'AK' ? 1000 : 500);
  });

  it('puts Florida on the peninsula, not in the Gulf', () => {
    const florida = place('Florida');
    expect(florida.latitude).toBeGreaterThan(25);
    expect(florida.latitude).toBeLessThan(31);
    expect(florida.longitude).toBeGreaterThan(-87.6);
    expect(florida.longitude).toBeLessThan(-80);
    // South of 29.5° N the Gulf coast lies west of about 82.7° W.
    if (florida.latitude < 29.5) expect(florida.longitude).toBeGreaterThan(-82.7);
  });

  it('puts Michigan in the lower peninsula', () => {
    const michigan = place('Michigan');
    expect(michigan.latitude).toBeGreaterThan(41.7);
    expect(michigan.latitude).toBeLessThan(45.8);
    expect(michigan.longitude).toBeGreaterThan(-86.5);
    expect(michigan.longitude).toBeLessThan(-82.4);
  });

  it('puts Hawaii on an island, not in a channel between them', () => {
    const hawaii = place('Hawaii');
    const nearest = Math.min(...gazetteer.citiesIn('HI').map((c) => distanceKm(hawaii, c)));
    expect(nearest).toBeLessThan(1);
  });
});

describe('PlaceFinder.resolve: radius and time zone', () => {
  it('gives a ZIP a smaller radius than a big city, and a state at least as large as a big city', () => {
    const zip = place('97201');
    const city = place('Portland, OR');
    const state = place('Oregon');
    expect(zip.radiusMiles).toBeGreaterThanOrEqual(5);
    expect(zip.radiusMiles).toBeLessThan(city.radiusMiles);
    expect(city.radiusMiles).toBeLessThanOrEqual(25);
    expect(city.radiusMiles).toBeLessThanOrEqual(state.radiusMiles);
    expect(place('Washington, DC').radiusMiles).toBeLessThanOrEqual(place('DC').radiusMiles);
  });

  it('gives a bigger city a radius at least as large as a small one', () => {
    expect(place('Portland, OR').radiusMiles).toBeGreaterThan(place('Portland, ME').radiusMiles);
  });

  it('gives a state a radius that reaches its farthest city', () => {
    const texas = place('Texas');
    const farthest = Math.max(...gazetteer.citiesIn('TX').map((c) => distanceKm(texas, c)));
    expect(texas.radiusMiles * 1.609344).toBeGreaterThanOrEqual(farthest);
  });

  it.each([
    ['Phoenix, AZ', 'America/Phoenix'],
    ['Honolulu, HI', 'Pacific/Honolulu'],
    ['Hawaii', 'Pacific/Honolulu'],
    ['97201', 'America/Los_Angeles'],
    ['New York, NY', 'America/New_York'],
    ['Chicago, IL', 'America/Chicago'],
  ])('gives %s the zone %s', (text, zone) => {
    expect(place(text).timeZone).toBe(zone);
  });
});

describe('PlaceFinder.suggest', () => {
  it('suggests Portland, OR before Portland, ME for "port"', () => {
    const found = labels(places.suggest('port'));
    expect(found).toContain('Portland, OR');
    expect(found).toContain('Portland, ME');
    expect(found.indexOf('Portland, OR')).toBeLessThan(found.indexOf('Portland, ME'));
  });

  it('ranks cities by size, biggest first', () => {
    const found = places.suggest('san').filter((p) => p.kind === 'city');
    const sizes = found.map((p) => gazetteer.city(p.city!, p.state)!.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('suggests ZIP codes for a ZIP prefix', () => {
    const found = places.suggest('972');
    expect(found).toHaveLength(8);
    for (const p of found) {
      expect(p.kind).toBe('zip');
      expect(p.zip!.startsWith('972')).toBe(true);
    }
  });

  it('suggests states by name prefix and code', () => {
    expect(labels(places.suggest('ore'))).toContain('Oregon');
    expect(labels(places.suggest('or'))[0]).toBe('Oregon');
    expect(labels(places.suggest('new'))).toContain('New York');
  });

  it('matches St and Saint alike', () => {
    expect(labels(places.suggest('st lou'))).toContain('Saint Louis, MO');
    expect(labels(places.suggest('st'))).toContain('Saint Louis, MO');
  });

  it('narrows by a state typed after the city', () => {
    expect(labels(places.suggest('portland, m'))).toContain('Portland, ME');
    expect(labels(places.suggest('portland, m'))).not.toContain('Portland, OR');
    expect(labels(places.suggest('portland o'))[0]).toBe('Portland, OR');
  });

  it('needs at least two characters', () => {
    expect(places.suggest('x')).toEqual([]);
    expect(places.suggest('9')).toEqual([]);
    expect(places.suggest('')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(places.suggest('sa', 3)).toHaveLength(3);
    expect(places.suggest('sa')).toHaveLength(8);
    expect(places.suggest('sa', 0)).toEqual([]);
  });
});
