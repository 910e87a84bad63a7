/**
 * An island's words. The server writes them from the message catalogue (src/web/i18n) into a
 * data attribute as JSON, so the scripts say what the pages say and a translation reaches them too.
 */

/**
 * The words in `attribute`, or null when they are missing or unreadable (the island then stays off).
 * The server renders the attribute from the catalogue typed as the island's own words, so the island
 * takes the object as that type.
 */
export function islandText(element: Element, attribute: string): object | null {
  const raw = element.getAttribute(attribute);
  if (raw === null || raw === '') return null;
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null ? value : null;
  } catch {
    return null;
  }
}

/** A catalogue template with its "{name}" slots filled in. */
export function fillIn(template: string, values: Record<string, string>): string {
  // Not Object.hasOwn: the bundle runs on phones older than it.
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : slot,
  );
}

/** A count's words in the page's language: "{count}" in the `one` or `other` form is the number. */
export interface PluralText {
  one: string;
  other: string;
}

export function countText(forms: PluralText, count: number, locale: string): string {
  let form: Intl.LDMLPluralRule = 'other';
  let shown = String(count);
  try {
    form = new Intl.PluralRules(locale).select(count);
    shown = count.toLocaleString(locale);
  } catch {
    // An unknown locale: the general form, with the bare number, still reads correctly.
  }
  return fillIn(form === 'one' ? forms.one : forms.other, { count: shown });
}
