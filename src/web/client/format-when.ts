import { WEEKDAY_NAMES } from '../../domain/weekday.js';

/** "19:05" as "7:05 PM"; anything else unchanged. */
export function formatClock(time: string): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) return time;
  const hours = Number(match[1]);
  if (hours > 23) return time;
  const half = hours < 12 ? 'AM' : 'PM';
  return `${hours % 12 === 0 ? 12 : hours % 12}:${match[2]!} ${half}`;
}

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday] ?? '';
}

/** What the map's popup says: the weekly time in the meeting's own zone, e.g. "Tuesday 7:00 PM PDT". */
export function weeklyTime(schedule: { weekday: number; startTime: string }, abbreviation?: string): string {
  const when = `${weekdayName(schedule.weekday)} ${formatClock(schedule.startTime)}`.trim();
  return abbreviation ? `${when} ${abbreviation}` : when;
}

/**
 * The next occurrence in the viewer's zone, e.g. "Tuesday, Nov 12, 7:00 PM PST"; null when the instant
 * is not readable. The zone is the browser's own unless given (tests pin it).
 */
export function nextTimeText(nextStart: string | null, options: { timeZone?: string | undefined; locale?: string } = {}): string | null {
  if (nextStart === null) return null;
  const instant = new Date(nextStart);
  if (Number.isNaN(instant.getTime())) return null;
  try {
    return new Intl.DateTimeFormat(options.locale ?? 'en-US', {
      weekday: 'long',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    }).format(instant);
  } catch {
    // An unknown zone: fall back to the browser's.
    return new Intl.DateTimeFormat(options.locale ?? 'en-US', { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(instant);
  }
}
