/**
 * A feed's value as trimmed text, or null when it says nothing. Feeds put numbers where
 * text belongs (a slug of 14, a ZIP of 97201) and empty strings for absent fields, so both
 * are accepted; objects and arrays are not text.
 */
export function looseText(value: unknown): string | null {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  return null;
}

/** Shortens a value for a warning, so that one bad field cannot flood a report. */
export function quote(value: unknown): string {
  // JSON.stringify answers undefined (not a string) for undefined.
  const text = typeof value === 'string' ? value : value === undefined ? 'undefined' : JSON.stringify(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
