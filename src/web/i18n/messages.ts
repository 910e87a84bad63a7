import { en, type Messages } from './en.js';

export type { Messages } from './en.js';

/** The languages the pages are written in; Spanish follows as `es.ts`, typed `Messages`. */
export type Locale = 'en';

const CATALOGUES: Record<Locale, Messages> = { en };

/** The page text in one language. */
export function messages(locale: Locale = 'en'): Messages {
  return CATALOGUES[locale];
}
