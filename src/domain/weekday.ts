/** 0 = Sunday … 6 = Saturday, as in Meeting Guide and JavaScript. BMLT's 1-based days are converted at its edge. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/**
 * The days' English names, Sunday first: as the exports write them (CSV, NAWS, schema.org's
 * day URLs) and as the English pages say them.
 */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export type WeekdayName = (typeof WEEKDAY_NAMES)[number];

export function weekdayName(day: Weekday): WeekdayName {
  return WEEKDAY_NAMES[day];
}
