import { contains } from './sorted-sets.js';

/**
 * Inverted lists from a term ("day:2", "fmt:C", "state:OR") to the slots that carry it.
 * Slots only ever grow, so appending keeps every list ascending.
 */
export class Postings {
  private readonly lists = new Map<string, number[]>();
  /** Flags per slot for the long lists, built when first probed and again after they grow. */
  private readonly flags = new Map<string, { length: number; bits: Uint8Array }>();

  add(term: string, slot: number): void {
    const list = this.lists.get(term);
    if (list) list.push(slot);
    else this.lists.set(term, [slot]);
  }

  get(term: string): readonly number[] {
    return this.lists.get(term) ?? EMPTY;
  }

  /**
   * A membership test for a term. Long lists (a weekday, a common format, in-person) are
   * probed thousands of times per query, so they answer from a flag array instead of a
   * binary search; short ones are not worth the memory.
   */
  member(term: string): (slot: number) => boolean {
    const list = this.get(term);
    if (list.length < LONG_LIST) return (slot) => contains(list, slot);
    let cached = this.flags.get(term);
    if (cached?.length !== list.length) {
      const bits = new Uint8Array(list[list.length - 1]! + 1);
      for (const slot of list) bits[slot] = 1;
      cached = { length: list.length, bits };
      this.flags.set(term, cached);
    }
    const { bits } = cached;
    return (slot) => bits[slot] === 1;
  }
}

const LONG_LIST = 4096;

const EMPTY: readonly number[] = Object.freeze([]);
