import { foldText } from '../../domain/text-fold.js';

/** Languages whose country names feeds write; Intl gives each one's names, so none is copied into the code. */
const LANGUAGES = [
  'en',
  'es',
  'fr',
  'de',
  'it',
  'pt',
  'nl',
  'pl',
  'sv',
  'da',
  'nb',
  'fi',
  'cs',
  'hu',
  'ro',
  'hr',
  'el',
  'ru',
  'uk',
  'tr',
  'ja',
  'zh',
  'ko',
  'ar',
  'he',
];

// Names feeds use that Intl does not give ("USA" is the ISO alpha-3 code).
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['usa', 'US'],
  ['us', 'US'],
  ['united states of america', 'US'],
  ['america', 'US'],
  ['eeuu', 'US'],
  ['ee uu', 'US'],
  ['can', 'CA'],
  ['mex', 'MX'],
  ['uk', 'GB'],
  ['gbr', 'GB'],
  ['great britain', 'GB'],
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['wales', 'GB'],
  ['northern ireland', 'GB'],
  ['brd', 'DE'],
  ['deu', 'DE'],
  ['holland', 'NL'],
  ['czech republic', 'CZ'],
]);

/** The form names are matched in: folded, without dots, a leading "the" or doubled spaces ("U.S.A" → "usa"). */
function nameKey(text: string): string {
  return foldText(text)
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Codes no longer in use whose names ("Deutschland" for DD in some languages) would shadow today's. */
const RETIRED = new Set(['AN', 'BU', 'CS', 'DD', 'FX', 'NT', 'SU', 'TP', 'YD', 'YU', 'ZR', 'EU', 'EZ', 'UN', 'QO', 'XA', 'XB']);

let byName: Map<string, string> | undefined;

/** Region names in every language above to ISO codes, built once from Intl. */
function names(): Map<string, string> {
  if (byName) return byName;
  const found = new Map<string, string>(ALIASES);
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const displays = LANGUAGES.flatMap((language) => [
    new Intl.DisplayNames(language, { type: 'region' }),
    new Intl.DisplayNames(language, { type: 'region', style: 'short' }),
  ]);
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      // Unassigned codes come back as themselves; "ZZ" and the like as "Unknown Region".
      const english = displays[0]!.of(code);
      if (english === undefined || english === code || english === 'Unknown Region' || RETIRED.has(code)) continue;
      for (const display of displays) {
        const name = display.of(code);
        if (name === undefined || name === code) continue;
        const key = nameKey(name);
        if (key.length > 2 && !found.has(key)) found.set(key, code);
      }
    }
  }
  byName = found;
  return byName;
}

/**
 * The ISO 3166-1 alpha-2 code a country name stands for, in any of the languages above
 * ("Deutschland", "Canadá", "États-Unis"), or an alias ("USA", "U.S.A", "UK"). Two-letter
 * codes other than "US" are not names: at the end of an address "CA" and "DE" are states.
 */
export function countryFromName(text: string): string | null {
  return names().get(nameKey(text)) ?? null;
}

export interface Country {
  /** Null when the value is absent or not recognised: the coordinates or the rest of the address decide. */
  code: string | null;
  warning: string | null;
}

/**
 * A country field: an ISO code in any case or a name in any language. An unknown value is
 * dropped with a warning rather than read as the US.
 */
export function looseCountry(value: string | null): Country {
  if (value === null) return { code: null, warning: null };
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    return code === 'UK' ? { code: 'GB', warning: null } : { code, warning: null };
  }
  const code = countryFromName(trimmed);
  if (code === null) return { code: null, warning: `country ${JSON.stringify(value)} not recognised: dropped` };
  // "USA" or "Deutschland" is as clear as a code: only a guess deserves a warning.
  return { code, warning: null };
}
