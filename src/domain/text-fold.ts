const PLAIN_ASCII = /^[\x20-\x7e]*$/;
/** Printable ASCII words with single spaces between them: nearly every name and query. */
const TIDY_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;
const RUNS_OF_SPACES = / {2,}/g;
const MARKS = /\p{M}+/gu;
const SEPARATORS = /[\s\p{C}\p{Z}]+/gu;

/**
 * Text as it is matched and sorted: lower case, accents dropped ("Peñasco" → "penasco"),
 * any run of spaces, tabs, line breaks or invisible characters as one space, trimmed.
 * Unicode normalisation and property classes cost most of the time it takes to index
 * 100,000 meetings, so tidy ASCII skips them, and accented Latin text that is ASCII once
 * its accents are gone skips the second.
 */
export function foldText(text: string): string {
  if (TIDY_ASCII.test(text)) return text.toLowerCase();
  let plain = text;
  if (!PLAIN_ASCII.test(plain)) {
    plain = plain.normalize('NFKD').replace(MARKS, '');
    if (!PLAIN_ASCII.test(plain)) return plain.replace(SEPARATORS, ' ').trim().toLowerCase();
  }
  return plain.replace(RUNS_OF_SPACES, ' ').trim().toLowerCase();
}
