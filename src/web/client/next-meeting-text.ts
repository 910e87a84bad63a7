import type { MeetingResult } from './api-types.js';
import { fillIn } from './island-text.js';

/** The home page list's words, written by the server into its data-next-meetings attribute (pages/home.tsx). */
export interface NextMeetingsText {
  /** "{place}" is the place's name; the "Here" forms are for the visitor's own location. */
  heading: string;
  headingHere: string;
  seeAll: string;
  seeAllHere: string;
  none: string;
  noneHere: string;
  today: string;
  tomorrow: string;
  /** "{day} {clock}": "Today 7:00 PM". */
  dayAndClock: string;
  inProgress: string;
  /** "{clock}" is when it ends. */
  inProgressUntil: string;
  /** "{miles}": "1.2 mi". */
  distance: string;
  closeBy: string;
  online: string;
  join: string;
  /** Said once the place is forgotten. */
  forgotten: string;
}

/** The parts of a day, time and zone the list needs, in one zone. */
interface Reading {
  /** "2026-12-03": comparable as text. */
  date: string;
  clock: string;
}

function read(instant: Date, locale: string, timeZone: string | undefined, withZone: boolean): Reading {
  const zone = timeZone ? { timeZone } : {};
  const date = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...zone }).format(instant);
  const clock = new Intl.DateTimeFormat(locale, {
    hour: 'numeric',
    minute: '2-digit',
    ...(withZone ? { timeZoneName: 'short' } : {}),
    ...zone,
  }).format(instant);
  return { date, clock };
}

/** The calendar day after "YYYY-MM-DD". */
function dayAfter(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * When, on the visitor's clock: "In progress, until 8:00 PM", "Today 7:00 PM", "Tomorrow 9:30 AM",
 * "Saturday 10:00 AM". The zone is named when the meeting keeps another one than the visitor
 * (an online meeting two zones away), so neither clock is mistaken for the other.
 */
export function whenText(
  meeting: Pick<MeetingResult, 'nextStart' | 'nextEnd' | 'inProgress' | 'localStart'>,
  now: Date,
  text: NextMeetingsText,
  options: { locale: string; timeZone: string | undefined },
): string {
  const { locale, timeZone } = options;
  const local = meeting.localStart;
  const otherZone = local !== null && local.meeting.abbreviation !== local.viewer.abbreviation;
  if (meeting.inProgress) {
    const end = meeting.nextEnd ? new Date(meeting.nextEnd) : null;
    if (end === null || Number.isNaN(end.getTime())) return text.inProgress;
    return fillIn(text.inProgressUntil, { clock: read(end, locale, timeZone, otherZone).clock });
  }
  const start = meeting.nextStart ? new Date(meeting.nextStart) : null;
  if (start === null || Number.isNaN(start.getTime())) return '';
  const { date, clock } = read(start, locale, timeZone, otherZone);
  const today = read(now, locale, timeZone, false).date;
  const day =
    date === today
      ? text.today
      : date === dayAfter(today)
        ? text.tomorrow
        : new Intl.DateTimeFormat(locale, { weekday: 'long', ...(timeZone ? { timeZone } : {}) }).format(start);
  return fillIn(text.dayAndClock, { day, clock });
}

/** Where: "1.2 mi" for a meeting one can walk into, "Online" for one that is only online, else nothing. */
export function whereText(meeting: Pick<MeetingResult, 'attendance' | 'distance'>, text: NextMeetingsText, locale: string): string | null {
  if (meeting.attendance === 'online') return text.online;
  if (meeting.distance === undefined || (meeting.attendance !== 'in_person' && meeting.attendance !== 'hybrid')) return null;
  if (meeting.distance < 0.1) return text.closeBy;
  const miles = meeting.distance.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return fillIn(text.distance, { miles });
}

/** The join link of a meeting one can join online, or null. */
export function joinUrl(meeting: Pick<MeetingResult, 'attendance' | 'online'>): string | null {
  if (meeting.attendance !== 'online' && meeting.attendance !== 'hybrid') return null;
  const url = meeting.online?.conferenceUrl ?? null;
  return url !== null && /^https?:\/\//i.test(url) ? url : null;
}
