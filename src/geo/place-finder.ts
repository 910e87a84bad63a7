import { US_STATES } from '../domain/us-states.js';
import { bySize, CityIndex } from './city-index.js';
import type { CloseMatch } from './close-matches.js';
import type { CityPlace, Gazetteer } from './gazetteer.js';
import { cityPlace, noMatch, zipPlace, type Place, type Resolution } from './place.js';
import { MIN_SUGGEST_LENGTH, nameKey, prepare, stateKey, typedPrefixes } from './place-keys.js';
import { StateIndex, statePlace, type StateEntry } from './state-index.js';
import { ZipIndex } from './zip-index.js';

const MAX_SUGGESTIONS = 5;
const DEFAULT_SUGGEST_LIMIT = 8;

const ZIP_ONLY = /^(\d{5})(?:[- ]?\d{4})?$/;
const ZIP_AT_END = /^(.*[^\d\s-])[\s,]*(\d{5})(?:-\d{4})?$/;
const ZIP_PREFIX = /^(\d{2,5})(?:-\d{0,4})?$/;
const PARTIAL_ZIP = /^\d{3,4}$/;

/** "New York" alone is the state, so the city needs names of its own. Keys are name keys (see `nameKey`). */
const CITY_ALIASES: ReadonlyMap<string, { key: string; state: string }> = new Map([
  ['nyc', { key: 'newyork', state: 'NY' }],
  ['newyorkcity', { key: 'newyork', state: 'NY' }],
]);

/** One way to read the query: a city (name key) in a state, a city in any state, or a state. */
interface Reading {
  city?: string;
  state?: StateEntry;
  /** The text after the last comma when it named no state: perhaps a misspelt one. */
  stateText?: string;
}

type Candidate = CloseMatch<CityPlace | StateEntry>;

/**
 * Turns what a person types into a place, offline: ZIP codes, cities and states of the
 * gazetteer. All indexes are built once here so that `suggest` can answer per keystroke.
 */
export class PlaceFinder {
  private readonly cities: CityIndex;
  private readonly zips: ZipIndex;
  private readonly states: StateIndex;

  constructor(gazetteer: Gazetteer) {
    const cities = US_STATES.flatMap((s) => gazetteer.citiesIn(s.code));
    this.cities = new CityIndex(cities);
    this.zips = new ZipIndex(gazetteer, cities);
    this.states = new StateIndex(gazetteer);
  }

  resolve(text: string): Resolution {
    const query = prepare(text);
    if (query === undefined) return noMatch([]);
    const zip = ZIP_ONLY.exec(query)?.[1];
    if (zip !== undefined) return this.resolveZip(zip);
    if (PARTIAL_ZIP.test(query)) return noMatch(this.zips.partial(query, MAX_SUGGESTIONS).map(zipPlace));
    const withZip = ZIP_AT_END.exec(query);
    const zipFound = withZip ? this.zips.get(withZip[2]!) : undefined;
    // A pasted address ("Portland, OR 97201"): its ZIP is the most precise part of it.
    if (zipFound) return { ok: true, place: zipPlace(zipFound) };
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
    if (zipPrefix !== undefined) return this.zips.startingWith(zipPrefix, limit).map(zipPlace);
    if (query.includes(',')) return this.suggestQualified(query, limit);
    const states = this.states.matching(query);
    const cities = this.cities.startingWith(typedPrefixes(query), undefined, limit);
    const found = [...states.map(statePlace), ...cities.map(cityPlace)];
    if (found.length < limit) found.push(...this.suggestWithTrailingState(query, limit, cities));
    return found.slice(0, limit);
  }

  // --- exact resolution ------------------------------------------------------------------

  private resolveZip(zip: string): Resolution {
    const place = this.zips.get(zip);
    return place ? { ok: true, place: zipPlace(place) } : noMatch(this.zips.nearest(zip, MAX_SUGGESTIONS).map(zipPlace));
  }

  /** The ways the query can be read, most specific first. */
  private readingsOf(query: string): Reading[] {
    // A state's name alone is the state, even where a city shares it ("New York", "Washington").
    const state = this.states.from(query);
    if (state) return [{ state }];
    const parts = query
      .split(',')
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
    if (parts.length > 1) return this.commaReadings(parts);
    return [...this.trailingStateReadings(query), this.cityReading(query)];
  }

  /** A city, by its name key or an alias of it, in the given state or, for an alias, its own. */
  private cityReading(text: string, state?: StateEntry): Reading {
    const key = nameKey(text);
    const alias = CITY_ALIASES.get(key);
    if (!alias) return { city: key, state };
    return { city: alias.key, state: state ?? this.states.from(alias.state) };
  }

  /** "City, State", and the city part of an address ("12 Main St, Portland, OR"). */
  private commaReadings(parts: string[]): Reading[] {
    const stateText = parts[parts.length - 1]!;
    const state = this.states.from(stateText);
    if (!state) return [{ ...this.cityReading(parts[0]!), stateText }];
    return parts
      .slice(0, -1)
      .reverse()
      .map((part) => this.cityReading(part, state));
  }

  /** "City ST" and "City State" without a comma: the last one to three words may be the state. */
  private trailingStateReadings(query: string): Reading[] {
    const words = query.split(' ');
    const readings: Reading[] = [];
    for (let count = 1; count <= 3 && count < words.length; count++) {
      const state = this.states.from(words.slice(-count).join(' '));
      if (state) readings.push(this.cityReading(words.slice(0, -count).join(' '), state));
    }
    return readings;
  }

  private exact(reading: Reading): Place | undefined {
    const { city, state } = reading;
    if (city === undefined) return state && statePlace(state);
    if (state) {
      const found = this.cities.in(city, state.state.code);
      return found && cityPlace(found);
    }
    // Without a state only a name no other state shares is exact ("Springfield" is not).
    const named = this.cities.named(city);
    return named?.length === 1 ? cityPlace(named[0]!) : undefined;
  }

  // --- the failure path: close matches ---------------------------------------------------

  private closeMatches(query: string, readings: readonly Reading[]): Place[] {
    const candidates: Candidate[] = readings.flatMap((r) => this.candidatesFor(r));
    // A misspelt state is suggested only when the query named no state of its own ("Oregn").
    if (!readings.some((r) => r.state !== undefined || r.stateText !== undefined)) {
      candidates.push(...this.states.close(stateKey(query)));
    }
    const best = rankCandidates(candidates).slice(0, MAX_SUGGESTIONS);
    if (best.length === 0) return this.suggest(query, MAX_SUGGESTIONS);
    return best.map((t) => ('point' in t ? statePlace(t) : cityPlace(t)));
  }

  private candidatesFor(reading: Reading): Candidate[] {
    const { city, state, stateText } = reading;
    if (city === undefined || city.length === 0) return [];
    if (state) return this.cities.closeIn([state.state.code], city);
    if (stateText !== undefined) {
      const states = this.states.close(stateKey(stateText)).map((c) => c.target.state.code);
      if (states.length > 0) return this.cities.closeIn(states, city);
    }
    return this.cities.closeAnywhere(city, MAX_SUGGESTIONS);
  }

  // --- prefix suggestions -----------------------------------------------------------------

  /** "Portland, O…": a city typed in full and its state in part. */
  private suggestQualified(query: string, limit: number): Place[] {
    const cityText = query.slice(0, query.indexOf(','));
    const stateText = query.slice(query.lastIndexOf(',') + 1);
    const states = this.states.startingWith(stateText);
    if (states.size === 0) return [];
    return this.cities.startingWith([nameKey(cityText)], states, limit).map(cityPlace);
  }

  /** "portland or" and "new york n" without a comma: the last words may begin a state. */
  private suggestWithTrailingState(query: string, limit: number, already: readonly CityPlace[]): Place[] {
    const words = query.split(' ');
    const found: CityPlace[] = [];
    for (let count = 1; count <= 2 && count < words.length; count++) {
      const states = this.states.startingWith(words.slice(-count).join(' '));
      if (states.size === 0) continue;
      const cityKey = nameKey(words.slice(0, -count).join(' '));
      for (const city of this.cities.startingWith([cityKey], states, limit)) {
        if (!already.includes(city) && !found.includes(city)) found.push(city);
      }
    }
    return found.sort(bySize).slice(0, limit).map(cityPlace);
  }
}

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
