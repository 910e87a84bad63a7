import { ATTENDANCE, needsOnlineAccess, needsVenueAddress, type Attendance } from './attendance.js';
import { CHALLENGE_CATEGORIES, type ChallengeCategory } from './challenge.js';
import { emptyOnline, emptyVenue, type Contact, type MeetingInput } from './meeting.js';
import { EMAIL, FieldReader, isObj, readPhone, readUrl } from './field-reader.js';
import type { Problem, Validated } from './problem.js';
import { SLUG_PATTERN } from './slug.js';
import { isTimeOfDay } from './time-of-day.js';
import { canonicalTimeZone } from './time-zone.js';
import { stateByCode } from './us-states.js';
import type { Weekday } from './weekday.js';

/** What validation needs to know about the store: the codes that exist. */
export interface MeetingRules {
  formatCodes: ReadonlySet<string>;
  programCodes: ReadonlySet<string>;
}

// Limits refuse a value (the problem names the field); nothing is ever shortened to fit.
// Notes hold whole Zoom instructions and meeting formats, so they are generous.
const LONG_TEXT = 20_000;
const LANGUAGE = /^[a-z]{2,3}$/;
const COUNTRY = /^[A-Z]{2}$/;
const US_POSTAL = /^\d{5}(-\d{4})?$/;

function readContacts(reader: FieldReader): Contact[] {
  return reader.items('contacts').map((one) => {
    const email = one.text('email', 200);
    if (email !== null && !EMAIL.test(email)) one.problem('email', 'must be an email address');
    return { name: one.text('name', 200), email, phone: readPhone(one, 'phone') };
  });
}

function readExtras(reader: FieldReader): Record<string, string> {
  const value = reader.raw('extras');
  if (value === undefined || value === null) return {};
  if (!isObj(value) || !Object.values(value).every((v) => typeof v === 'string')) {
    reader.problem('extras', 'must be an object of strings');
    return {};
  }
  return { ...(value as Record<string, string>) };
}

/**
 * Checks a meeting as a caller sent it (a form, the API, an importer) and returns it in
 * canonical form with defaults filled in, or every problem found, each named by its field.
 */
export function validateMeetingInput(raw: unknown, rules: MeetingRules): Validated<MeetingInput> {
  const problems: Problem[] = [];
  if (!isObj(raw)) return { ok: false, problems: [{ field: '', message: 'must be an object' }] };
  const root = new FieldReader(raw, '', problems);

  const name = root.requiredText('name', 500);
  const slug = root.text('slug', 100);
  if (slug !== null && !SLUG_PATTERN.test(slug)) root.problem('slug', 'must be lower-case letters, digits and single hyphens');

  const program = root.text('program', 40) ?? 'NA';
  if (!rules.programCodes.has(program)) root.problem('program', `must be one of: ${[...rules.programCodes].join(', ')}`);

  const categories = root.stringList('categories');
  for (const category of categories) {
    if (!(CHALLENGE_CATEGORIES as readonly string[]).includes(category)) {
      root.problem('categories', `must contain only: ${CHALLENGE_CATEGORIES.join(', ')}`);
      break;
    }
  }

  const serviceBodyId = root.integer('serviceBodyId', 1, Number.MAX_SAFE_INTEGER);

  const scheduleReader = root.nested('schedule');
  const weekday = scheduleReader.integer('weekday', 0, 6);
  if (weekday === null) scheduleReader.problem('weekday', 'is required (0 = Sunday … 6 = Saturday)');
  const startTime = scheduleReader.text('startTime', 5);
  if (!isTimeOfDay(startTime)) scheduleReader.problem('startTime', 'must be a 24-hour time "HH:MM"');
  const durationMinutes = scheduleReader.integer('durationMinutes', 1, 24 * 60) ?? 60;
  const timeZone = canonicalTimeZone(scheduleReader.text('timeZone', 64) ?? '');
  if (timeZone === null) {
    scheduleReader.problem('timeZone', 'must be an IANA time zone such as "America/Chicago"');
  }

  const attendance: Attendance = root.oneOf('attendance', ATTENDANCE, 'in_person');

  const v = root.nested('venue');
  const venue = {
    ...emptyVenue(),
    name: v.text('name', 500),
    street: v.text('street', 500),
    citySubsection: v.text('citySubsection', 100),
    neighborhood: v.text('neighborhood', 100),
    city: v.text('city', 100),
    county: v.text('county', 100),
    state: v.text('state', 60),
    postalCode: v.text('postalCode', 20),
    country: v.text('country', 2)?.toUpperCase() ?? 'US',
    latitude: v.number('latitude', -90, 90),
    longitude: v.number('longitude', -180, 180),
    approximate: v.boolean('approximate', false),
    notes: v.text('notes', LONG_TEXT),
    // From general to specific; a city may share its state's name.
    regions: v.stringList('regions', 'sequence'),
    trainLines: v.text('trainLines', 2000),
    busLines: v.text('busLines', 2000),
  };
  if (!COUNTRY.test(venue.country)) v.problem('country', 'must be a two-letter country code such as "US"');
  if ((venue.latitude === null) !== (venue.longitude === null)) {
    v.problem(venue.latitude === null ? 'latitude' : 'longitude', 'latitude and longitude must be given together');
  }
  if (venue.country === 'US') {
    if (venue.state !== null) {
      const state = stateByCode(venue.state);
      if (state) venue.state = state.code;
      else v.problem('state', 'must be a two-letter US state code such as "OR" or "DC"');
    }
    if (venue.postalCode !== null && !US_POSTAL.test(venue.postalCode)) {
      v.problem('postalCode', 'must be a US ZIP code such as "97201" or "97201-1234"');
    }
  }
  if (needsVenueAddress(attendance)) {
    if (venue.city === null && venue.latitude === null) {
      v.problem('city', `is required for ${attendance} meetings (or give latitude and longitude)`);
    }
    if (venue.street === null && venue.name === null && venue.latitude === null) {
      v.problem('street', `is required for ${attendance} meetings (or give a venue name or coordinates)`);
    }
  }

  const o = root.nested('online');
  const online = {
    ...emptyOnline(),
    conferenceUrl: readUrl(o, 'conferenceUrl'),
    conferenceUrlNotes: o.text('conferenceUrlNotes', LONG_TEXT),
    conferencePhone: readPhone(o, 'conferencePhone'),
    conferencePhoneNotes: o.text('conferencePhoneNotes', LONG_TEXT),
  };
  if (needsOnlineAccess(attendance) && online.conferenceUrl === null && online.conferencePhone === null) {
    o.problem('conferenceUrl', `${attendance} meetings need a conference URL or a phone number`);
  }

  const formats = root.stringList('formats');
  const unknownFormats = formats.filter((code) => !rules.formatCodes.has(code));
  if (unknownFormats.length > 0) root.problem('formats', `unknown format codes: ${unknownFormats.join(', ')}`);

  const languages = [...new Set(root.stringList('languages').map((code) => code.toLowerCase()))];
  if (languages.some((code) => !LANGUAGE.test(code))) {
    root.problem('languages', 'must be ISO 639 language codes such as "en" or "es"');
  }

  const input: MeetingInput = {
    name,
    slug,
    program,
    categories: categories as ChallengeCategory[],
    serviceBodyId,
    groupName: root.text('groupName', 500),
    groupNotes: root.text('groupNotes', LONG_TEXT),
    worldId: root.text('worldId', 40),
    schedule: {
      weekday: (weekday ?? 0) as Weekday,
      startTime: startTime ?? '00:00',
      durationMinutes,
      timeZone: timeZone ?? 'UTC',
    },
    attendance,
    venue,
    online,
    formats,
    languages: languages.length > 0 ? languages : ['en'],
    notes: root.text('notes', LONG_TEXT),
    website: readUrl(root, 'website'),
    contacts: readContacts(root),
    adminNotes: root.text('adminNotes', LONG_TEXT),
    published: root.boolean('published', true),
    sample: root.boolean('sample', false),
    provenance: {
      source: root.nested('provenance').text('source', 100),
      externalId: root.nested('provenance').text('externalId', 200),
    },
    extras: readExtras(root),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: input };
}
