import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnyOf, contains, intersect, intersectSorted, Marks, smallestFirst, union, type Constraint } from '../../src/search/sorted-sets.js';

/** An ascending list of distinct slots, as the index keeps them. */
const sortedSlots = (maxLength = 60) =>
  fc.uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength }).map((list) => list.sort((a, b) => a - b));

const naiveUnion = (lists: readonly (readonly number[])[]): number[] => [...new Set(lists.flat())].sort((a, b) => a - b);
const naiveIntersection = (lists: readonly (readonly number[])[]): number[] =>
  naiveUnion(lists).filter((slot) => lists.every((list) => list.includes(slot)));

describe('contains', () => {
  it('finds exactly the members of an ascending list', () => {
    fc.assert(
      fc.property(sortedSlots(), fc.integer({ min: -5, max: 305 }), (list, slot) => {
        expect(contains(list, slot)).toBe(list.includes(slot));
      }),
    );
  });

  it('finds nothing in an empty list', () => {
    expect(contains([], 0)).toBe(false);
  });
});

describe('union', () => {
  it('is the ascending union without repeats, as a Set gives it', () => {
    fc.assert(
      fc.property(fc.array(sortedSlots(), { maxLength: 6 }), (lists) => {
        expect(union(lists)).toEqual(naiveUnion(lists));
      }),
    );
  });

  it('copies a single list rather than handing it out', () => {
    const list = [1, 2, 3];
    const merged = union([list]);
    expect(merged).toEqual(list);
    expect(merged).not.toBe(list);
  });

  it('leaves its inputs as they were', () => {
    const a = [1, 4, 9];
    const b = [2, 4, 8];
    union([a, b]);
    expect([a, b]).toEqual([
      [1, 4, 9],
      [2, 4, 8],
    ]);
  });
});

describe('intersectSorted', () => {
  it('is the ascending intersection, as a Set gives it', () => {
    fc.assert(
      fc.property(sortedSlots(), sortedSlots(), (a, b) => {
        expect(intersectSorted(a, b)).toEqual(naiveIntersection([a, b]));
      }),
    );
  });
});

describe('AnyOf', () => {
  it('holds a slot in any of its lists, and lists them merged', () => {
    fc.assert(
      fc.property(fc.array(sortedSlots(), { minLength: 1, maxLength: 5 }), fc.integer({ min: 0, max: 300 }), (lists, slot) => {
        const any = new AnyOf(lists);
        expect(any.has(slot)).toBe(lists.some((list) => list.includes(slot)));
        expect([...any.slots()]).toEqual(naiveUnion(lists));
        expect(any.size).toBe(lists.reduce((sum, list) => sum + list.length, 0));
      }),
    );
  });

  it('asks the membership tests it is given, in place of searching the lists', () => {
    const any = new AnyOf([[1, 2]], [(slot) => slot === 7]);
    expect(any.has(7)).toBe(true);
    expect(any.has(1)).toBe(false);
  });
});

describe('intersect', () => {
  it('keeps the slots every constraint holds, ascending', () => {
    fc.assert(
      fc.property(fc.array(fc.array(sortedSlots(), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }), (groups) => {
        const constraints: Constraint[] = groups.map((lists) => new AnyOf(lists));
        const expected = naiveIntersection(groups.map(naiveUnion));
        expect([...intersect(constraints)]).toEqual(expected);
      }),
    );
  });

  it('mixes marked sets and lists', () => {
    const marks = new Marks();
    const marked = marks.begin(100);
    for (const slot of [50, 3, 20, 7]) marked.add(slot);
    expect(intersect([marked, new AnyOf([[1, 3, 7, 9, 50, 60]])])).toEqual([3, 7, 50]);
  });

  it('is empty without constraints', () => {
    expect(intersect([])).toEqual([]);
  });
});

describe('Marks and MarkedSet', () => {
  it('holds what was added, once, and lists it ascending', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99 })), (added) => {
        const set = new Marks().begin(100);
        for (const slot of added) set.add(slot);
        const expected = [...new Set(added)].sort((a, b) => a - b);
        expect(set.size).toBe(expected.length);
        expect([...set.slots()]).toEqual(expected);
        for (let slot = 0; slot < 100; slot++) expect(set.has(slot)).toBe(expected.includes(slot));
      }),
    );
  });

  it('starts every set empty, though the scratch array is shared', () => {
    const marks = new Marks();
    const first = marks.begin(10);
    first.add(4);
    const second = marks.begin(10);
    expect(second.has(4)).toBe(false);
    expect(second.size).toBe(0);
  });

  it('grows the scratch array for a larger index, and marks from before it grew do not show', () => {
    const marks = new Marks();
    marks.begin(4).add(3);
    const larger = marks.begin(1000);
    expect(larger.has(3)).toBe(false);
    larger.add(999);
    expect(larger.has(999)).toBe(true);
  });

  it('after the tag wraps at 2^31 − 1, marks from before it do not read as set', () => {
    const marks = new Marks(0x7fffffff - 2);
    const early = marks.begin(10); // tag 2^31 − 2
    early.add(1);
    const last = marks.begin(10); // tag 2^31 − 1, the largest an Int32Array holds
    last.add(2);
    expect(last.has(2)).toBe(true);
    expect(last.has(1)).toBe(false);
    const wrapped = marks.begin(10); // tag 1 again
    expect(wrapped.has(1)).toBe(false);
    expect(wrapped.has(2)).toBe(false);
    wrapped.add(5);
    expect([...wrapped.slots()]).toEqual([5]);
    const next = marks.begin(10); // tag 2
    expect(next.has(5)).toBe(false);
    for (let slot = 0; slot < 10; slot++) expect(next.has(slot)).toBe(false);
  });
});

describe('smallestFirst', () => {
  it('puts the k smallest keys first, in order, and keeps every item', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 400 }), fc.integer({ min: 1, max: 50 }), (keys, k) => {
        const items = keys.map((key, i) => ({ key, i }));
        const result = smallestFirst([...items], k, (item) => item.key);
        const expected = [...keys].sort((a, b) => a - b).slice(0, k);
        expect(result.slice(0, k).map((item) => item.key)).toEqual(expected);
        expect(result.map((item) => item.i).sort((a, b) => a - b)).toEqual(items.map((item) => item.i));
      }),
    );
  });

  it('orders equal keys by the tie-breaker, then by position, the same for every k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 20 }), tie: fc.integer({ min: 0, max: 5 }) }), { maxLength: 400 }),
        fc.integer({ min: 1, max: 50 }),
        (records, k) => {
          const items = records.map((r, i) => ({ ...r, i }));
          const full = [...items].sort((a, b) => a.key - b.key || a.tie - b.tie || a.i - b.i).map((item) => item.i);
          const result = smallestFirst(
            [...items],
            k,
            (item) => item.key,
            (a, b) => a.tie - b.tie,
          );
          expect(result.slice(0, k).map((item) => item.i)).toEqual(full.slice(0, k));
          expect(result.map((item) => item.i).sort((a, b) => a - b)).toEqual(items.map((item) => item.i));
        },
      ),
    );
  });
});
