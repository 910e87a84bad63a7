// Names feeds use for the US that Intl does not give ("USA" is the ISO alpha-3 code).
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['usa', 'US'],
  ['u.s.', 'US'],
  ['u.s.a.', 'US'],
  ['united states of america', 'US'],
  ['america', 'US'],
  ['can', 'CA'],
  ['mex', 'MX'],
  ['uk', 'GB'],
  ['england', 'GB'],
]);

let byName: Map<string, string> | undefined;

/** English region names to ISO codes, built once from Intl rather than copied into the code. */
function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const display = new Intl.DisplayNames('en', { type: 'region' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const code = first + second;
      const name = display.of(code);
      if (name !== undefined && name !== code && name !== 'Unknown Region') byName.set(name.toLowerCase(), code);
    }
  }
  return byName;
}

export interface Country {
  code: string;
  /** Set when the value was not recognised and US was assumed. */
  warning: string | null;
}

/**
 * An ISO 3166-1 alpha-2 code from a code in any case, "USA", or an English country name
 * ("United States", "Canada"). Absent means the US, the country this finder covers;
 * an unknown value also falls back to the US, with a warning.
 */
export function looseCountry(value: string | null): Country {
  if (value === null) return { code: 'US', warning: null };
  if (/^[A-Z]{2}$/.test(value)) return { code: value, warning: null };
  const lower = value.toLowerCase();
  const code = ALIASES.get(lower) ?? names().get(lower) ?? (/^[a-z]{2}$/.test(lower) ? lower.toUpperCase() : undefined);
  if (code === undefined) return { code: 'US', warning: `country ${JSON.stringify(value)} not recognised: US assumed` };
  // "USA" or "United States" is as clear as "US": only a guess deserves a warning.
  return { code, warning: null };
}
