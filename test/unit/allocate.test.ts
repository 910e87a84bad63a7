import { describe, it, expect } from 'vitest';
import { JURISDICTIONS } from '../../src/domain/us-states.js';
import { allocate } from '../../src/store/sample/allocate.js';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** mulberry32: a tiny seeded generator, so the property runs are the same every time. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  total: number;
  weights: number[];
  minimum: number;
}

/** Many generated cases: integer, fractional, zero and wildly uneven weights. */
function cases(count: number, seed: number): Case[] {
  const next = seeded(seed);
  const int = (max: number): number => Math.floor(next() * (max + 1));
  const weightKinds: (() => number)[] = [() => int(100), () => next() * 10, () => (next() < 0.3 ? 0 : next()), () => 10 ** int(8)];
  return Array.from({ length: count }, () => {
    const kind = weightKinds[int(weightKinds.length - 1)]!;
    const weights = Array.from({ length: 1 + int(60) }, kind);
    return { total: int(next() < 0.5 ? 200 : 100_000), weights, minimum: int(25) };
  });
}

const POPULATIONS = JURISDICTIONS.map((s) => s.population);

describe('allocate', () => {
  it.each<[number, number[], number]>([
    [10, [1, 1, 1], 0],
    [100, [1, 2, 3, 4], 0],
    [7, [0, 0, 0], 1],
    [5000, POPULATIONS, 20],
    [100, POPULATIONS, 20],
    [1, [5, 5], 0],
    [3, [0.1, 0.2, 0.3, 0.4], 0],
    [1_000_003, [1, 1e-9, 3], 7],
  ])('splits %i exactly over %j (minimum %i)', (total, weights, minimum) => {
    const shares = allocate(total, weights, minimum);
    expect(shares).toHaveLength(weights.length);
    expect(sum(shares)).toBe(total);
    for (const share of shares) expect(Number.isInteger(share) && share >= 0).toBe(true);
  });

  it('always sums to the total, over many generated cases', () => {
    for (const { total, weights, minimum } of cases(3000, 20240601)) {
      const shares = allocate(total, weights, minimum);
      const label = JSON.stringify({ total, minimum, weights });
      expect(shares.length, label).toBe(weights.length);
      expect(sum(shares), label).toBe(total);
      expect(
        shares.every((s) => Number.isInteger(s) && s >= 0),
        label,
      ).toBe(true);
    }
  });

  it('gives every share at least the minimum when the total allows it', () => {
    let checked = 0;
    for (const { total, weights, minimum } of cases(3000, 7)) {
      if (total < minimum * weights.length) continue;
      checked++;
      const shares = allocate(total, weights, minimum);
      expect(Math.min(...shares), JSON.stringify({ total, minimum, weights })).toBeGreaterThanOrEqual(minimum);
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('gives every jurisdiction at least 20 of 5000 meetings, although Wyoming has 1/570 of the people', () => {
    const shares = allocate(5000, POPULATIONS, 20);
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(20);
  });

  it('shares evenly what it can when the total is below count × minimum', () => {
    // 100 over 51 jurisdictions cannot give each 20; each gets at least floor(100 / 51) = 1.
    const shares = allocate(100, POPULATIONS, 20);
    expect(sum(shares)).toBe(100);
    expect(Math.min(...shares)).toBe(1);

    const small = allocate(5, [1, 1, 1, 1, 1, 1, 1, 1], 3);
    expect(sum(small)).toBe(5);
    expect(small.filter((s) => s === 0)).toHaveLength(3);
    expect(small.every((s) => s === 0 || s === 1)).toBe(true);
  });

  it('is proportional to the weights above the minimum, within one', () => {
    for (const { total, weights, minimum } of cases(1000, 99)) {
      const weightSum = sum(weights);
      if (weightSum === 0 || total < minimum * weights.length) continue;
      const shares = allocate(total, weights, minimum);
      const rest = total - minimum * weights.length;
      weights.forEach((w, i) => {
        const ideal = minimum + (rest * w) / weightSum;
        expect(Math.abs(shares[i]! - ideal), JSON.stringify({ total, minimum, weights, i })).toBeLessThan(1);
      });
    }
  });

  it('is close to population shares for a large total', () => {
    const total = 10_000_000;
    const shares = allocate(total, POPULATIONS, 20);
    const people = sum(POPULATIONS);
    POPULATIONS.forEach((population, i) => {
      expect(shares[i]! / total).toBeCloseTo(population / people, 4);
    });
  });

  it('never gives a larger weight fewer than a smaller one', () => {
    for (const { total, weights, minimum } of cases(1000, 3)) {
      const shares = allocate(total, weights, minimum);
      for (let i = 0; i < weights.length; i++) {
        for (let j = 0; j < weights.length; j++) {
          if (weights[i]! > weights[j]!)
            expect(shares[i]!, JSON.stringify({ total, minimum, weights, i, j })).toBeGreaterThanOrEqual(shares[j]!);
        }
      }
    }
  });

  it('splits evenly, within one, when all weights are zero', () => {
    const shares = allocate(11, [0, 0, 0, 0], 0);
    expect(sum(shares)).toBe(11);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
  });

  it('gives a zero weight only the minimum', () => {
    expect(allocate(100, [1, 0, 1], 5)[1]).toBe(5);
  });

  it('gives all zeros for a zero total, and nothing for no weights', () => {
    expect(allocate(0, [3, 2, 1], 20)).toEqual([0, 0, 0]);
    expect(allocate(0, [], 20)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(allocate(5000, POPULATIONS, 20)).toEqual(allocate(5000, POPULATIONS, 20));
  });
});

describe('allocate with nothing to share into', () => {
  it('refuses an empty weight list instead of losing the total', () => {
    expect(() => allocate(5, [], 1)).toThrow(RangeError);
  });
});
