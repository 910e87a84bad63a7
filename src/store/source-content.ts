import { sql, type Transaction } from 'kysely';
import { emptyOnline, emptyVenue, type Meeting, type MeetingInput } from '../domain/meeting.js';
import type { DialectHelpers } from './dialect/helpers.js';
import { BATCH, withFormats } from './meeting-repository.js';
import { formatsByMeeting, meetingToRow } from './meeting-rows.js';
import type { Database } from './schema.js';

const PROBE: MeetingInput = {
  name: '',
  program: '',
  categories: [],
  serviceBodyId: null,
  groupName: null,
  groupNotes: null,
  worldId: null,
  schedule: { weekday: 0, startTime: '00:00', durationMinutes: 60, timeZone: 'UTC' },
  attendance: 'in_person',
  venue: emptyVenue(),
  online: emptyOnline(),
  formats: [],
  languages: [],
  notes: null,
  website: null,
  contacts: [],
  adminNotes: null,
  published: true,
  sample: false,
  provenance: { source: null, externalId: null },
  extras: {},
};

/** The columns that say what a meeting is: all but id, slug and times, in meetingToRow's order. */
const CONTENT_COLUMNS = Object.keys(meetingToRow(PROBE, '')).filter((column) => column !== 'slug');

/** A meeting's content as a list of column values (booleans as 1/0) plus its formats. */
export interface Content {
  values: unknown[];
  formats: string[];
}

export function inputContent(input: MeetingInput): Content {
  const row = meetingToRow(input, '') as { [column: string]: unknown };
  return { values: CONTENT_COLUMNS.map((column) => row[column]), formats: input.formats };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // PostgreSQL answers booleans; SQLite and meetingToRow 1/0.
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) === Number(b);
  // Coordinates pass through a text form on the way out of the database.
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return false;
}

export function sameContent(a: Content, b: Content): boolean {
  return (
    a.values.length === b.values.length &&
    a.values.every((value, i) => sameValue(value, b.values[i])) &&
    a.formats.length === b.formats.length &&
    a.formats.every((code, i) => code === b.formats[i])
  );
}

export interface StoredContent {
  id: number;
  content: Content;
}

/**
 * What every meeting of a source says, keyed by external id. Each row comes back as one
 * JSON array built by the database: turning 35,000 rows of 45 columns into objects costs
 * several times more than parsing one array per row.
 */
export async function storedContent(
  trx: Transaction<Database>,
  dialect: DialectHelpers,
  source: string,
): Promise<Map<string, StoredContent>> {
  const content = dialect.jsonArray(CONTENT_COLUMNS.map((column) => sql.ref(column)));
  const rows = await trx
    .selectFrom('meetings')
    .select(['id', 'external_id', content.as('content')])
    .where('source', '=', source)
    .execute();
  const formatRows = await trx
    .selectFrom('meeting_formats')
    .innerJoin('meetings', 'meetings.id', 'meeting_formats.meeting_id')
    .select(['meeting_formats.meeting_id', 'meeting_formats.format_code'])
    .where('meetings.source', '=', source)
    .orderBy('meeting_formats.meeting_id')
    .orderBy('meeting_formats.position')
    .execute();
  const formats = formatsByMeeting(formatRows);
  return new Map(
    rows.map((row) => [
      row.external_id ?? '',
      { id: row.id, content: { values: dialect.readJsonArray(row.content), formats: formats.get(row.id) ?? [] } },
    ]),
  );
}

/** Whole meetings by id (for the change log's "before"), read in batches. */
export async function meetingsById(trx: Transaction<Database>, ids: readonly number[]): Promise<Map<number, Meeting>> {
  const sorted = [...ids].sort((a, b) => a - b);
  const found = new Map<number, Meeting>();
  for (let start = 0; start < sorted.length; start += BATCH) {
    const rows = await trx
      .selectFrom('meetings')
      .selectAll()
      .where('id', 'in', sorted.slice(start, start + BATCH))
      .orderBy('id')
      .execute();
    if (rows.length === 0) continue;
    for (const meeting of await withFormats(trx, rows)) found.set(meeting.id, meeting);
  }
  return found;
}
