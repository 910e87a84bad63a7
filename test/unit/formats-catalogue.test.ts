import { describe, it, expect } from 'vitest';
import { getTypesForLanguage, isMeetingType } from '@code4recovery/spec';
import { catalogueNumber, FORMAT_CATALOGUE, formatByCode } from '../../src/domain/formats-catalogue.js';
import { FORMAT_TYPES, SITE_LANGUAGES } from '../../src/domain/format.js';
import { MEETING_GUIDE_LANGUAGES } from '../../src/interop/clean/languages.js';

/**
 * The numbers BMLT clients already know NA's formats by: each one's place in the catalogue
 * when a number was a place (release 0, migration 0002). They must never change.
 */
const RELEASE_0_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries(
  'O C D SD So To QA RF ME BT JT IW SG LC GP SPAD IP BK St Tr CP B M W YP GL CW NC SL NS RA WC CL CH VM HY TC ENG ES FR FIN PER BL'
    .split(' ')
    .map((code, i) => [code, i + 1]),
);

/** NAWS uses one code for every alternate-language format, so it may repeat. */
const SHARED_WORLD_IDS: ReadonlySet<string> = new Set(['LANG']);

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) repeated.add(value);
    seen.add(value);
  }
  return [...repeated];
}

describe('FORMAT_CATALOGUE', () => {
  it('is not empty', () => {
    expect(FORMAT_CATALOGUE.length).toBeGreaterThan(0);
  });

  it('has unique codes', () => {
    expect(duplicates(FORMAT_CATALOGUE.map((f) => f.code))).toEqual([]);
  });

  it('has non-blank codes without surrounding whitespace', () => {
    for (const f of FORMAT_CATALOGUE) {
      expect(f.code).toMatch(/^\S+$/);
    }
  });

  it.each(FORMAT_CATALOGUE.map((f) => [f.code, f] as const))(
    '%s has a non-empty name and description in every site language',
    (_code, format) => {
      for (const lang of SITE_LANGUAGES) {
        const text = format.text[lang];
        expect(text.name.trim(), `${lang} name`).not.toBe('');
        expect(text.description.trim(), `${lang} description`).not.toBe('');
      }
    },
  );

  it('has Spanish text that differs from the English text for every description', () => {
    for (const f of FORMAT_CATALOGUE) {
      expect(f.text.es.description, f.code).not.toBe(f.text.en.description);
    }
  });

  it('uses only real Meeting Guide type codes', () => {
    const invalid = FORMAT_CATALOGUE.filter((f) => f.meetingGuideCode !== null && !isMeetingType(f.meetingGuideCode)).map(
      (f) => `${f.code}→${String(f.meetingGuideCode)}`,
    );
    expect(invalid).toEqual([]);
  });

  it('uses only known format types', () => {
    const known: readonly string[] = FORMAT_TYPES;
    for (const f of FORMAT_CATALOGUE) {
      expect(known, f.code).toContain(f.type);
    }
  });

  it('keeps the numbers BMLT clients already know NA formats by', () => {
    const now = Object.fromEntries(Object.keys(RELEASE_0_NUMBERS).map((code) => [code, catalogueNumber(code)]));
    expect(now).toEqual(RELEASE_0_NUMBERS);
  });

  it('pins a unique positive number on every entry, below the numbers feeds’ formats get', () => {
    for (const f of FORMAT_CATALOGUE) expect(Number.isInteger(f.id) && f.id > 0 && f.id < 1001, f.code).toBe(true);
    expect(duplicates(FORMAT_CATALOGUE.map((f) => String(f.id)))).toEqual([]);
  });

  it('has codes that stay unique in any case (no "St" beside "ST")', () => {
    expect(duplicates(FORMAT_CATALOGUE.map((f) => f.code.toLowerCase()))).toEqual([]);
  });

  it('holds every Meeting Guide spec type: as a format, or as a meeting language', () => {
    const mapped = new Set(FORMAT_CATALOGUE.map((f) => f.meetingGuideCode));
    const missing = Object.keys(getTypesForLanguage('en')).filter((type) => !mapped.has(type) && !MEETING_GUIDE_LANGUAGES.has(type));
    expect(missing).toEqual([]);
  });

  it('maps each spec type to one format, so reading a type is never a guess, apart from the shared study types', () => {
    const shared = new Set(['LIT', 'ST', 'TR']);
    const codes = FORMAT_CATALOGUE.map((f) => f.meetingGuideCode).filter((c): c is string => c !== null && !shared.has(c));
    expect(duplicates(codes)).toEqual([]);
  });

  it('names the spec types with the spec’s own English and Spanish names', () => {
    const en = getTypesForLanguage('en') as Record<string, string>;
    const es = getTypesForLanguage('es') as Record<string, string>;
    expect(formatByCode('BB')).toMatchObject({ meetingGuideCode: 'B', type: 'literature' });
    expect(formatByCode('BB')?.text.en.name).toBe(en.B);
    expect(formatByCode('BB')?.text.es.name).toBe(es.B);
    for (const code of ['12x12', 'A', 'OUT', 'SEN']) {
      expect(formatByCode(code)?.text.en.name, code).toBe(en[code]);
      expect(formatByCode(code)?.text.es.name, code).toBe(es[code]);
    }
  });

  it('keeps NA’s B as Beginners, and Big Book apart from it', () => {
    expect(formatByCode('B')).toMatchObject({ worldId: 'BEG', meetingGuideCode: 'BE' });
    expect(FORMAT_CATALOGUE.filter((f) => f.meetingGuideCode === 'B').map((f) => f.code)).toEqual(['BB']);
  });

  it('starts with the open/closed formats', () => {
    expect(FORMAT_CATALOGUE[0]?.type).toBe('open_closed');
  });

  it('never gives two formats the same worldId, apart from the shared LANG code', () => {
    const worldIds = FORMAT_CATALOGUE.map((f) => f.worldId).filter((id): id is string => id !== null && !SHARED_WORLD_IDS.has(id));
    expect(duplicates(worldIds)).toEqual([]);
  });

  it('uses LANG only for language formats, and gives every language format LANG', () => {
    for (const f of FORMAT_CATALOGUE) {
      expect(f.worldId === 'LANG', f.code).toBe(f.type === 'language');
    }
  });

  it('has no empty-string worldId or meetingGuideCode (null means none)', () => {
    for (const f of FORMAT_CATALOGUE) {
      expect(f.worldId, f.code).not.toBe('');
      expect(f.meetingGuideCode, f.code).not.toBe('');
    }
  });

  it('has Open (O) and Closed (C) with the NAWS codes OPEN and CLOSED', () => {
    const open = FORMAT_CATALOGUE.find((f) => f.code === 'O');
    const closed = FORMAT_CATALOGUE.find((f) => f.code === 'C');
    expect(open).toMatchObject({ type: 'open_closed', worldId: 'OPEN', meetingGuideCode: 'O' });
    expect(closed).toMatchObject({ type: 'open_closed', worldId: 'CLOSED', meetingGuideCode: 'C' });
  });

  it('has exactly two open/closed formats', () => {
    const codes = FORMAT_CATALOGUE.filter((f) => f.type === 'open_closed').map((f) => f.code);
    expect(codes.sort()).toEqual(['C', 'O']);
  });

  it('includes the attendance formats BMLT reserves (HY, TC, VM)', () => {
    for (const code of ['HY', 'TC', 'VM']) {
      expect(formatByCode(code)?.type, code).toBe('attendance');
    }
  });

  it('includes the standard NA literature studies', () => {
    for (const code of ['BT', 'JT', 'IW', 'SG', 'LC', 'GP', 'SPAD']) {
      expect(formatByCode(code)?.type, code).toBe('literature');
    }
  });
});

describe('formatByCode', () => {
  it('finds every catalogue entry by its code', () => {
    for (const f of FORMAT_CATALOGUE) {
      expect(formatByCode(f.code)).toBe(f);
    }
  });

  it('returns the expected entry for a known code', () => {
    expect(formatByCode('BT')).toMatchObject({ code: 'BT', worldId: 'BT', type: 'literature' });
    expect(formatByCode('JT')?.worldId).toBe('JFT');
  });

  it('returns undefined for unknown codes', () => {
    expect(formatByCode('NOPE')).toBeUndefined();
    expect(formatByCode('')).toBeUndefined();
    expect(formatByCode('toString')).toBeUndefined();
    expect(formatByCode('__proto__')).toBeUndefined();
  });

  it('is case-sensitive, like BMLT key strings', () => {
    expect(formatByCode('So')?.worldId).toBe('SPK');
    expect(formatByCode('SO')).toBeUndefined();
    expect(formatByCode('st')).toBeUndefined();
  });
});
