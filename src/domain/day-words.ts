import type { Weekday } from './weekday.js';

/**
 * The words people write for a day, in English and Spanish, 0 = Sunday. `loose` holds the short
 * Spanish forms that only the importers accept: "mar" and "dom" in a search box are more
 * likely a typo or a word than a day.
 */
const DAY_WORDS: readonly { words: readonly string[]; loose: readonly string[] }[] = [
  { words: ['sunday', 'sun', 'domingo'], loose: ['dom'] },
  { words: ['monday', 'mon', 'lunes'], loose: ['lun'] },
  { words: ['tuesday', 'tue', 'tues', 'martes'], loose: ['mar'] },
  { words: ['wednesday', 'wed', 'miercoles', 'miércoles'], loose: ['mié', 'mie'] },
  { words: ['thursday', 'thu', 'thur', 'thurs', 'jueves'], loose: ['jue'] },
  { words: ['friday', 'fri', 'viernes'], loose: ['vie'] },
  { words: ['saturday', 'sat', 'sabado', 'sábado'], loose: ['sáb', 'sab'] },
];

function table(loose: boolean): ReadonlyMap<string, Weekday> {
  return new Map(
    DAY_WORDS.flatMap((day, weekday) => [...day.words, ...(loose ? day.loose : [])].map((word) => [word, weekday as Weekday] as const)),
  );
}

const STRICT = table(false);
const LOOSE = table(true);

export interface DayWordOptions {
  /**
   * Also take what feeds write: surrounding spaces, a trailing full stop ("Mon.") and the short
   * Spanish forms ("mié"). The search's parameters take the strict forms only.
   */
  loose?: boolean;
}

/**
 * The weekday a word names: a digit 0 (Sunday) to 6 (Saturday), or a day's name or usual
 * abbreviation in English or Spanish, in any case. Null when it names none.
 */
export function dayFromWord(text: string, options: DayWordOptions = {}): Weekday | null {
  const word = options.loose ? text.trim().toLowerCase().replace(/\.$/, '') : text.toLowerCase();
  if (/^[0-6]$/.test(word)) return Number(word) as Weekday;
  return (options.loose ? LOOSE : STRICT).get(word) ?? null;
}
