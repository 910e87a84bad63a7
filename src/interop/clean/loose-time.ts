// Compiled once (module scope): these run on every row of a 35,000-meeting feed.
const CLOCK = /^(\d{1,2})(?:[:.h](\d{2}))?(?::(\d{2}))?\s*([ap])?\.?\s*(m\.?)?$/;

/**
 * A time of day as "HH:MM" (24 h) from what feeds send: "19:30", "7:30", "19:30:00" (BMLT),
 * "7:30 pm", "7:30PM", "7pm", "7 p.m.", "noon", "midnight". Seconds are dropped. Null when
 * the text is not a time.
 */
export function looseTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase();
  if (text === 'noon') return '12:00';
  if (text === 'midnight') return '00:00';
  const match = CLOCK.exec(text);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[4];
  if (meridiem === undefined && match[5] !== undefined) return null;
  if (meridiem === undefined && match[2] === undefined) return null;
  if (minutes > 59) return null;
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hours === 24 && minutes === 0) {
    hours = 0;
  } else if (hours > 23) {
    return null;
  }
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const HMS = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** A whole day: a 24-hour meeting (marathons, round-the-clock online rooms). */
export const FULL_DAY_MINUTES = 24 * 60;

// A day less one minute is how feeds write a whole day ("00:00" to "23:59", BMLT's "23:59:00").
const full = (minutes: number): number => (minutes === FULL_DAY_MINUTES - 1 ? FULL_DAY_MINUTES : minutes);

/**
 * Minutes from a BMLT duration "HH:MM:SS" (or "HH:MM"); "23:59" and "24:00" are a whole day.
 * Null when not a positive duration of a day or less.
 */
export function durationMinutes(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = HMS.exec(value.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  if (Number(match[2]) > 59 || minutes < 1 || minutes > FULL_DAY_MINUTES) return null;
  return full(minutes);
}

/**
 * Minutes from a start to an end "HH:MM", past midnight when the end is earlier; a day less
 * one minute ("00:00" to "23:59") is a whole day. Null when equal.
 */
export function minutesBetween(start: string, end: string): number | null {
  const from = Number(start.slice(0, 2)) * 60 + Number(start.slice(3, 5));
  const to = Number(end.slice(0, 2)) * 60 + Number(end.slice(3, 5));
  if (from === to) return null;
  return full(to > from ? to - from : to + FULL_DAY_MINUTES - from);
}
