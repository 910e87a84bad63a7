import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/domain/text-fold.js';

describe('foldText', () => {
  it.each([
    ['Peñasco', 'penasco'],
    ['PEÑASCO', 'penasco'],
    ['Sólo por Hoy', 'solo por hoy'],
    ['Los Ángeles', 'los angeles'],
    ['Coeur d’Alène', 'coeur d’alene'],
    ['İstanbul', 'istanbul'],
    ['ﬁve', 'five'],
    ['Portland', 'portland'],
  ])('folds %j to %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  // The text index's fold kept these as they came while the place finder's made them one
  // space; "  Peñasco\tBlanco " must read the same to both.
  it.each([
    ['  Two  spaces ', 'two spaces'],
    ['Peñasco\tBlanco', 'penasco blanco'],
    ['  Peñasco  Blanco ', 'penasco blanco'],
    ['line\nbreak', 'line break'],
    ['no\u00a0break', 'no break'],
    ['soft\u00adhyphen', 'soft hyphen'],
    ['zero\u200bwidth', 'zero width'],
    ['\t', ''],
    ['', ''],
  ])('makes any run of space or invisible characters in %j one space, trimmed: %j', (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it('finds the unaccented spelling from the accented one and back', () => {
    expect(foldText('Peñasco')).toBe(foldText('Penasco'));
    expect(foldText('recuperación')).toBe(foldText('RECUPERACION'));
  });

  it('is idempotent, lower case and tidy, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const folded = foldText(text);
        expect(foldText(folded)).toBe(folded);
        expect(folded).toBe(folded.trim());
        expect(folded).not.toMatch(/\s\s|\t|\n/);
      }),
    );
  });

  it('agrees on plain ASCII with lower-casing and collapsing spaces', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(' ', 'a', 'B', 'z', '0', '9', ',', '.', '-'), maxLength: 30 }), (text) => {
        expect(foldText(text)).toBe(text.toLowerCase().replace(/ +/g, ' ').trim());
      }),
    );
  });
});
