import type { Weekday } from '../../domain/weekday.js';

// English and Spanish names and their usual abbreviations, 0 = Sunday.
const NAMES: ReadonlyMap<string, Weekday> = new Map(
  (
    [
      ['sunday', 'sun', 'domingo', 'dom'],
      ['monday', 'mon', 'lunes', 'lun'],
      ['tuesday', 'tue', 'tues', 'martes', 'mar'],
      ['wednesday', 'wed', 'miércoles', 'miercoles', 'mié', 'mie'],
      ['thursday', 'thu', 'thur', 'thurs', 'jueves', 'jue'],
      ['friday', 'fri', 'viernes', 'vie'],
      ['saturday', 'sat', 'sábado', 'sabado', 'sáb', 'sab'],
    ] as const
  ).flatMap((names, day) => names.map((name) => [name, day as Weekday] as const)),
);

/**
 * A Meeting Guide weekday (0 = Sunday … 6 = Saturday) from an integer, a numeric string
 * ("3") or a day name ("Monday", "monday", "Mon."). Null when it is none of these.
 */
export function looseDay(value: unknown): Weekday | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= 6 ? (value as Weekday) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d$/.test(text)) return looseDay(Number(text));
  return NAMES.get(text) ?? null;
}

/** Days from a BMLT weekday_tinyint, where 1 = Sunday … 7 = Saturday. */
export function bmltDay(value: unknown): Weekday | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^[1-7]$/.test(text)) return null;
  return (Number(text) - 1) as Weekday;
}
