/** Operations on ascending lists of slot numbers, the currency of the search index. */
import { lowerBound } from '../domain/lower-bound.js';

export function contains(sorted: ArrayLike<number>, value: number): boolean {
  const at = lowerBound(sorted, value);
  return at < sorted.length && sorted[at] === value;
}

/** The union of several ascending lists, ascending and without repeats. */
export function union(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0]!.slice();
  const merged = lists.flat().sort((a, b) => a - b);
  let write = 0;
  for (let read = 0; read < merged.length; read++) {
    if (read === 0 || merged[read] !== merged[read - 1]) merged[write++] = merged[read]!;
  }
  merged.length = write;
  return merged;
}

/** The slots in both ascending lists, ascending. */
export function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push(a[i]!);
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return out;
}

/** A set of slots that a match must belong to. */
export interface Constraint {
  readonly size: number;
  has(slot: number): boolean;
  /** Its slots, ascending. */
  slots(): readonly number[];
}

/**
 * Membership in any of several ascending lists: a union left unmerged, because merging
 * large lists costs more than probing them.
 */
export class AnyOf implements Constraint {
  readonly size: number;
  private readonly members: ((slot: number) => boolean)[];

  /** @param members faster membership tests for the lists, in the same order, where known */
  constructor(
    readonly lists: readonly (readonly number[])[],
    members?: ((slot: number) => boolean)[],
  ) {
    this.size = lists.reduce((sum, list) => sum + list.length, 0);
    this.members = members ?? lists.map((list) => (slot: number) => contains(list, slot));
  }

  has(slot: number): boolean {
    return this.members.some((member) => member(slot));
  }

  slots(): readonly number[] {
    return this.lists.length === 1 ? this.lists[0]! : union(this.lists);
  }
}

/**
 * Slots marked in a shared scratch array, tagged with a number that changes for every use,
 * so that nothing needs clearing and no array the size of the index is made per query.
 */
export class Marks {
  private tags = new Int32Array(0);

  /** @param tag the last tag given out; tests start it near 2^31 − 1 to see it wrap */
  constructor(private tag = 0) {}

  /** A fresh, empty set over slots below `capacity`; earlier sets from this object become invalid. */
  begin(capacity: number): MarkedSet {
    // A fresh array holds no tag but 0, which is never given out.
    if (this.tags.length < capacity) this.tags = new Int32Array(Math.max(capacity, this.tags.length * 2));
    this.tag = this.tag === 0x7fffffff ? 1 : this.tag + 1;
    if (this.tag === 1) this.tags.fill(0);
    return new MarkedSet(this.tags, this.tag);
  }
}

export class MarkedSet implements Constraint {
  private readonly list: number[] = [];
  private sorted = true;

  constructor(
    private readonly tags: Int32Array,
    private readonly tag: number,
  ) {}

  get size(): number {
    return this.list.length;
  }

  add(slot: number): void {
    if (this.tags[slot] === this.tag) return;
    this.tags[slot] = this.tag;
    if (this.list.length > 0 && this.list[this.list.length - 1]! > slot) this.sorted = false;
    this.list.push(slot);
  }

  has(slot: number): boolean {
    return this.tags[slot] === this.tag;
  }

  slots(): readonly number[] {
    if (!this.sorted) {
      this.list.sort((a, b) => a - b);
      this.sorted = true;
    }
    return this.list;
  }
}

/** The slots that meet every constraint, driven by the smallest one. */
export function intersect(constraints: readonly Constraint[]): readonly number[] {
  const ordered = [...constraints].sort((a, b) => a.size - b.size);
  const [driver, ...rest] = ordered;
  if (!driver) return [];
  if (rest.length === 0) return driver.slots();
  const out: number[] = [];
  for (const slot of driver.slots()) {
    if (rest.every((c) => c.has(slot))) out.push(slot);
  }
  return out;
}

/**
 * Puts the `k` items with the smallest keys, in order, at the front of `items` and returns
 * it; the rest follow in no particular order. Sorting them all is wasted on a page of 25.
 * Equal keys go by `tie`, then by their place in `items`, so that every `k` agrees on the
 * order and pages of one search follow on from each other.
 */
export function smallestFirst<T>(items: T[], k: number, key: (item: T) => number, tie: (a: T, b: T) => number = () => 0): T[] {
  if (items.length <= k || items.length < 64) return items.sort((a, b) => key(a) - key(b) || tie(a, b));
  const keys = items.map(key);
  const before = (i: number, j: number): number => keys[i]! - keys[j]! || tie(items[i]!, items[j]!);
  // The k smallest, found with a bound that only tightens: everything not before it is passed over.
  let bound = -1;
  const best: number[] = [];
  for (let i = 0; i < items.length; i++) {
    if (bound >= 0 && before(i, bound) >= 0) continue;
    best.push(i);
    if (best.length >= 2 * k) {
      best.sort(before);
      best.length = k;
      bound = best[k - 1]!;
    }
  }
  best.sort(before);
  best.length = Math.min(best.length, k);
  const chosen = new Set(best);
  return [...best.map((i) => items[i]!), ...items.filter((_, i) => !chosen.has(i))];
}
