import { distanceKm, KM_PER_MILE, type LatLng } from '../domain/geo.js';
import { US_STATES, type UsState } from '../domain/us-states.js';
import { usGazetteer, type CityPlace, type Gazetteer, type ZipPlace } from './gazetteer.js';
import { timeZoneAt } from './time-zone.js';

export type PlaceKind = 'zip' | 'city' | 'state';

export interface Place {
  kind: PlaceKind;
  /** Display label: "97201 (Portland, OR)", "Portland, OR", "Oregon". */
  label: string;
  latitude: number;
  longitude: number;
  /** Two-letter code. */
  state: string;
  /** For zip and city. */
  city?: string;
  /** For zip. */
  zip?: string;
  /** A sensible default search radius in miles for this kind of place. */
  radiusMiles: number;
  /** The IANA time zone at the place. */
  timeZone: string;
}

export type Resolution = { ok: true; place: Place } | { ok: false; suggestions: Place[] };

const ZIP_RADIUS_MILES = 10;
const MIN_CITY_RADIUS_MILES = 10;
const MAX_CITY_RADIUS_MILES = 25;
/** A city with this many ZIP points or more gets the largest city radius. */
const BIG_CITY_SIZE = 100;
/** Added to the distance to a state's farthest city: that city's own ZIPs spread around it. */
const STATE_RADIUS_MARGIN_MILES = 10;
const MAX_SUGGESTIONS = 5;
const DEFAULT_SUGGEST_LIMIT = 8;
const MIN_SUGGEST_LENGTH = 2;
/** Far longer than any place name, even with a street address in front; longer input is no place. */
const MAX_QUERY_LENGTH = 200;
/** Input this long is rejected before any work is spent on it. */
const MAX_RAW_LENGTH = 1000;

const ZIP_ONLY = /^(\d{5})(?:[- ]?\d{4})?$/;
const ZIP_AT_END = /^(.*[^\d\s-])[\s,]*(\d{5})(?:-\d{4})?$/;
const ZIP_PREFIX = /^(\d{2,5})(?:-\d{0,4})?$/;
const PARTIAL_ZIP = /^\d{3,4}$/;
const TRAILING_COUNTRY = /[\s,]*\b(?:u\.?\s?s\.?(?:\s?a\.?)?|united states(?: of america)?)$/;

/** Both spellings of these words name the same city ("St. Louis", "Saint Louis"); keys use the long form. */
const WORD_FORMS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['ft', 'fort'],
  ['mt', 'mount'],
]);

/** Other names people give states: AP-style abbreviations and a few common forms. */
const STATE_ALIASES: Readonly<Record<string, string>> = {
  ala: 'AL', ariz: 'AZ', ark: 'AR', calif: 'CA', colo: 'CO', conn: 'CT', del: 'DE', fla: 'FL',
  ill: 'IL', ind: 'IN', kan: 'KS', kans: 'KS', mass: 'MA', mich: 'MI', minn: 'MN', miss: 'MS',
  mont: 'MT', neb: 'NE', nebr: 'NE', nev: 'NV', okla: 'OK', ore: 'OR', oreg: 'OR', penn: 'PA',
  penna: 'PA', tenn: 'TN', tex: 'TX', wash: 'WA', wva: 'WV', wis: 'WI', wisc: 'WI', wyo: 'WY',
  'washington state': 'WA', 'virgin islands': 'VI', usvi: 'VI', 'northern marianas': 'MP',
};

/** "New York" alone is the state, so the city needs names of its own. Keys are name keys (see `nameKey`). */
const CITY_ALIASES: ReadonlyMap<string, { key: string; state: string }> = new Map([
  ['nyc', { key: 'newyork', state: 'NY' }],
  ['newyorkcity', { key: 'newyork', state: 'NY' }],
]);

interface StateEntry {
  state: UsState;
  point: LatLng;
  radiusMiles: number;
  timeZone: string;
  /** Folded name and aliases, for prefix and fuzzy matching. */
  names: string[];
}

interface CityEntry {
  /** The city's name key (see `nameKey`). */
  key: string;
  city: CityPlace;
}

/** One way to read the query: a city (name key) in a state, a city in any state, or a state. */
interface Reading {
  city?: string;
  state?: StateEntry;
  /** The text after the last comma when it named no state: perhaps a misspelt one. */
  stateText?: string;
}

interface Candidate {
  distance: number;
  target: CityPlace | StateEntry;
}

/**
 * Turns what a person types into a place, offline: ZIP codes, cities and states of the
 * gazetteer. All indexes are built once here so that `suggest` can answer per keystroke.
 */
export class PlaceFinder {
  private readonly gazetteer: Gazetteer;
  /** Every city, sorted by name key and then size (largest first), for prefix search. */
  private readonly cityIndex: CityEntry[];
  private readonly cityByKey = new Map<string, CityPlace>();
  /** Cities sharing a name key across states, largest first. */
  private readonly citiesByName = new Map<string, CityPlace[]>();
  private readonly cityEntriesByState = new Map<string, CityEntry[]>();
  private readonly zipCodes: string[];
  private readonly states: StateEntry[];
  private readonly stateByKey = new Map<string, StateEntry>();

  constructor(gazetteer: Gazetteer) {
    this.gazetteer = gazetteer;
    const cities = US_STATES.flatMap((s) => gazetteer.citiesIn(s.code));
    this.cityIndex = cities.map((city) => ({ key: nameKey(city.name), city })).sort(byKeyThenSize);
    for (const entry of this.cityIndex) this.indexCity(entry);
    this.zipCodes = [];
    for (const city of cities) for (const zip of city.zips) this.zipCodes.push(zip);
    this.zipCodes.sort();
    this.states = US_STATES.flatMap((s) => stateEntry(s, gazetteer.citiesIn(s.code)) ?? []);
    for (const entry of this.states) {
      this.stateByKey.set(entry.state.code.toLowerCase(), entry);
      for (const name of entry.names) this.stateByKey.set(name, entry);
    }
  }

  resolve(text: string): Resolution {
    const query = prepare(text);
    if (query === undefined) return noMatch([]);
    const zip = ZIP_ONLY.exec(query)?.[1];
    if (zip !== undefined) return this.resolveZip(zip);
    if (PARTIAL_ZIP.test(query)) return noMatch(this.partialZipSuggestions(query));
    const withZip = ZIP_AT_END.exec(query);
    const zipPlace = withZip ? this.gazetteer.zip(withZip[2]!) : undefined;
    // A pasted address ("Portland, OR 97201"): its ZIP is the most precise part of it.
    if (zipPlace) return { ok: true, place: this.zipPlace(zipPlace) };
    const rest = withZip ? withZip[1]!.replace(/[\s,]+$/, '') : query;
    const readings = this.readingsOf(rest);
    for (const reading of readings) {
      const place = this.exact(reading);
      if (place) return { ok: true, place };
    }
    return noMatch(this.closeMatches(rest, readings));
  }

  suggest(text: string, limit = DEFAULT_SUGGEST_LIMIT): Place[] {
    const query = prepare(text);
    if (query === undefined || query.length < MIN_SUGGEST_LENGTH || limit < 1) return [];
    const zipPrefix = ZIP_PREFIX.exec(query)?.[1];
    if (zipPrefix !== undefined) return this.zipsStartingWith(zipPrefix, limit).map((z) => this.zipPlace(z));
    if (query.includes(',')) return this.suggestQualified(query, limit);
    const states = this.statesMatching(query);
    const cities = this.citiesStartingWith(typedPrefixes(query), undefined, limit);
    const found = [...states.map((s) => this.statePlace(s)), ...cities.map((c) => this.cityPlace(c))];
    if (found.length < limit) found.push(...this.suggestWithTrailingState(query, limit, cities));
    return found.slice(0, limit);
  }

  // --- indexing -------------------------------------------------------------------------

  /** Entries arrive largest first within a name key, so the first city seen per state wins. */
  private indexCity(entry: CityEntry): void {
    const key = `${entry.key}|${entry.city.state}`;
    if (this.cityByKey.has(key)) return;
    this.cityByKey.set(key, entry.city);
    pushTo(this.citiesByName, entry.key, entry.city);
    pushTo(this.cityEntriesByState, entry.city.state, entry);
  }

  // --- exact resolution ------------------------------------------------------------------

  private resolveZip(zip: string): Resolution {
    const place = this.gazetteer.zip(zip);
    return place ? { ok: true, place: this.zipPlace(place) } : noMatch(this.nearbyZips(zip));
  }

  /** The ways the query can be read, most specific first. */
  private readingsOf(query: string): Reading[] {
    // A state's name alone is the state, even where a city shares it ("New York", "Washington").
    const state = this.stateFrom(query);
    if (state) return [{ state }];
    const parts = query.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
    if (parts.length > 1) return this.commaReadings(parts);
    return [...this.trailingStateReadings(query), this.cityReading(query)];
  }

  /** A city, by its name key or an alias of it, in the given state or, for an alias, its own. */
  private cityReading(text: string, state?: StateEntry): Reading {
    const key = nameKey(text);
    const alias = CITY_ALIASES.get(key);
    if (!alias) return { city: key, state };
    return { city: alias.key, state: state ?? this.stateFrom(alias.state) };
  }

  /** "City, State", and the city part of an address ("12 Main St, Portland, OR"). */
  private commaReadings(parts: string[]): Reading[] {
    const stateText = parts[parts.length - 1]!;
    const state = this.stateFrom(stateText);
    if (!state) return [{ ...this.cityReading(parts[0]!), stateText }];
    return parts.slice(0, -1).reverse().map((part) => this.cityReading(part, state));
  }

  /** "City ST" and "City State" without a comma: the last one to three words may be the state. */
  private trailingStateReadings(query: string): Reading[] {
    const words = query.split(' ');
    const readings: Reading[] = [];
    for (let count = 1; count <= 3 && count < words.length; count++) {
      const state = this.stateFrom(words.slice(-count).join(' '));
      if (state) readings.push(this.cityReading(words.slice(0, -count).join(' '), state));
    }
    return readings;
  }

  private exact(reading: Reading): Place | undefined {
    const { city, state } = reading;
    if (city === undefined) return state && this.statePlace(state);
    if (state) {
      const found = this.cityByKey.get(`${city}|${state.state.code}`);
      return found && this.cityPlace(found);
    }
    // Without a state only a name no other state shares is exact ("Springfield" is not).
    const named = this.citiesByName.get(city);
    return named?.length === 1 ? this.cityPlace(named[0]!) : undefined;
  }

  private stateFrom(text: string): StateEntry | undefined {
    const key = stateKey(text);
    const compact = key.replaceAll(' ', '');
    // "D. C." and "W. Va." fold to "d c" and "w va".
    return this.stateByKey.get(key) ?? (compact.length <= 4 ? this.stateByKey.get(compact) : undefined);
  }

  // --- the failure path: close matches ---------------------------------------------------

  private closeMatches(query: string, readings: readonly Reading[]): Place[] {
    const candidates = readings.flatMap((r) => this.candidatesFor(r));
    // A misspelt state is suggested only when the query named no state of its own ("Oregn").
    if (!readings.some((r) => r.state !== undefined || r.stateText !== undefined)) {
      candidates.push(...this.closeStates(stateKey(query)));
    }
    const best = rankCandidates(candidates).slice(0, MAX_SUGGESTIONS);
    if (best.length === 0) return this.suggest(query, MAX_SUGGESTIONS);
    return best.map((t) => ('point' in t ? this.statePlace(t) : this.cityPlace(t)));
  }

  private candidatesFor(reading: Reading): Candidate[] {
    const { city, state, stateText } = reading;
    if (city === undefined || city.length === 0) return [];
    if (state) return this.closeCitiesIn([state], city);
    if (stateText !== undefined) {
      const states = this.closeStates(stateKey(stateText)).map((c) => c.target);
      if (states.length > 0) return this.closeCitiesIn(states, city);
    }
    return this.closeCitiesAnywhere(city);
  }

  private closeCitiesIn(states: readonly StateEntry[], key: string): Candidate[] {
    const bound = editBound(key);
    const candidates: Candidate[] = [];
    for (const state of states) {
      for (const entry of this.cityEntriesByState.get(state.state.code) ?? []) {
        const distance = closeness(key, entry.key, bound);
        if (distance <= bound) candidates.push({ distance, target: entry.city });
      }
    }
    return candidates;
  }

  /** Same-named cities in several states ("Springfield"), else names a few edits away. */
  private closeCitiesAnywhere(key: string): Candidate[] {
    const named = this.citiesByName.get(key);
    if (named) return named.map((city) => ({ distance: 0, target: city }));
    const bound = editBound(key);
    const candidates: Candidate[] = [];
    for (const [name, cities] of this.citiesByName) {
      const distance = closeness(key, name, bound);
      if (distance > bound) continue;
      for (const city of cities.slice(0, MAX_SUGGESTIONS)) candidates.push({ distance, target: city });
    }
    return candidates;
  }

  private closeStates(key: string): { distance: number; target: StateEntry }[] {
    if (key.length === 0) return [];
    const bound = editBound(key);
    return this.states.flatMap((state) => {
      const distance = Math.min(...state.names.map((name) => editDistance(key, name, bound)));
      return distance <= bound ? [{ distance, target: state }] : [];
    });
  }

  /** An unknown ZIP: the known ones numerically nearest it in its 3-digit area. */
  private nearbyZips(zip: string): Place[] {
    const target = Number(zip);
    return this.zipsStartingWith(zip.slice(0, 3), Infinity)
      .map((place) => ({ place, gap: Math.abs(Number(place.zip) - target) }))
      .sort((a, b) => a.gap - b.gap || a.place.zip.localeCompare(b.place.zip))
      .slice(0, MAX_SUGGESTIONS)
      .map(({ place }) => this.zipPlace(place));
  }

  /** Three or four digits: the ZIPs they begin, and the ZIP whose leading zero a spreadsheet dropped. */
  private partialZipSuggestions(digits: string): Place[] {
    const padded = digits.length === 4 ? this.gazetteer.zip(`0${digits}`) : undefined;
    const zips = [...(padded ? [padded] : []), ...this.zipsStartingWith(digits, MAX_SUGGESTIONS)];
    return zips.slice(0, MAX_SUGGESTIONS).map((z) => this.zipPlace(z));
  }

  // --- prefix suggestions -----------------------------------------------------------------

  private zipsStartingWith(prefix: string, limit: number): ZipPlace[] {
    const zips: ZipPlace[] = [];
    for (let i = lowerBound(this.zipCodes, prefix, (z) => z); i < this.zipCodes.length && zips.length < limit; i++) {
      const code = this.zipCodes[i]!;
      if (!code.startsWith(prefix)) break;
      const place = this.gazetteer.zip(code);
      if (place) zips.push(place);
    }
    return zips;
  }

  /** States whose code is the query, then those whose name begins with it, most populous first. */
  private statesMatching(query: string): StateEntry[] {
    const key = stateKey(query);
    if (key.length < MIN_SUGGEST_LENGTH) return [];
    const isExact = (s: StateEntry): boolean => s.state.code.toLowerCase() === key || s.names.includes(key);
    return this.states
      .filter((s) => isExact(s) || s.names.some((name) => name.startsWith(key)))
      .sort((a, b) => Number(isExact(b)) - Number(isExact(a)) || b.state.population - a.state.population);
  }

  /** States whose code or name begins with a partly typed state ("o" → OR, OH, OK). */
  private statesStartingWith(text: string): Set<string> {
    const key = stateKey(text);
    const codes = new Set<string>();
    if (key.length === 0) return codes;
    for (const s of this.states) {
      if (s.state.code.toLowerCase().startsWith(key) || s.names.some((n) => n.startsWith(key))) codes.add(s.state.code);
    }
    return codes;
  }

  /** The largest cities whose name key begins with any of the prefixes, in the given states if any. */
  private citiesStartingWith(prefixes: readonly string[], states: ReadonlySet<string> | undefined, limit: number): CityPlace[] {
    const best: CityPlace[] = [];
    for (const prefix of prefixes) {
      if (prefix.length === 0) continue;
      for (let i = lowerBound(this.cityIndex, prefix, (e) => e.key); i < this.cityIndex.length; i++) {
        const { key, city } = this.cityIndex[i]!;
        if (!key.startsWith(prefix)) break;
        if (!states || states.has(city.state)) keepBest(best, city, limit);
      }
    }
    return best;
  }

  /** "Portland, O…": a city typed in full and its state in part. */
  private suggestQualified(query: string, limit: number): Place[] {
    const cityText = query.slice(0, query.indexOf(','));
    const stateText = query.slice(query.lastIndexOf(',') + 1);
    const states = this.statesStartingWith(stateText);
    if (states.size === 0) return [];
    return this.citiesStartingWith([nameKey(cityText)], states, limit).map((c) => this.cityPlace(c));
  }

  /** "portland or" and "new york n" without a comma: the last words may begin a state. */
  private suggestWithTrailingState(query: string, limit: number, already: readonly CityPlace[]): Place[] {
    const words = query.split(' ');
    const found: CityPlace[] = [];
    for (let count = 1; count <= 2 && count < words.length; count++) {
      const states = this.statesStartingWith(words.slice(-count).join(' '));
      if (states.size === 0) continue;
      const cityKey = nameKey(words.slice(0, -count).join(' '));
      for (const city of this.citiesStartingWith([cityKey], states, limit)) {
        if (!already.includes(city) && !found.includes(city)) found.push(city);
      }
    }
    return found.sort(bySize).slice(0, limit).map((c) => this.cityPlace(c));
  }

  // --- places ------------------------------------------------------------------------------

  private zipPlace(zip: ZipPlace): Place {
    return {
      kind: 'zip',
      label: `${zip.zip} (${zip.city}, ${zip.state})`,
      latitude: zip.latitude,
      longitude: zip.longitude,
      state: zip.state,
      city: zip.city,
      zip: zip.zip,
      radiusMiles: ZIP_RADIUS_MILES,
      timeZone: timeZoneAt(zip.latitude, zip.longitude, zip.state),
    };
  }

  private cityPlace(city: CityPlace): Place {
    return {
      kind: 'city',
      label: `${city.name}, ${city.state}`,
      latitude: city.latitude,
      longitude: city.longitude,
      state: city.state,
      city: city.name,
      radiusMiles: cityRadiusMiles(city.size),
      timeZone: timeZoneAt(city.latitude, city.longitude, city.state),
    };
  }

  private statePlace(entry: StateEntry): Place {
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
}

let finder: PlaceFinder | undefined;

/** The one finder for the US gazetteer, built on first use. */
export function usPlaces(): PlaceFinder {
  finder ??= new PlaceFinder(usGazetteer());
  return finder;
}

// --- states ----------------------------------------------------------------------------------

/** A state's point, radius and names; none for a state or territory the gazetteer has no city in. */
function stateEntry(state: UsState, cities: readonly CityPlace[]): StateEntry | undefined {
  if (cities.length === 0) return undefined;
  const point = stateCentre(cities);
  const farthestMiles = cities.reduce((max, c) => Math.max(max, distanceKm(point, c)), 0) / KM_PER_MILE;
  const radiusMiles = Math.max(MAX_CITY_RADIUS_MILES, Math.ceil((farthestMiles + STATE_RADIUS_MARGIN_MILES) / 5) * 5);
  const aliases = Object.entries(STATE_ALIASES).filter(([, code]) => code === state.code).map(([alias]) => alias);
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

/** From 10 miles for a one-ZIP town to 25 for a city of 100 ZIP points: bigger cities sprawl. */
function cityRadiusMiles(size: number): number {
  const share = Math.min(1, Math.log(Math.max(1, size)) / Math.log(BIG_CITY_SIZE));
  return Math.round(MIN_CITY_RADIUS_MILES + (MAX_CITY_RADIUS_MILES - MIN_CITY_RADIUS_MILES) * share);
}

// --- text --------------------------------------------------------------------------------------

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Lower case, no accents, control characters as spaces, spaces collapsed. */
function fold(text: string): string {
  // Nearly every name and query is printable ASCII, and Unicode normalisation costs most of the
  // time it takes to index 30,000 city names.
  if (PLAIN_ASCII.test(text)) return text.replace(/ {2,}/g, ' ').trim().toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\s\p{C}\p{Z}]+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The folded query without a trailing country or stray punctuation; undefined when it can be no place. */
function prepare(text: string): string | undefined {
  if (text.length > MAX_RAW_LENGTH) return undefined;
  const query = fold(text)
    .replace(TRAILING_COUNTRY, '')
    .replace(/^[\s,;]+|[\s,;]+$/g, '');
  return query.length > 0 && query.length <= MAX_QUERY_LENGTH ? query : undefined;
}

function words(text: string): string[] {
  return fold(text)
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * A city name as matched: folded, "st"/"ft"/"mt" spelt out, then without spaces or punctuation,
 * because the gazetteer writes "Mc Kenzie" and "Coeur D Alene" where people type "McKenzie" and
 * "Coeur d'Alene".
 */
function nameKey(text: string): string {
  return words(text)
    .map((w) => WORD_FORMS.get(w) ?? w)
    .join('');
}

/** A state name or code as matched: folded, letters only ("D.C." → "dc"). */
function stateKey(text: string): string {
  return fold(text)
    .replaceAll('.', '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** The name keys a half-typed query may begin: its last word as typed, and spelt out ("st" → "saint"). */
function typedPrefixes(query: string): string[] {
  const typed = words(query);
  const last = typed.pop();
  if (last === undefined) return [];
  const head = typed.map((w) => WORD_FORMS.get(w) ?? w).join('');
  const spelt = WORD_FORMS.get(last);
  return spelt === undefined ? [head + last] : [head + last, head + spelt];
}

// --- ranking and searching ------------------------------------------------------------------------

/** Closest first; at equal distance states before cities, then bigger cities first. */
function rankCandidates(candidates: readonly Candidate[]): (CityPlace | StateEntry)[] {
  const sorted = [...candidates].sort((a, b) => a.distance - b.distance || rankTarget(a.target, b.target));
  return [...new Set(sorted.map((c) => c.target))];
}

function rankTarget(a: CityPlace | StateEntry, b: CityPlace | StateEntry): number {
  const aState = 'point' in a;
  const bState = 'point' in b;
  if (aState || bState) return Number(bState) - Number(aState);
  return bySize(a, b);
}

function bySize(a: CityPlace, b: CityPlace): number {
  return b.size - a.size || compare(a.name, b.name) || compare(a.state, b.state);
}

function byKeyThenSize(a: CityEntry, b: CityEntry): number {
  return compare(a.key, b.key) || bySize(a.city, b.city);
}

/** Plain code-unit order: the keys are ASCII, and binary search needs the order `sort` used. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Inserts the city into `best` (kept sorted by size, at most `limit` long). */
function keepBest(best: CityPlace[], city: CityPlace, limit: number): void {
  if (best.includes(city)) return;
  if (best.length >= limit && bySize(city, best[best.length - 1]!) >= 0) return;
  let i = best.length;
  while (i > 0 && bySize(city, best[i - 1]!) < 0) i--;
  best.splice(i, 0, city);
  if (best.length > limit) best.pop();
}

/** The first index whose key is not below `prefix`. */
function lowerBound<T>(items: readonly T[], prefix: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(items[mid]!) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function noMatch(suggestions: Place[]): Resolution {
  return { ok: false, suggestions };
}

/** How many edits a typo of this length may hold: none in very short words, where any edit makes another word. */
function editBound(key: string): number {
  if (key.length <= 3) return 0;
  if (key.length <= 5) return 1;
  return key.length <= 10 ? 2 : 3;
}

/** Minimum length of a key that counts as the start of a longer name when nothing matched ("Portla"). */
const MIN_PREFIX_MATCH = 4;

/** Edits between a typed key and a name; the name's beginning, typed in full, counts as one edit. */
function closeness(key: string, name: string, bound: number): number {
  if (key.length >= MIN_PREFIX_MATCH && name.length > key.length && name.startsWith(key)) return Math.min(1, bound);
  return editDistance(key, name, bound);
}

/** Three rows of the edit-distance table, reused: the failure path compares ~19,000 names per query. */
let rows = new Int32Array(3 * 64);

/**
 * Optimal-string-alignment distance (a swap of neighbours is one edit: "Pheonix"), or
 * `bound + 1` as soon as it must exceed `bound`: most names are given up after a row or two.
 */
function editDistance(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(6 * width);
  // Offsets of the rows for i - 2, i - 1 and i within `rows`.
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    let rowMin = i;
    for (let j = 1; j < width; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + cost);
      const swapped = i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1);
      if (swapped) d = Math.min(d, rows[before + j - 2]! + 1);
      rows[current + j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > bound) return bound + 1;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(rows[previous + b.length]!, bound + 1);
}
