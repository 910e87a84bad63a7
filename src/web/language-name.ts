import { messages } from './i18n/messages.js';

const names = new Map<string, string>();

/** "Spanish" for "es", in the page's language, from the platform's CLDR data; an unknown code as given. */
export function languageName(code: string): string {
  const key = `${messages().lang}:${code}`;
  const known = names.get(key);
  if (known !== undefined) return known;
  let name = code;
  try {
    const found = new Intl.DisplayNames([messages().lang], { type: 'language' }).of(code);
    if (found) name = found.charAt(0).toLocaleUpperCase(messages().lang) + found.slice(1);
  } catch {
    // Not a language code Intl knows (a feed's free text): show it as the source wrote it.
  }
  if (names.size < 500) names.set(key, name);
  return name;
}

/** The languages of a meeting worth naming on a page in `lang`: none when the page's own is among them. */
export function otherLanguages(languages: readonly string[], lang: string): string[] {
  return languages.some((code) => code.toLowerCase() === lang) ? [] : languages.map(languageName);
}
