import type { MeetingInput } from '../../domain/meeting.js';
import type { Problem } from '../../domain/problem.js';
import type { FieldErrors } from '../../web/admin/components/field.js';
import { CONTACT_ROWS, MEETING_TEXT_FIELDS, type MeetingFormValues } from '../../web/admin/meeting-form-values.js';
import { formList, formText } from './form-body.js';

/** What a posted meeting form says, as typed. */
export function formValuesOfBody(body: unknown): MeetingFormValues {
  const fields: Record<string, string> = {};
  for (const name of MEETING_TEXT_FIELDS) fields[name] = formText(body, name);
  return { fields, formats: formList(body, 'formats'), categories: formList(body, 'categories') };
}

function text(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A stored meeting in the form's words. */
export function formValuesOfMeeting(m: MeetingInput): MeetingFormValues {
  const fields: Record<string, string> = {
    name: m.name,
    slug: text(m.slug),
    program: m.program,
    serviceBodyId: text(m.serviceBodyId),
    groupName: text(m.groupName),
    groupNotes: text(m.groupNotes),
    worldId: text(m.worldId),
    'schedule.weekday': String(m.schedule.weekday),
    'schedule.startTime': m.schedule.startTime,
    'schedule.durationMinutes': String(m.schedule.durationMinutes),
    'schedule.timeZone': m.schedule.timeZone,
    attendance: m.attendance,
    'venue.name': text(m.venue.name),
    'venue.street': text(m.venue.street),
    'venue.citySubsection': text(m.venue.citySubsection),
    'venue.neighborhood': text(m.venue.neighborhood),
    'venue.city': text(m.venue.city),
    'venue.county': text(m.venue.county),
    'venue.state': text(m.venue.state),
    'venue.postalCode': text(m.venue.postalCode),
    'venue.country': m.venue.country,
    'venue.latitude': text(m.venue.latitude),
    'venue.longitude': text(m.venue.longitude),
    'venue.approximate': m.venue.approximate ? 'on' : '',
    'venue.notes': text(m.venue.notes),
    'venue.trainLines': text(m.venue.trainLines),
    'venue.busLines': text(m.venue.busLines),
    'online.conferenceUrl': text(m.online.conferenceUrl),
    'online.conferenceUrlNotes': text(m.online.conferenceUrlNotes),
    'online.conferencePhone': text(m.online.conferencePhone),
    'online.conferencePhoneNotes': text(m.online.conferencePhoneNotes),
    languages: m.languages.join(', '),
    notes: text(m.notes),
    website: text(m.website),
    adminNotes: text(m.adminNotes),
    published: m.published ? 'on' : '',
  };
  m.contacts.slice(0, CONTACT_ROWS).forEach((contact, i) => {
    fields[`contacts.${i}.name`] = text(contact.name);
    fields[`contacts.${i}.email`] = text(contact.email);
    fields[`contacts.${i}.phone`] = text(contact.phone);
  });
  return { fields, formats: [...m.formats], categories: [...m.categories] };
}

/** A number field: blank is null, a number is a number, anything else goes through as typed so validation names it. */
function numberOrText(value: string): number | string | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

/** What the form cannot show and a save keeps: where the meeting came from and what its feed brought. */
export type KeptFields = Pick<MeetingInput, 'provenance' | 'extras' | 'sample'> & {
  regions: string[];
  /** The formats in their stored order: ticking boxes in catalogue order must not reorder them (a change with nothing in it). */
  formatOrder: string[];
};

export const NOTHING_KEPT: KeptFields = {
  provenance: { source: null, externalId: null },
  extras: {},
  sample: false,
  regions: [],
  formatOrder: [],
};

export function keptFieldsOf(meeting: MeetingInput): KeptFields {
  return {
    provenance: meeting.provenance,
    extras: meeting.extras,
    sample: meeting.sample,
    regions: meeting.venue.regions,
    formatOrder: meeting.formats,
  };
}

/** The ticked formats, those the meeting had first in their old order, then the new ones as ticked. */
function inKeptOrder(ticked: readonly string[], order: readonly string[]): string[] {
  const rank = (code: string): number => (order.includes(code) ? order.indexOf(code) : order.length);
  return ticked
    .map((code, i) => ({ code, i }))
    .sort((a, b) => rank(a.code) - rank(b.code) || a.i - b.i)
    .map((x) => x.code);
}

/** The form turned into what `validateMeetingInput` reads; validation, not this, decides what is wrong. */
export function rawMeetingOf(values: MeetingFormValues, kept: KeptFields): Record<string, unknown> {
  const f = (name: string): string => values.fields[name] ?? '';
  const contacts = Array.from({ length: CONTACT_ROWS }, (_, i) => ({
    name: f(`contacts.${i}.name`),
    email: f(`contacts.${i}.email`),
    phone: f(`contacts.${i}.phone`),
  }));
  return {
    name: f('name'),
    slug: f('slug'),
    program: f('program'),
    categories: values.categories,
    serviceBodyId: numberOrText(f('serviceBodyId')),
    groupName: f('groupName'),
    groupNotes: f('groupNotes'),
    worldId: f('worldId'),
    schedule: {
      weekday: numberOrText(f('schedule.weekday')),
      startTime: f('schedule.startTime').trim(),
      durationMinutes: numberOrText(f('schedule.durationMinutes')),
      timeZone: f('schedule.timeZone'),
    },
    attendance: f('attendance'),
    venue: {
      name: f('venue.name'),
      street: f('venue.street'),
      citySubsection: f('venue.citySubsection'),
      neighborhood: f('venue.neighborhood'),
      city: f('venue.city'),
      county: f('venue.county'),
      state: f('venue.state'),
      postalCode: f('venue.postalCode'),
      country: f('venue.country') || 'US',
      latitude: numberOrText(f('venue.latitude')),
      longitude: numberOrText(f('venue.longitude')),
      approximate: f('venue.approximate') !== '',
      notes: f('venue.notes'),
      regions: kept.regions,
      trainLines: f('venue.trainLines'),
      busLines: f('venue.busLines'),
    },
    online: {
      conferenceUrl: f('online.conferenceUrl'),
      conferenceUrlNotes: f('online.conferenceUrlNotes'),
      conferencePhone: f('online.conferencePhone'),
      conferencePhoneNotes: f('online.conferencePhoneNotes'),
    },
    formats: inKeptOrder(values.formats, kept.formatOrder),
    languages: f('languages')
      .split(',')
      .map((code) => code.trim())
      .filter((code) => code !== ''),
    notes: f('notes'),
    website: f('website'),
    contacts: contacts.filter((c) => c.name.trim() !== '' || c.email.trim() !== '' || c.phone.trim() !== ''),
    adminNotes: f('adminNotes'),
    published: f('published') !== '',
    sample: kept.sample,
    provenance: kept.provenance,
    extras: kept.extras,
  };
}

/** The form's name for a problem's field; problems about what the form does not show go to the top of the form. */
export const FORM_PROBLEM = 'form';

/**
 * Validation's problems beside the form's fields. Contacts are numbered among the rows that
 * were filled in, so a problem with the second filled row is shown at that row.
 */
export function formErrorsOf(problems: readonly Problem[], values: MeetingFormValues): FieldErrors {
  const filled = Array.from({ length: CONTACT_ROWS }, (_, i) => i).filter((i) =>
    ['name', 'email', 'phone'].some((part) => (values.fields[`contacts.${i}.${part}`] ?? '').trim() !== ''),
  );
  const known = new Set<string>([...MEETING_TEXT_FIELDS, 'formats', 'categories']);
  const errors: FieldErrors = {};
  for (const problem of problems) {
    let field = problem.field;
    const contact = /^contacts\.(\d+)\.(\w+)$/.exec(field);
    if (contact) field = `contacts.${filled[Number(contact[1])] ?? 0}.${contact[2]}`;
    if (!known.has(field)) field = FORM_PROBLEM;
    errors[field] = errors[field] ? `${errors[field]} ${problem.message}` : problem.message;
  }
  return errors;
}
