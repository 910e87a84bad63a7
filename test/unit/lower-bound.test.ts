import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/domain/compare-text.js';
import { lowerBound } from '../../src/domain/lower-bound.js';

describe('lowerBound', () => {
  it('is the first index not below the value, in ascending numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, value) => {
        const sorted = values.sort((a, b) => a - b);
        const expected = sorted.findIndex((v) => v >= value);
        expect(lowerBound(sorted, value)).toBe(expected === -1 ? sorted.length : expected);
      }),
    );
  });

  it('works on typed arrays', () => {
    expect(lowerBound(new Float64Array([1, 3, 3, 7]), 3)).toBe(1);
    expect(lowerBound(new Float64Array([1, 3, 3, 7]), 8)).toBe(4);
  });

  it('finds where a prefix begins in strings sorted by compareText', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 })), fc.string({ maxLength: 3 }), (values, prefix) => {
        const sorted = values.sort(compareText);
        const at = lowerBound(sorted, prefix);
        expect(sorted.slice(0, at).every((v) => v < prefix)).toBe(true);
        expect(sorted.slice(at).every((v) => v >= prefix)).toBe(true);
        const withPrefix = sorted.filter((v) => v.startsWith(prefix));
        expect(sorted.slice(at, at + withPrefix.length)).toEqual(withPrefix);
      }),
    );
  });
});

describe('compareText', () => {
  it('orders as < does, code unit by code unit', () => {
    expect(compareText('a', 'b')).toBe(-1);
    expect(compareText('b', 'a')).toBe(1);
    expect(compareText('a', 'a')).toBe(0);
    expect(compareText('Z', 'a')).toBe(-1);
    expect(compareText('ab', 'a')).toBe(1);
  });
});
