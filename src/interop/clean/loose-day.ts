import { dayFromWord } from '../../domain/day-words.js';
import type { Weekday } from '../../domain/weekday.js';

/**
 * A Meeting Guide weekday (0 = Sunday … 6 = Saturday) from an integer, a numeric string
 * ("3") or a day name ("Monday", "monday", "Mon."). Null when it is none of these.
 */
export function looseDay(value: unknown): Weekday | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 && value <= 6 ? (value as Weekday) : null;
  if (typeof value !== 'string') return null;
  return dayFromWord(value, { loose: true });
}

/** Days from a BMLT weekday_tinyint, where 1 = Sunday … 7 = Saturday. */
export function bmltDay(value: unknown): Weekday | null {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^[1-7]$/.test(text)) return null;
  return (Number(text) - 1) as Weekday;
}
