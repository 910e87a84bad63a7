import type { MeetingResult } from './api-types.js';
import { weeklyTime } from './format-when.js';

/** One marker: where, and what its popup says. */
export interface MapPoint {
  latitude: number;
  longitude: number;
  name: string;
  href: string;
  when: string;
}

/** The meetings that have a place on the map; online-only ones have none. */
export function mapPoints(meetings: readonly MeetingResult[]): MapPoint[] {
  const points: MapPoint[] = [];
  for (const meeting of meetings) {
    const { latitude, longitude } = meeting.venue;
    if (typeof latitude !== 'number' || typeof longitude !== 'number' || !Number.isFinite(latitude) || !Number.isFinite(longitude))
      continue;
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0)) continue;
    points.push({
      latitude,
      longitude,
      name: meeting.name,
      href: `/meetings/${encodeURIComponent(meeting.slug)}`,
      when: weeklyTime(meeting.schedule, meeting.localStart?.meeting.abbreviation),
    });
  }
  return points;
}
