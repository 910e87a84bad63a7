import { compareText } from '../domain/compare-text.js';
import { lowerBound } from '../domain/lower-bound.js';
import { closeness, editBound, type CloseMatch } from './close-matches.js';
import type { CityPlace } from './gazetteer.js';
import { nameKey } from './place-keys.js';

interface CityEntry {
  /** The city's name key (see `nameKey`). */
  key: string;
  city: CityPlace;
}

/** The gazetteer's cities by name key: exact, by prefix, and a few edits away. */
export class CityIndex {
  /** Every city, sorted by name key and then size (largest first), for prefix search. */
  private readonly entries: CityEntry[];
  /** The entries' keys, in the same order: what the binary search reads. */
  private readonly keys: string[];
  private readonly byKey = new Map<string, CityPlace>();
  /** Cities sharing a name key across states, largest first. */
  private readonly byName = new Map<string, CityPlace[]>();
  private readonly entriesByState = new Map<string, CityEntry[]>();

  constructor(cities: readonly CityPlace[]) {
    this.entries = cities.map((city) => ({ key: nameKey(city.name), city })).sort(byKeyThenSize);
    this.keys = this.entries.map((entry) => entry.key);
    for (const entry of this.entries) this.index(entry);
  }

  /** Entries arrive largest first within a name key, so the first city seen per state wins. */
  private index(entry: CityEntry): void {
    const key = `${entry.key}|${entry.city.state}`;
    if (this.byKey.has(key)) return;
    this.byKey.set(key, entry.city);
    pushTo(this.byName, entry.key, entry.city);
    pushTo(this.entriesByState, entry.city.state, entry);
  }

  /** The city of this name key in a state. */
  in(key: string, state: string): CityPlace | undefined {
    return this.byKey.get(`${key}|${state}`);
  }

  /** Every state's city of this name key, largest first. */
  named(key: string): readonly CityPlace[] | undefined {
    return this.byName.get(key);
  }

  /** The largest cities whose name key begins with any of the prefixes, in the given states if any. */
  startingWith(prefixes: readonly string[], states: ReadonlySet<string> | undefined, limit: number): CityPlace[] {
    const best: CityPlace[] = [];
    for (const prefix of prefixes) {
      if (prefix.length === 0) continue;
      for (let i = lowerBound(this.keys, prefix); i < this.entries.length; i++) {
        const { key, city } = this.entries[i]!;
        if (!key.startsWith(prefix)) break;
        if (!states || states.has(city.state)) keepBest(best, city, limit);
      }
    }
    return best;
  }

  /** Cities of the states whose name key is a few edits from `key`. */
  closeIn(states: readonly string[], key: string): CloseMatch<CityPlace>[] {
    const bound = editBound(key);
    const matches: CloseMatch<CityPlace>[] = [];
    for (const state of states) {
      for (const entry of this.entriesByState.get(state) ?? []) {
        const distance = closeness(key, entry.key, bound);
        if (distance <= bound) matches.push({ distance, target: entry.city });
      }
    }
    return matches;
  }

  /** Same-named cities in several states ("Springfield"), else names a few edits away, at most `perName` cities each. */
  closeAnywhere(key: string, perName: number): CloseMatch<CityPlace>[] {
    const named = this.byName.get(key);
    if (named) return named.map((city) => ({ distance: 0, target: city }));
    const bound = editBound(key);
    const matches: CloseMatch<CityPlace>[] = [];
    for (const [name, cities] of this.byName) {
      const distance = closeness(key, name, bound);
      if (distance > bound) continue;
      for (const city of cities.slice(0, perName)) matches.push({ distance, target: city });
    }
    return matches;
  }
}

/** Bigger cities first, then by name and state. */
export function bySize(a: CityPlace, b: CityPlace): number {
  return b.size - a.size || compareText(a.name, b.name) || compareText(a.state, b.state);
}

function byKeyThenSize(a: CityEntry, b: CityEntry): number {
  return compareText(a.key, b.key) || bySize(a.city, b.city);
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

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
