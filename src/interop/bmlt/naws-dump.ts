import { stringify } from 'csv-stringify/sync';
import type { NumberedFormat } from '../../domain/format.js';
import type { PublicMeeting } from '../../domain/meeting.js';
import type { ServiceBody } from '../../domain/service-body.js';
import { weekdayName } from '../../domain/weekday.js';
import { safeText } from '../csv/safe-cell.js';

/** NA World Services' import columns, in its order. */
export const NAWS_COLUMNS = [
  'Committee',
  'CommitteeName',
  'AddDate',
  'AreaRegion',
  'ParentName',
  'ComemID',
  'ContactID',
  'ContactName',
  'CompanyName',
  'ContactAddrID',
  'ContactAddress1',
  'ContactAddress2',
  'ContactCity',
  'ContactState',
  'ContactZip',
  'ContactCountry',
  'ContactPhone',
  'MeetingID',
  'Room',
  'Closed',
  'WheelChr',
  'Day',
  'Time',
  'Language1',
  'Language2',
  'Language3',
  'LocationId',
  'Place',
  'Address',
  'City',
  'LocBorough',
  'State',
  'Zip',
  'Country',
  'Directions',
  'Institutional',
  'Format1',
  'Format2',
  'Format3',
  'Format4',
  'Format5',
  'Delete',
  'LastChanged',
  'Longitude',
  'Latitude',
  'ContactGP',
  'PhoneMeetingNumber',
  'VirtualMeetingLink',
  'VirtualMeetingInfo',
  'TimeZone',
  'bmlt_id',
  'unpublished',
] as const;
type Column = (typeof NAWS_COLUMNS)[number];

/** Formats NAWS records in columns of their own (Closed, WheelChr), not among Format1–5. */
const OWN_COLUMN = new Set(['OPEN', 'CLOSED', 'WCHR']);
/** Listed first so that five columns never drop them: how a meeting is held, and who it is for. */
const FIRST = ['VM', 'TC', 'HYBR', 'W', 'M', 'GL'];

export interface NawsRow {
  meeting: PublicMeeting;
  deleted: boolean;
}

function usDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(-2)}`;
}

function joinNonEmpty(parts: (string | null)[], separator: string): string {
  return parts
    .map((p) => p?.trim() ?? '')
    .filter((p) => p !== '')
    .join(separator);
}

function row(entry: NawsRow, body: ServiceBody | undefined, formats: ReadonlyMap<string, NumberedFormat>): Record<Column, string> {
  const { meeting, deleted } = entry;
  const { venue, online, schedule } = meeting;
  const own = meeting.formats.flatMap((code) => formats.get(code) ?? []);
  const codes =
    meeting.attendance === 'temporarily_closed' ? [...new Set([...own.map((f) => f.worldId), 'TC'])] : own.map((f) => f.worldId);
  const naws = [...new Set(codes.filter((c): c is string => c !== null && c !== ''))];
  const listed = [...FIRST.filter((c) => naws.includes(c)), ...naws.filter((c) => !FIRST.includes(c) && !OWN_COLUMN.has(c))];
  const languages = own.filter((f) => f.worldId === 'LANG').map((f) => f.code.toUpperCase());
  const closed = naws.includes('CLOSED') ? 'CLOSED' : naws.includes('OPEN') ? 'OPEN' : 'CLOSED';
  const empty = Object.fromEntries(NAWS_COLUMNS.map((c) => [c, ''])) as Record<Column, string>;
  return {
    ...empty,
    Committee: meeting.worldId?.trim() ?? '',
    CommitteeName: meeting.name,
    AreaRegion: body?.worldId ?? '',
    ParentName: body?.name ?? '',
    Room: own
      .filter((f) => f.worldId === null)
      .map((f) => f.text.en.name)
      .join(', '),
    Closed: closed,
    WheelChr: naws.includes('WCHR') ? 'TRUE' : 'FALSE',
    Day: weekdayName(schedule.weekday),
    Time: schedule.startTime.replace(':', ''),
    Language1: languages[0] ?? '',
    Place: venue.name ?? '',
    Address: venue.street ?? '',
    City: venue.citySubsection || venue.city || venue.neighborhood || '',
    LocBorough: venue.neighborhood ?? '',
    State: venue.state ?? '',
    Zip: venue.postalCode ?? '',
    Country: venue.country,
    Directions: joinNonEmpty([venue.notes, meeting.notes], ', '),
    Institutional: 'FALSE',
    Format1: listed[0] ?? '',
    Format2: listed[1] ?? '',
    Format3: listed[2] ?? '',
    Format4: listed[3] ?? '',
    Format5: listed[4] ?? '',
    Delete: deleted ? 'D' : '',
    LastChanged: usDate(meeting.updatedAt),
    Longitude: venue.longitude === null ? '' : String(venue.longitude),
    Latitude: venue.latitude === null ? '' : String(venue.latitude),
    PhoneMeetingNumber: online.conferencePhone ?? '',
    VirtualMeetingLink: online.conferenceUrl ?? '',
    VirtualMeetingInfo: joinNonEmpty([online.conferenceUrlNotes, online.conferencePhoneNotes], ' '),
    TimeZone: schedule.timeZone,
    bmlt_id: String(meeting.id),
    unpublished: meeting.published ? '' : '1',
  };
}

/** Columns that hold numbers from our own data, which no spreadsheet reads as a formula. */
const NUMERIC = new Set<Column>(['Longitude', 'Latitude']);

/**
 * The NAWS export of a service body and the bodies below it. As in BMLT, meetings of a body
 * without a NAWS id are left out (NAWS could not place them), and deleted meetings without a
 * NAWS id of their own, or already marked "deleted" there, are not reported.
 */
export function nawsRows(
  entries: readonly NawsRow[],
  bodies: readonly ServiceBody[],
  formats: readonly NumberedFormat[],
): Record<Column, string>[] {
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const formatByCode = new Map(formats.map((f) => [f.code, f]));
  const rows: Record<Column, string>[] = [];
  for (const entry of entries) {
    const body = entry.meeting.serviceBodyId === null ? undefined : bodyById.get(entry.meeting.serviceBodyId);
    if (entry.deleted) {
      const world = entry.meeting.worldId?.trim().toLowerCase() ?? '';
      if (world === '' || world === 'deleted') continue;
    } else if (!body?.worldId?.trim()) continue;
    rows.push(row(entry, body, formatByCode));
  }
  return rows;
}

export function nawsCsv(rows: readonly Record<Column, string>[]): string {
  return stringify([[...NAWS_COLUMNS], ...rows.map((r) => NAWS_COLUMNS.map((c) => (NUMERIC.has(c) ? r[c] : safeText(r[c]))))]);
}

/** BMLT's file name: BMLT_<WORLD ID>_<body name>_<date and time>.csv, letters and digits only. */
export function nawsFileName(body: ServiceBody, now: Date): string {
  const world = (body.worldId ?? '').toUpperCase().replace(/\W/g, '_');
  const name = body.name.toLowerCase().replace(/\W/g, '_');
  const stamp = now.toISOString().slice(0, 19).replace(/[-T:]/g, '_');
  return `${['BMLT', /^_*$/.test(world) ? '' : world, /^_*$/.test(name) ? '' : name, stamp].join('_')}.csv`;
}
