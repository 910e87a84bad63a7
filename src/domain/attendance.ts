/**
 * How people attend. `temporarily_closed` is a venue that is not meeting for now and has
 * no online alternative; a closed venue that meets online is simply `online`.
 */
export const ATTENDANCE = ['in_person', 'online', 'hybrid', 'temporarily_closed'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export function needsVenueAddress(attendance: Attendance): boolean {
  return attendance === 'in_person' || attendance === 'hybrid';
}

export function needsOnlineAccess(attendance: Attendance): boolean {
  return attendance === 'online' || attendance === 'hybrid';
}

/**
 * Whether a meeting is held at all for now: a temporarily closed one is not. The search leaves
 * those out unless asked for them, and the counts of meetings a week leave them out too, so
 * that a state's page, its printed list and its search give the same number.
 */
export function meetsForNow(attendance: Attendance): boolean {
  return attendance !== 'temporarily_closed';
}
