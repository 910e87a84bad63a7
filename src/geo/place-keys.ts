import { foldText } from '../domain/text-fold.js';

/** Far longer than any place name, even with a street address in front; longer input is no place. */
const MAX_QUERY_LENGTH = 200;
/** Input this long is rejected before any work is spent on it. */
const MAX_RAW_LENGTH = 1000;
/** Suggestions start at this many typed characters. */
export const MIN_SUGGEST_LENGTH = 2;

const TRAILING_COUNTRY = /[\s,]*\b(?:u\.?\s?s\.?(?:\s?a\.?)?|united states(?: of america)?)$/;

/** Both spellings of these words name the same city ("St. Louis", "Saint Louis"); keys use the long form. */
const WORD_FORMS: ReadonlyMap<string, string> = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['ft', 'fort'],
  ['mt', 'mount'],
]);

/** The folded query without a trailing country or stray punctuation; undefined when it can be no place. */
export function prepare(text: string): string | undefined {
  if (text.length > MAX_RAW_LENGTH) return undefined;
  const query = foldText(text)
    .replace(TRAILING_COUNTRY, '')
    .replace(/^[\s,;]+|[\s,;]+$/g, '');
  return query.length > 0 && query.length <= MAX_QUERY_LENGTH ? query : undefined;
}

function words(text: string): string[] {
  return foldText(text)
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * A city name as matched: folded, "st"/"ft"/"mt" spelt out, then without spaces or punctuation,
 * because the gazetteer writes "Mc Kenzie" and "Coeur D Alene" where people type "McKenzie" and
 * "Coeur d'Alene".
 */
export function nameKey(text: string): string {
  return words(text)
    .map((w) => WORD_FORMS.get(w) ?? w)
    .join('');
}

/** A state name or code as matched: folded, letters only ("D.C." → "dc"). */
export function stateKey(text: string): string {
  return foldText(text)
    .replaceAll('.', '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** The name keys a half-typed query may begin: its last word as typed, and spelt out ("st" → "saint"). */
export function typedPrefixes(query: string): string[] {
  const typed = words(query);
  const last = typed.pop();
  if (last === undefined) return [];
  const head = typed.map((w) => WORD_FORMS.get(w) ?? w).join('');
  const spelt = WORD_FORMS.get(last);
  return spelt === undefined ? [head + last] : [head + last, head + spelt];
}
