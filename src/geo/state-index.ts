import { editDistance } from '../domain/edit-distance.js';
import { distanceKm, KM_PER_MILE, type LatLng } from '../domain/geo.js';
import { US_STATES, type UsState } from '../domain/us-states.js';
import { editBound, type CloseMatch } from './close-matches.js';
import type { CityPlace, Gazetteer } from './gazetteer.js';
import { MAX_CITY_RADIUS_MILES, type Place } from './place.js';
import { MIN_SUGGEST_LENGTH, stateKey } from './place-keys.js';
import { timeZoneAt } from './time-zone.js';

/** Added to the distance to a state's farthest city: that city's own ZIPs spread around it. */
const STATE_RADIUS_MARGIN_MILES = 10;

/** Other names people give states: AP-style abbreviations and a few common forms. */
const STATE_ALIASES: Readonly<Record<string, string>> = {
  ala: 'AL',
  ariz: 'AZ',
  ark: 'AR',
  calif: 'CA',
  colo: 'CO',
  conn: 'CT',
  del: 'DE',
  fla: 'FL',
  ill: 'IL',
  ind: 'IN',
  kan: 'KS',
  kans: 'KS',
  mass: 'MA',
  mich: 'MI',
  minn: 'MN',
  miss: 'MS',
  mont: 'MT',
  neb: 'NE',
  nebr: 'NE',
  nev: 'NV',
  okla: 'OK',
  ore: 'OR',
  oreg: 'OR',
  penn: 'PA',
  penna: 'PA',
  tenn: 'TN',
  tex: 'TX',
  wash: 'WA',
  wva: 'WV',
  wis: 'WI',
  wisc: 'WI',
  wyo: 'WY',
  'washington state': 'WA',
  'virgin islands': 'VI',
  usvi: 'VI',
  'northern marianas': 'MP',
};

export interface StateEntry {
  state: UsState;
  point: LatLng;
  radiusMiles: number;
  timeZone: string;
  /** Folded name and aliases, for prefix and fuzzy matching. */
  names: string[];
}

/** The states and territories the gazetteer has cities in, by code, name and alias. */
export class StateIndex {
  readonly all: StateEntry[];
  private readonly byKey = new Map<string, StateEntry>();

  constructor(gazetteer: Gazetteer) {
    this.all = US_STATES.flatMap((s) => stateEntry(s, gazetteer.citiesIn(s.code)) ?? []);
    for (const entry of this.all) {
      this.byKey.set(entry.state.code.toLowerCase(), entry);
      for (const name of entry.names) this.byKey.set(name, entry);
    }
  }

  /** The state a text names: its code, its name or an alias. */
  from(text: string): StateEntry | undefined {
    const key = stateKey(text);
    const compact = key.replaceAll(' ', '');
    // "D. C." and "W. Va." fold to "d c" and "w va".
    return this.byKey.get(key) ?? (compact.length <= 4 ? this.byKey.get(compact) : undefined);
  }

  /** States whose code is the query, then those whose name begins with it, most populous first. */
  matching(query: string): StateEntry[] {
    const key = stateKey(query);
    if (key.length < MIN_SUGGEST_LENGTH) return [];
    const isExact = (s: StateEntry): boolean => s.state.code.toLowerCase() === key || s.names.includes(key);
    return this.all
      .filter((s) => isExact(s) || s.names.some((name) => name.startsWith(key)))
      .sort((a, b) => Number(isExact(b)) - Number(isExact(a)) || b.state.population - a.state.population);
  }

  /** The codes of states whose code or name begins with a partly typed state ("o" → OR, OH, OK). */
  startingWith(text: string): Set<string> {
    const key = stateKey(text);
    const codes = new Set<string>();
    if (key.length === 0) return codes;
    for (const s of this.all) {
      if (s.state.code.toLowerCase().startsWith(key) || s.names.some((n) => n.startsWith(key))) codes.add(s.state.code);
    }
    return codes;
  }

  /** States whose name or alias is a few edits from a state key. */
  close(key: string): CloseMatch<StateEntry>[] {
    if (key.length === 0) return [];
    const bound = editBound(key);
    return this.all.flatMap((state) => {
      const distance = Math.min(...state.names.map((name) => editDistance(key, name, bound)));
      return distance <= bound ? [{ distance, target: state }] : [];
    });
  }
}

export function statePlace(entry: StateEntry): Place {
  return {
    kind: 'state',
    label: entry.state.name,
    latitude: entry.point.latitude,
    longitude: entry.point.longitude,
    state: entry.state.code,
    radiusMiles: entry.radiusMiles,
    timeZone: entry.timeZone,
  };
}

/** A state's point, radius and names; none for a state or territory the gazetteer has no city in. */
function stateEntry(state: UsState, cities: readonly CityPlace[]): StateEntry | undefined {
  if (cities.length === 0) return undefined;
  const point = stateCentre(cities);
  const farthestMiles = cities.reduce((max, c) => Math.max(max, distanceKm(point, c)), 0) / KM_PER_MILE;
  const radiusMiles = Math.max(MAX_CITY_RADIUS_MILES, Math.ceil((farthestMiles + STATE_RADIUS_MARGIN_MILES) / 5) * 5);
  const aliases = Object.entries(STATE_ALIASES)
    .filter(([, code]) => code === state.code)
    .map(([alias]) => alias);
  return {
    state,
    point,
    radiusMiles,
    timeZone: timeZoneAt(point.latitude, point.longitude, state.code),
    names: [stateKey(state.name), ...aliases],
  };
}

/**
 * The size-weighted mean of the state's city centres, moved to the city nearest it: the mean
 * of an archipelago (Hawaii, the Virgin Islands) falls in the sea, and a city is always on land
 * in the state. Elsewhere the nearest city is a few kilometres from the mean.
 */
function stateCentre(cities: readonly CityPlace[]): LatLng {
  const weight = cities.reduce((sum, c) => sum + c.size, 0);
  const mean = {
    latitude: cities.reduce((sum, c) => sum + c.latitude * c.size, 0) / weight,
    longitude: cities.reduce((sum, c) => sum + c.longitude * c.size, 0) / weight,
  };
  let nearest = cities[0]!;
  for (const city of cities) if (distanceKm(mean, city) < distanceKm(mean, nearest)) nearest = city;
  return { latitude: nearest.latitude, longitude: nearest.longitude };
}
