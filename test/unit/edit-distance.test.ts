import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/domain/edit-distance.js';

/** The whole optimal-string-alignment table, unbounded: the reference. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it.each([
    ['portland', 'portland', 0],
    ['portland', 'portlnd', 1],
    ['portland', 'portlandd', 1],
    ['portland', 'porcland', 1],
    ['pheonix', 'phoenix', 1],
    ['seatle', 'seattle', 1],
    ['', 'abc', 3],
  ])('counts %j to %j as %i', (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  it('gives up past the bound with bound + 1', () => {
    expect(editDistance('springfield', 'portland', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('is the reference distance, or bound + 1 beyond the bound', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, bound) => {
        expect(editDistance(a, b, bound)).toBe(Math.min(referenceDistance(a, b), bound + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('is not thrown by words longer than its scratch table', () => {
    const long = 'a'.repeat(300);
    expect(editDistance(long, `${long}b`, 2)).toBe(1);
    expect(editDistance('ab', 'ba', 1)).toBe(1);
  });
});
