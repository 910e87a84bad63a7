import { EMAIL, isHttpUrl, PHONE, PHONE_MAX_LENGTH } from './field-reader.js';
import type { Meeting, MeetingInput } from './meeting.js';
import { isTimeOfDay } from './time-of-day.js';
import type { Weekday } from './weekday.js';

/**
 * A visitor's correction of a meeting, or their report that it did not happen: what they may
 * propose (only what a visitor can know), how it is checked, and how it is applied. Pure.
 */
export const CORRECTION_KINDS = ['correction', 'did-not-happen'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** The meeting fields a visitor may propose, in the order the form and the diff show them. */
export const CORRECTION_FIELDS = ['weekday', 'startTime', 'street', 'conferenceUrl', 'conferencePhone'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

/** Proposed values as the form sends them ("2" for Tuesday, "19:30"); a field left empty is not proposed. */
export type ProposedFields = Partial<Record<CorrectionField, string>>;

export type CorrectionStatus = 'open' | 'applied' | 'dismissed';

/** A request as it is kept. `missedOn` is the date a "did not happen" report names, when it names one. */
export interface CorrectionRequest {
  id: number;
  meetingId: number;
  kind: CorrectionKind;
  proposed: ProposedFields;
  missedOn: string | null;
  message: string | null;
  /** Seen by admins only: never on a public page, feed or API. */
  email: string | null;
  status: CorrectionStatus;
  createdAt: string;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export type NewCorrection = Pick<CorrectionRequest, 'meetingId' | 'kind' | 'proposed' | 'missedOn' | 'message' | 'email'>;

/** What is wrong with one field of the form; the page words it. */
export type CorrectionProblem = 'nothing' | 'weekday' | 'time' | 'url' | 'phone' | 'email' | 'date' | 'tooLong';
export type CorrectionFormField = CorrectionField | 'message' | 'email' | 'missedOn';
export type CorrectionErrors = Partial<Record<CorrectionFormField, CorrectionProblem>>;

export const MESSAGE_MAX = 2000;
const STREET_MAX = 500;
const URL_MAX = 2000;
const EMAIL_MAX = 254;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const TWELVE_HOUR = /^(\d{1,2}):(\d{2})\s*([ap])\.?\s*m\.?$/i;

/**
 * "19:30" from what a browser without a time control lets a person type: "19:30", "7:30"
 * (07:30) or "7:30 PM"; null for anything else.
 */
export function timeOfDay(text: string): string | null {
  const twelve = TWELVE_HOUR.exec(text);
  if (twelve) {
    const hour = Number(twelve[1]);
    if (hour < 1 || hour > 12) return null;
    const hours = (hour % 12) + (twelve[3]!.toLowerCase() === 'p' ? 12 : 0);
    const time = `${String(hours).padStart(2, '0')}:${twelve[2]}`;
    return isTimeOfDay(time) ? time : null;
  }
  const padded = /^\d:\d\d$/.test(text) ? `0${text}` : text;
  return isTimeOfDay(padded) ? padded : null;
}

type FormValues = Partial<Record<CorrectionFormField, string>>;

function given(value: string | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** The part every kind shares: the free message and the optional email. */
function checkCommon(values: FormValues, errors: CorrectionErrors): { message: string | null; email: string | null } {
  const message = given(values.message);
  if (message !== null && message.length > MESSAGE_MAX) errors.message = 'tooLong';
  const email = given(values.email);
  if (email !== null && (email.length > EMAIL_MAX || !EMAIL.test(email))) errors.email = 'email';
  return { message, email };
}

export type CheckedCorrection = { ok: true; value: Omit<NewCorrection, 'meetingId'> } | { ok: false; errors: CorrectionErrors };

/** Checks a suggested correction: at least one proposed field or a message, each in its shape. */
export function checkCorrection(values: FormValues): CheckedCorrection {
  const errors: CorrectionErrors = {};
  const proposed: ProposedFields = {};
  const weekday = given(values.weekday);
  if (weekday !== null) {
    if (/^[0-6]$/.test(weekday)) proposed.weekday = weekday;
    else errors.weekday = 'weekday';
  }
  const startTime = given(values.startTime);
  if (startTime !== null) {
    const time = timeOfDay(startTime);
    if (time !== null) proposed.startTime = time;
    else errors.startTime = 'time';
  }
  const street = given(values.street);
  if (street !== null) {
    if (street.length > STREET_MAX) errors.street = 'tooLong';
    else proposed.street = street;
  }
  const url = given(values.conferenceUrl);
  if (url !== null) {
    if (url.length <= URL_MAX && isHttpUrl(url)) proposed.conferenceUrl = url;
    else errors.conferenceUrl = 'url';
  }
  const phone = given(values.conferencePhone);
  if (phone !== null) {
    if (phone.length <= PHONE_MAX_LENGTH && PHONE.test(phone)) proposed.conferencePhone = phone;
    else errors.conferencePhone = 'phone';
  }
  const { message, email } = checkCommon(values, errors);
  const proposedAnything = weekday !== null || startTime !== null || street !== null || url !== null || phone !== null;
  if (!proposedAnything && message === null) errors.message = 'nothing';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { kind: 'correction', proposed, missedOn: null, message, email } };
}

/** Checks a "did not happen" report: everything is optional, but what is given must be in shape. */
export function checkDidNotHappen(values: FormValues): CheckedCorrection {
  const errors: CorrectionErrors = {};
  const missedOn = given(values.missedOn);
  if (missedOn !== null && !isIsoDate(missedOn)) errors.missedOn = 'date';
  const { message, email } = checkCommon(values, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { kind: 'did-not-happen', proposed: {}, missedOn, message, email } };
}

/** A meeting's current value of a field, as the form and the diff write it. */
export function currentValue(meeting: Pick<Meeting, 'schedule' | 'venue' | 'online'>, field: CorrectionField): string | null {
  switch (field) {
    case 'weekday':
      return String(meeting.schedule.weekday);
    case 'startTime':
      return meeting.schedule.startTime;
    case 'street':
      return meeting.venue.street;
    case 'conferenceUrl':
      return meeting.online.conferenceUrl;
    case 'conferencePhone':
      return meeting.online.conferencePhone;
  }
}

export interface CorrectionDiffRow {
  field: CorrectionField;
  current: string | null;
  proposed: string;
  /** The meeting already says this (fixed since, or the visitor repeated it). */
  same: boolean;
}

/** The proposed change against the meeting as it is now, field by field. */
export function correctionDiff(meeting: Pick<Meeting, 'schedule' | 'venue' | 'online'>, proposed: ProposedFields): CorrectionDiffRow[] {
  return CORRECTION_FIELDS.flatMap((field) => {
    const value = proposed[field];
    if (value === undefined) return [];
    const current = currentValue(meeting, field);
    return [{ field, current, proposed: value, same: current === value }];
  });
}

/** Whether the meeting was changed after the request was sent: the page then says the diff is against what it is now. */
export function changedSince(meeting: Pick<Meeting, 'updatedAt'>, request: Pick<CorrectionRequest, 'createdAt'>): boolean {
  return meeting.updatedAt > request.createdAt;
}

/**
 * The meeting with a request applied: the proposed fields for a correction, temporarily closed
 * for a "did not happen" report. A new street keeps the old map position but marks it
 * approximate, so that the data-quality page asks for it to be placed again.
 */
export function applyCorrection(meeting: Meeting, request: Pick<CorrectionRequest, 'kind' | 'proposed'>): MeetingInput {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { id, createdAt, updatedAt, checkedAt, ...input } = meeting;
  if (request.kind === 'did-not-happen') return { ...input, attendance: 'temporarily_closed' };
  const { proposed } = request;
  const streetChanged = proposed.street !== undefined && proposed.street !== meeting.venue.street;
  return {
    ...input,
    schedule: {
      ...input.schedule,
      weekday: proposed.weekday === undefined ? input.schedule.weekday : (Number(proposed.weekday) as Weekday),
      startTime: proposed.startTime ?? input.schedule.startTime,
    },
    venue: {
      ...input.venue,
      street: proposed.street ?? input.venue.street,
      approximate: input.venue.approximate || (streetChanged && input.venue.latitude !== null),
    },
    online: {
      ...input.online,
      conferenceUrl: proposed.conferenceUrl ?? input.online.conferenceUrl,
      conferencePhone: proposed.conferencePhone ?? input.online.conferencePhone,
    },
  };
}
