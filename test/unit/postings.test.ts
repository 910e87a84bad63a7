import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Postings } from '../../src/search/postings.js';

/** Long enough that membership answers from flags, not a binary search (see LONG_LIST). */
const LONG = 5000;

describe('Postings', () => {
  it('lists the slots of a term in the order they were added', () => {
    const postings = new Postings();
    postings.add('day:2', 0);
    postings.add('fmt:C', 0);
    postings.add('day:2', 3);
    postings.add('day:2', 7);
    expect(postings.get('day:2')).toEqual([0, 3, 7]);
    expect(postings.get('fmt:C')).toEqual([0]);
  });

  it('answers an unknown term with an empty list that cannot be changed', () => {
    const postings = new Postings();
    const empty = postings.get('state:ZZ');
    expect(empty).toEqual([]);
    expect(Object.isFrozen(empty)).toBe(true);
    expect(postings.member('state:ZZ')(0)).toBe(false);
  });

  it('tests membership of short lists', () => {
    const postings = new Postings();
    for (const slot of [2, 5, 11]) postings.add('lang:es', slot);
    const member = postings.member('lang:es');
    expect([0, 2, 5, 6, 11, 12].map(member)).toEqual([false, true, true, false, true, false]);
  });

  it('tests membership of long lists, beyond their last slot too', () => {
    const postings = new Postings();
    for (let slot = 0; slot < LONG; slot++) postings.add('att:in_person', slot * 2);
    const member = postings.member('att:in_person');
    expect(member(0)).toBe(true);
    expect(member(1)).toBe(false);
    expect(member(2 * (LONG - 1))).toBe(true);
    expect(member(2 * LONG)).toBe(false);
    expect(member(10 * LONG)).toBe(false);
  });

  it('sees slots added to a long list after it was first probed', () => {
    const postings = new Postings();
    for (let slot = 0; slot < LONG; slot++) postings.add('day:1', slot);
    expect(postings.member('day:1')(LONG + 3)).toBe(false);
    postings.add('day:1', LONG + 3);
    expect(postings.member('day:1')(LONG + 3)).toBe(true);
    expect(postings.member('day:1')(LONG + 2)).toBe(false);
  });

  it('answers membership as the list does, for short and long lists alike', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 20_000 }), { minLength: 0, maxLength: 6000 }),
        fc.array(fc.integer({ min: 0, max: 20_500 }), { minLength: 1, maxLength: 50 }),
        (slots, probes) => {
          slots.sort((a, b) => a - b);
          const postings = new Postings();
          for (const slot of slots) postings.add('t', slot);
          const member = postings.member('t');
          const set = new Set(slots);
          for (const probe of probes) expect(member(probe)).toBe(set.has(probe));
        },
      ),
      { numRuns: 40 },
    );
  });
});
