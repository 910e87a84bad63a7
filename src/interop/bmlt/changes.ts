import { isObj } from '../../domain/field-reader.js';
import { toPublicMeeting, type Meeting, type PublicMeeting } from '../../domain/meeting.js';
import { QueryError } from '../../domain/query-params.js';
import type { BmltMeeting, FieldKey } from './fields.js';
import { bmltMeeting, type RenderContext } from './meeting-object.js';
import { integer, single, type Params } from './params.js';

/** One row of the change log, as much of it as GetChanges needs. */
export interface LoggedChange {
  seq: number;
  at: string;
  actor: string;
  entityId: string;
  action: 'create' | 'update' | 'delete';
  before: unknown;
  after: unknown;
}

export interface ChangesRequest {
  /** ISO instants, [from, to); null for open. */
  from: string | null;
  to: string | null;
  meetingId: number | null;
  serviceBodyId: number | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" as the UTC instant its day starts, `days` later; a date that does not exist is refused. */
function dayStart(params: Params, name: string, days: number): string | null {
  const text = single(params, name);
  if (text === null) return null;
  const match = DATE.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.getUTCDate() !== Number(match[3]) || date.getUTCMonth() !== Number(match[2]) - 1) {
    throw new QueryError(name, `${name} must be a date as YYYY-MM-DD, such as 2026-11-24`);
  }
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString();
}

/** GetChanges' parameters; dates are whole UTC days, end_date included. */
export function parseChangesParams(params: Params): ChangesRequest {
  const from = dayStart(params, 'start_date', 0);
  const to = dayStart(params, 'end_date', 1);
  if (from !== null && to !== null && from >= to) throw new QueryError('end_date', 'end_date must not be before start_date');
  return {
    from,
    to,
    meetingId: integer(params, 'meeting_id', 1, 999_999_999_999),
    serviceBodyId: integer(params, 'service_body_id', 1, 999_999_999_999),
  };
}

/**
 * A logged meeting, if the value has a meeting's shape; its private fields dropped here, so
 * that nothing below can show them.
 */
export function publicSide(value: unknown): PublicMeeting | null {
  if (!isObj(value)) return null;
  const ok =
    typeof value.id === 'number' &&
    typeof value.name === 'string' &&
    isObj(value.schedule) &&
    isObj(value.venue) &&
    isObj(value.online) &&
    Array.isArray(value.formats) &&
    Array.isArray(value.languages) &&
    typeof value.attendance === 'string';
  if (!ok) return null;
  const visible = toPublicMeeting(value as unknown as Meeting);
  // Only what anyone may see: an unpublished meeting's history stays with its editors.
  return visible.published ? visible : null;
}

export interface BmltChange {
  date_int: string;
  date_string: string;
  change_type: string;
  change_id: string;
  meeting_id: string;
  meeting_name: string;
  user_id: string;
  user_name: string;
  service_body_id: string;
  service_body_name: string;
  meeting_exists: string;
  details: string;
  json_data: { before?: BmltMeeting; after?: BmltMeeting };
}

const CHANGE_TYPE: Readonly<Record<LoggedChange['action'], string>> = {
  create: 'comdef_change_type_new',
  update: 'comdef_change_type_change',
  delete: 'comdef_change_type_delete',
};

/** Fields that describe a search answer, not the meeting: left out of a change's snapshots. */
const NOT_IN_SNAPSHOT: ReadonlySet<FieldKey> = new Set(['distance_in_km', 'distance_in_miles', 'shared_group_id_bigint', 'email_contact']);

function snapshot(meeting: PublicMeeting, context: RenderContext): Required<BmltMeeting> {
  return bmltMeeting(meeting, null, context);
}

function trimmed(full: Required<BmltMeeting>): BmltMeeting {
  const out: BmltMeeting = {};
  for (const key of Object.keys(full) as FieldKey[]) if (!NOT_IN_SNAPSHOT.has(key)) out[key] = full[key];
  return out;
}

/** "g:i A, n/j/Y" as BMLT writes it ("7:05 PM, 11/24/2026"), in UTC. */
export function bmltDateString(iso: string): string {
  const d = new Date(iso);
  const hours = d.getUTCHours();
  const minutes = String(d.getUTCMinutes()).padStart(2, '0');
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}:${minutes} ${hours < 12 ? 'AM' : 'PM'}, ${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
}

function describe(change: LoggedChange, before: Required<BmltMeeting> | null, after: Required<BmltMeeting> | null): string {
  const name = after?.meeting_name ?? before?.meeting_name ?? '';
  if (change.action === 'create' || before === null) return `The meeting "${name}" was created.`;
  if (change.action === 'delete' || after === null) return `The meeting "${name}" was deleted.`;
  const changed = (Object.keys(after) as FieldKey[]).filter((k) => !NOT_IN_SNAPSHOT.has(k) && before[k] !== after[k]);
  if (changed.length === 0) return `The meeting "${name}" was saved without changes to its public details.`;
  return changed.map((k) => `${k} was changed from "${before[k]}" to "${after[k]}".`).join(' ');
}

/**
 * Meeting changes as GetChanges answers them, newest first. Only published sides are shown;
 * a change whose meeting was never published on either side is left out. An actor that looks
 * like an e-mail address is not shown.
 */
export function bmltChanges(changes: readonly LoggedChange[], request: ChangesRequest, context: RenderContext): BmltChange[] {
  const out: BmltChange[] = [];
  for (const change of [...changes].sort((a, b) => b.seq - a.seq)) {
    const beforeMeeting = publicSide(change.before);
    const afterMeeting = publicSide(change.after);
    if (beforeMeeting === null && afterMeeting === null) continue;
    const body = afterMeeting?.serviceBodyId ?? beforeMeeting?.serviceBodyId ?? null;
    if (request.serviceBodyId !== null && body !== request.serviceBodyId) continue;
    const before = beforeMeeting && snapshot(beforeMeeting, context);
    const after = afterMeeting && snapshot(afterMeeting, context);
    const json: BmltChange['json_data'] = {};
    if (before) json.before = trimmed(before);
    if (after) json.after = trimmed(after);
    out.push({
      date_int: String(Math.floor(Date.parse(change.at) / 1000)),
      date_string: bmltDateString(change.at),
      change_type: CHANGE_TYPE[change.action],
      change_id: String(change.seq),
      meeting_id: change.entityId,
      meeting_name: after?.meeting_name ?? before?.meeting_name ?? '',
      user_id: '',
      user_name: change.actor.includes('@') ? '' : change.actor,
      service_body_id: body === null ? '' : String(body),
      service_body_name: body === null ? '' : (context.serviceBodyNames.get(body) ?? ''),
      meeting_exists: change.after !== null ? '1' : '0',
      details: describe(change, before, after),
      json_data: json,
    });
  }
  return out;
}
