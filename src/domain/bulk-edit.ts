import { ATTENDANCE, type Attendance } from './attendance.js';
import type { Meeting, MeetingInput } from './meeting.js';
import { validateMeetingInput, type MeetingRules } from './meeting-validation.js';
import { inputOfMeeting } from './meeting-input.js';
import { mayEditMeetingIn, type Actor } from './permissions.js';
import type { Problem } from './problem.js';
import { isTimeZone } from './time-zone.js';

/** The one field a bulk edit sets or clears on every meeting it reaches (issue 12 §5). */
export type BulkOperation =
  | { field: 'formats-add'; codes: string[] }
  | { field: 'formats-remove'; codes: string[] }
  | { field: 'service-body'; serviceBodyId: number | null }
  | { field: 'published'; published: boolean }
  | { field: 'attendance'; attendance: Attendance }
  | { field: 'time-zone'; timeZone: string };

export const BULK_FIELDS = ['formats-add', 'formats-remove', 'service-body', 'published', 'attendance', 'time-zone'] as const;
export type BulkField = (typeof BULK_FIELDS)[number];

/** The form's fields as sent: `field` picks the operation, the others carry its value. */
export interface BulkForm {
  field: string;
  formats: readonly string[];
  serviceBodyId: string;
  published: string;
  attendance: string;
  timeZone: string;
}

export type ParsedBulk = { ok: true; operation: BulkOperation } | { ok: false; problems: Problem[] };

/** Reads and checks the operation, naming the form field that is wrong. */
export function parseBulkOperation(form: BulkForm, rules: MeetingRules, bodyIds: ReadonlySet<number>): ParsedBulk {
  const fail = (field: string, message: string): ParsedBulk => ({ ok: false, problems: [{ field, message }] });
  switch (form.field) {
    case 'formats-add':
    case 'formats-remove': {
      const codes = [...new Set(form.formats.map((code) => code.trim()).filter(Boolean))];
      if (codes.length === 0) return fail('formats', 'choose at least one format');
      const unknown = codes.filter((code) => !rules.formatCodes.has(code));
      if (unknown.length > 0) return fail('formats', `unknown format codes: ${unknown.join(', ')}`);
      return { ok: true, operation: { field: form.field, codes } };
    }
    case 'service-body': {
      if (form.serviceBodyId === '') return { ok: true, operation: { field: 'service-body', serviceBodyId: null } };
      const id = Number(form.serviceBodyId);
      if (!Number.isInteger(id) || !bodyIds.has(id)) return fail('serviceBodyId', 'choose a service body from the list');
      return { ok: true, operation: { field: 'service-body', serviceBodyId: id } };
    }
    case 'published':
      if (form.published !== 'yes' && form.published !== 'no') return fail('published', 'choose published or unpublished');
      return { ok: true, operation: { field: 'published', published: form.published === 'yes' } };
    case 'attendance':
      if (!(ATTENDANCE as readonly string[]).includes(form.attendance)) return fail('attendance', 'choose how people attend');
      return { ok: true, operation: { field: 'attendance', attendance: form.attendance as Attendance } };
    case 'time-zone': {
      const zone = form.timeZone.trim();
      if (!isTimeZone(zone)) return fail('timeZone', `"${form.timeZone}" is not a time zone such as America/Chicago`);
      return { ok: true, operation: { field: 'time-zone', timeZone: zone } };
    }
    default:
      return fail('field', 'choose the field to change');
  }
}

/** The meeting with the operation done, or null when it already is so (nothing to write). */
export function applyBulkOperation(input: MeetingInput, operation: BulkOperation): MeetingInput | null {
  switch (operation.field) {
    case 'formats-add': {
      const missing = operation.codes.filter((code) => !input.formats.includes(code));
      return missing.length === 0 ? null : { ...input, formats: [...input.formats, ...missing] };
    }
    case 'formats-remove': {
      const kept = input.formats.filter((code) => !operation.codes.includes(code));
      return kept.length === input.formats.length ? null : { ...input, formats: kept };
    }
    case 'service-body':
      return input.serviceBodyId === operation.serviceBodyId ? null : { ...input, serviceBodyId: operation.serviceBodyId };
    case 'published':
      return input.published === operation.published ? null : { ...input, published: operation.published };
    case 'attendance':
      return input.attendance === operation.attendance ? null : { ...input, attendance: operation.attendance };
    case 'time-zone':
      return input.schedule.timeZone === operation.timeZone
        ? null
        : { ...input, schedule: { ...input.schedule, timeZone: operation.timeZone } };
  }
}

export type SkipReason = 'not-yours' | 'target-not-yours' | 'unchanged' | 'invalid';

export interface Skipped {
  meeting: Pick<Meeting, 'id' | 'name'>;
  reason: SkipReason;
  /** For 'invalid': what the meeting would break. */
  problem?: string;
}

export interface BulkPlan {
  edits: { id: number; input: MeetingInput; ifUpdatedAt: string }[];
  skipped: Skipped[];
}

/**
 * Which of the chosen meetings the bulk edit changes, and why the others are left: the actor
 * may not edit them (or may not move them to the body asked for), they already are so, or the
 * change would leave them invalid (an online meeting with no link, say).
 */
export function planBulkEdit(meetings: readonly Meeting[], operation: BulkOperation, actor: Actor, rules: MeetingRules): BulkPlan {
  const plan: BulkPlan = { edits: [], skipped: [] };
  const targetAllowed = operation.field !== 'service-body' || mayEditMeetingIn(actor, operation.serviceBodyId);
  for (const meeting of meetings) {
    const about = { id: meeting.id, name: meeting.name };
    if (!mayEditMeetingIn(actor, meeting.serviceBodyId)) {
      plan.skipped.push({ meeting: about, reason: 'not-yours' });
      continue;
    }
    if (!targetAllowed) {
      plan.skipped.push({ meeting: about, reason: 'target-not-yours' });
      continue;
    }
    const changed = applyBulkOperation(inputOfMeeting(meeting), operation);
    if (changed === null) {
      plan.skipped.push({ meeting: about, reason: 'unchanged' });
      continue;
    }
    const valid = validateMeetingInput(changed, rules);
    if (!valid.ok) {
      const first = valid.problems[0]!;
      plan.skipped.push({ meeting: about, reason: 'invalid', problem: `${first.field}: ${first.message}` });
      continue;
    }
    plan.edits.push({ id: meeting.id, input: valid.value, ifUpdatedAt: meeting.updatedAt });
  }
  return plan;
}
