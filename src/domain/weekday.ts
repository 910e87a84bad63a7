/** 0 = Sunday … 6 = Saturday, as in Meeting Guide and JavaScript. BMLT's 1-based days are converted at its edge. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export const WEEKDAYS: readonly Weekday[] = [0, 1, 2, 3, 4, 5, 6];
