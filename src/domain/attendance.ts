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
