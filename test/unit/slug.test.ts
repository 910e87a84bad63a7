import { describe, it, expect } from 'vitest';
import { SLUG_PATTERN, slugify, uniqueSlug } from '../../src/domain/slug.js';

describe('slugify', () => {
  it.each([
    ['Café Niño', 'cafe-nino'],
    ['Sólo por Hoy', 'solo-por-hoy'],
    ['Crème Brûlée Group', 'creme-brulee-group'],
    ['Hope & Faith', 'hope-and-faith'],
    ['AT&T Building', 'at-and-t-building'],
    ['Café Hope, Portland', 'cafe-hope-portland'],
    ['  Keep -- Coming!!! Back...  ', 'keep-coming-back'],
    ['Step 12: Service', 'step-12-service'],
    ['UPPER lower MiXeD', 'upper-lower-mixed'],
    ['---hope---', 'hope'],
    ['Straße der Hoffnung', 'strasse-der-hoffnung'],
  ])('turns %j into %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it.each(['', '   ', '!!!', '???', '日本語'])('gives an empty slug for %j', (text) => {
    expect(slugify(text)).toBe('');
  });

  it('always matches SLUG_PATTERN when not empty', () => {
    const texts = ['Café Niño', 'a & b', ' x ', 'Zürich—Grüße', 'Noon @ 12:00 (open)', 'ÅÉÎÕÜ', 'a'.repeat(200)];
    for (const text of texts) expect(slugify(text), text).toMatch(SLUG_PATTERN);
  });

  it('keeps at most 80 characters', () => {
    expect(slugify('a'.repeat(200))).toBe('a'.repeat(80));
    expect(slugify('word '.repeat(40)).length).toBeLessThanOrEqual(80);
  });

  it('does not end with a hyphen when the cut falls on one', () => {
    // Character 80 of the slug is the hyphen between the two words.
    const slug = slugify(`${'a'.repeat(79)} bbbb`);
    expect(slug).toBe('a'.repeat(79));
  });

  it('is idempotent', () => {
    for (const text of ['Café Niño', 'Hope & Faith', `${'a'.repeat(79)} bbbb`]) {
      expect(slugify(slugify(text))).toBe(slugify(text));
    }
  });
});

describe('uniqueSlug', () => {
  it('returns the base when it is free', () => {
    expect(uniqueSlug('hope', () => false)).toBe('hope');
  });

  it('counts up from 2 past the taken ones', () => {
    const taken = new Set<string>();
    const made = [1, 2, 3, 4].map(() => {
      const slug = uniqueSlug('hope', (s) => taken.has(s));
      taken.add(slug);
      return slug;
    });
    expect(made).toEqual(['hope', 'hope-2', 'hope-3', 'hope-4']);
  });

  it('fills a gap in the numbering', () => {
    const taken = new Set(['hope', 'hope-2', 'hope-4']);
    expect(uniqueSlug('hope', (s) => taken.has(s))).toBe('hope-3');
  });

  it('uses "meeting" for an empty base', () => {
    expect(uniqueSlug('', () => false)).toBe('meeting');
    expect(uniqueSlug('', (s) => s === 'meeting')).toBe('meeting-2');
  });

  it('makes slugs that match SLUG_PATTERN', () => {
    const taken = new Set(['cafe-nino', 'cafe-nino-2']);
    expect(uniqueSlug(slugify('Café Niño'), (s) => taken.has(s))).toMatch(SLUG_PATTERN);
  });
});

describe('SLUG_PATTERN', () => {
  it.each(['hope', 'hope-2', 'a', '12-steps', 'cafe-nino-portland'])('accepts %j', (slug) => {
    expect(SLUG_PATTERN.test(slug)).toBe(true);
  });

  it.each(['', 'Hope', '-hope', 'hope-', 'hope--2', 'hope 2', 'hope_2', 'café', 'hope/2', 'hope.2'])('rejects %j', (slug) => {
    expect(SLUG_PATTERN.test(slug)).toBe(false);
  });
});
