import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFormattedAddress } from '../../src/interop/clean/formatted-address.js';
import { looseCountry } from '../../src/interop/clean/loose-country.js';

type Shape = [string, string | null, string | null, string | null, string | null, string | null];

const { shapes } = JSON.parse(readFileSync(new URL('../fixtures/addresses/corpus.json', import.meta.url), 'utf8')) as { shapes: Shape[] };

describe('address corpus: every common shape of a one-line address', () => {
  it('holds at least 60 shapes, none twice', () => {
    expect(shapes.length).toBeGreaterThanOrEqual(60);
    expect(new Set(shapes.map(([text]) => text)).size).toBe(shapes.length);
  });

  it.each(shapes)('%s', (text, street, city, state, postalCode, country) => {
    const parts = splitFormattedAddress(text);
    const code = parts.country === null ? null : looseCountry(parts.country).code;
    expect({ ...parts, country: code }).toEqual({ street, city, state, postalCode, country });
  });
});
