import { stringify } from 'csv-stringify/sync';
import { needsOnlineAccess, type Attendance } from '../../domain/attendance.js';
import type { PublicMeeting } from '../../domain/meeting.js';
import { weekdayName } from '../../domain/weekday.js';
import { endTime, updatedStamp } from '../meeting-guide/to-meeting-guide.js';
import { publicNotes } from '../meeting-guide/to-sample-notes.js';
import { safeCell } from './safe-cell.js';

export interface CsvContext {
  /** A format's display name, or undefined for a code no longer in the catalogue. */
  formatName: (code: string) => string | undefined;
  /** The meeting's page on this site. */
  pageUrl: (meeting: PublicMeeting) => string;
}

const ATTENDANCE_NAMES: Record<Attendance, string> = {
  in_person: 'In person',
  online: 'Online',
  hybrid: 'In person and online',
  temporarily_closed: 'Temporarily closed',
};

type Cell = string | number | null;

/**
 * The columns of the export, headed in plain English for the volunteers who open it in a
 * spreadsheet. Names follow the Meeting Guide sheet's wording where it has the field.
 */
const COLUMNS: readonly (readonly [string, (meeting: PublicMeeting, context: CsvContext) => Cell])[] = [
  ['Name', (m) => m.name],
  ['Day', (m) => weekdayName(m.schedule.weekday)],
  ['Time', (m) => m.schedule.startTime],
  ['End Time', (m) => endTime(m.schedule.startTime, m.schedule.durationMinutes)],
  ['Time Zone', (m) => m.schedule.timeZone],
  ['Attendance', (m) => ATTENDANCE_NAMES[m.attendance]],
  ['Formats', (m, c) => m.formats.map((code) => c.formatName(code) ?? code).join('; ')],
  ['Format Codes', (m) => m.formats.join(' ')],
  ['Languages', (m) => m.languages.join(' ')],
  ['Program', (m) => m.program],
  ['Location', (m) => m.venue.name],
  ['Address', (m) => m.venue.street],
  ['City', (m) => m.venue.city],
  ['State', (m) => m.venue.state],
  ['Postal Code', (m) => m.venue.postalCode],
  ['Country', (m) => m.venue.country],
  ['Latitude', (m) => m.venue.latitude],
  ['Longitude', (m) => m.venue.longitude],
  ['Approximate Location', (m) => (m.attendance === 'online' || m.venue.approximate ? 'yes' : 'no')],
  ['Location Notes', (m) => m.venue.notes],
  ['Regions', (m) => m.venue.regions.join(' > ')],
  ['Online Link', (m) => (needsOnlineAccess(m.attendance) ? m.online.conferenceUrl : null)],
  ['Online Link Notes', (m) => (needsOnlineAccess(m.attendance) ? m.online.conferenceUrlNotes : null)],
  ['Phone', (m) => (needsOnlineAccess(m.attendance) ? m.online.conferencePhone : null)],
  ['Phone Notes', (m) => (needsOnlineAccess(m.attendance) ? m.online.conferencePhoneNotes : null)],
  ['Group', (m) => m.groupName],
  ['Group Notes', (m) => m.groupNotes],
  ['Notes', (m) => publicNotes(m)],
  ['Website', (m) => m.website],
  ['Page', (m, c) => c.pageUrl(m)],
  ['Updated', (m) => updatedStamp(m.updatedAt)],
  ['Slug', (m) => m.slug],
  ['ID', (m) => m.id],
];

export const CSV_HEADERS: readonly string[] = COLUMNS.map(([header]) => header);

/** One meeting's cells, in CSV_HEADERS order, each defused against formula injection. */
export function meetingRow(meeting: PublicMeeting, context: CsvContext): string[] {
  return COLUMNS.map(([, value]) => safeCell(value(meeting, context)));
}

/**
 * The meetings as CSV (RFC 4180: CRLF, quoted where needed), with a byte-order mark so that
 * Excel reads the UTF-8 accents of Spanish meeting names correctly.
 */
export function meetingsCsv(meetings: Iterable<PublicMeeting>, context: CsvContext): string {
  const rows: string[][] = [];
  for (const meeting of meetings) rows.push(meetingRow(meeting, context));
  return stringify(rows, { header: true, columns: [...CSV_HEADERS], bom: true, record_delimiter: 'windows' });
}
