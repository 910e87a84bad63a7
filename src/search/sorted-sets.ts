/** Operations on ascending lists of slot numbers, the currency of the search index. */

/** The first index whose value is not below `value` (strings or numbers, ascending). */
export function lowerBound<T extends string | number>(sorted: ArrayLike<T>, value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

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

/**
 * A constraint that a slot must meet: membership in any of its lists (a union left unmerged,
 * because merging large lists costs more than probing them).
 */
export class AnyOf {
  readonly size: number;

  constructor(readonly lists: readonly (readonly number[])[]) {
    this.size = lists.reduce((sum, list) => sum + list.length, 0);
  }

  has(slot: number): boolean {
    return this.lists.some((list) => contains(list, slot));
  }

  toSorted(): number[] {
    return union(this.lists);
  }
}

/** The slots that meet every constraint, driven by the smallest one. */
export function intersect(constraints: readonly AnyOf[]): number[] {
  const ordered = [...constraints].sort((a, b) => a.size - b.size);
  const [driver, ...rest] = ordered;
  if (!driver) return [];
  const out: number[] = [];
  for (const slot of driver.toSorted()) {
    if (rest.every((c) => c.has(slot))) out.push(slot);
  }
  return out;
}
