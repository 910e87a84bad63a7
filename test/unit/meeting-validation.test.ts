import { describe, it, expect } from 'vitest';
import type { MeetingInput } from '../../src/domain/meeting.js';
import { validateMeetingInput } from '../../src/domain/meeting-validation.js';
import { US_STATES } from '../../src/domain/us-states.js';
import { CATALOGUE_RULES, meetingInput, onlineMeetingInput } from '../support/fixtures.js';

type Raw = Record<string, unknown>;

/** The canonical meeting, or a thrown error listing the problems (so a failure says why). */
function valid(raw: unknown): MeetingInput {
  const result = validateMeetingInput(raw, CATALOGUE_RULES);
  if (!result.ok) throw new Error(`expected a valid meeting, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** The distinct fields named by the problems, sorted; throws if the input was accepted. */
function faultyFields(raw: unknown): string[] {
  const result = validateMeetingInput(raw, CATALOGUE_RULES);
  if (result.ok) throw new Error('expected problems, but the input was accepted');
  for (const problem of result.problems) expect(problem.message.trim()).not.toBe('');
  return [...new Set(result.problems.map((p) => p.field))].sort();
}

/** The fixture as a loose object, with some top-level fields and nested parts replaced. */
function raw(overrides: Raw = {}, parts: { schedule?: Raw; venue?: Raw; online?: Raw } = {}): Raw {
  const base = meetingInput();
  return {
    ...base,
    schedule: { ...base.schedule, ...parts.schedule },
    venue: { ...base.venue, ...parts.venue },
    online: { ...base.online, ...parts.online },
    ...overrides,
  };
}

describe('validateMeetingInput: valid meetings', () => {
  it('accepts the in-person fixture and returns it unchanged apart from the slug', () => {
    const input = meetingInput();
    expect(valid(input)).toEqual({ ...input, slug: null });
  });

  it('accepts the online fixture', () => {
    const input = onlineMeetingInput();
    expect(valid(input)).toEqual({ ...input, slug: null });
  });

  it('returns canonical values: trimmed, blanks as null, codes in canonical case', () => {
    const value = valid(
      raw(
        {
          name: '  Hope Without Walls  ',
          groupName: '   ',
          notes: '\n',
          formats: [' C ', 'BT', 'C'],
          languages: ['EN', 'es', 'en'],
          website: ' https://hope.test.example/ ',
        },
        { venue: { state: 'or', country: 'us', street: '  100 Example St ', notes: '' } },
      ),
    );
    expect(value.name).toBe('Hope Without Walls');
    expect(value.groupName).toBeNull();
    expect(value.notes).toBeNull();
    expect(value.formats).toEqual(['C', 'BT']);
    expect(value.languages).toEqual(['en', 'es']);
    expect(value.website).toBe('https://hope.test.example/');
    expect(value.venue.state).toBe('OR');
    expect(value.venue.country).toBe('US');
    expect(value.venue.street).toBe('100 Example St');
    expect(value.venue.notes).toBeNull();
  });

  it('fills defaults for a minimal meeting', () => {
    const value = valid({
      name: 'Just For Today',
      schedule: { weekday: 5, startTime: '12:00', timeZone: 'America/Chicago' },
      venue: { city: 'Chicago', street: '1 Example Ave' },
    });
    expect(value).toMatchObject({
      name: 'Just For Today',
      slug: null,
      program: 'NA',
      categories: [],
      serviceBodyId: null,
      attendance: 'in_person',
      formats: [],
      languages: ['en'],
      contacts: [],
      published: true,
      sample: false,
      extras: {},
      provenance: { source: null, externalId: null },
    });
    expect(value.schedule).toEqual({ weekday: 5, startTime: '12:00', durationMinutes: 60, timeZone: 'America/Chicago' });
    expect(value.venue).toMatchObject({
      city: 'Chicago',
      street: '1 Example Ave',
      country: 'US',
      latitude: null,
      approximate: false,
      regions: [],
    });
    expect(value.online).toEqual({ conferenceUrl: null, conferenceUrlNotes: null, conferencePhone: null, conferencePhoneNotes: null });
  });

  it('treats an empty language list as English', () => {
    expect(valid(raw({ languages: [] })).languages).toEqual(['en']);
  });

  it('keeps explicit false and non-default values', () => {
    const value = valid(
      raw({ published: false, sample: true, program: 'AA', attendance: 'hybrid' }, { online: { conferencePhone: '+1 555-0100' } }),
    );
    expect(value).toMatchObject({ published: false, sample: true, program: 'AA', attendance: 'hybrid' });
  });

  it.each(['America/Phoenix', 'Pacific/Honolulu', 'America/Anchorage', 'America/Puerto_Rico', 'America/Indiana/Indianapolis'])(
    'accepts the time zone %s',
    (timeZone) => {
      expect(valid(raw({}, { schedule: { timeZone } })).schedule.timeZone).toBe(timeZone);
    },
  );

  it('spells a time zone typed in the wrong case properly', () => {
    expect(valid(raw({}, { schedule: { timeZone: 'america/los_angeles' } })).schedule.timeZone).toBe('America/Los_Angeles');
    expect(valid(raw({}, { schedule: { timeZone: 'PACIFIC/HONOLULU' } })).schedule.timeZone).toBe('Pacific/Honolulu');
  });

  it('keeps regions in order, repeats included (a city may share its state name)', () => {
    expect(valid(raw({}, { venue: { regions: ['New York', 'New York', ' Manhattan '] } })).venue.regions).toEqual([
      'New York',
      'New York',
      'Manhattan',
    ]);
  });

  it('accepts the fallback time zone of every US state and territory', () => {
    for (const state of US_STATES) {
      expect(validateMeetingInput(raw({}, { schedule: { timeZone: state.timeZone } }), CATALOGUE_RULES).ok, state.code).toBe(true);
    }
  });

  it('accepts a ZIP+4 code', () => {
    expect(valid(raw({}, { venue: { postalCode: '97201-1234' } })).venue.postalCode).toBe('97201-1234');
  });

  it('does not check a non-US postal code or province against US rules', () => {
    const value = valid(raw({}, { venue: { country: 'CA', state: 'ON', postalCode: 'K1A 0B1', city: 'Ottawa' } }));
    expect(value.venue).toMatchObject({ country: 'CA', state: 'ON', postalCode: 'K1A 0B1' });
  });
});

describe('validateMeetingInput: problems', () => {
  it('reports every faulty field at once, each by its dotted name', () => {
    const input = raw(
      {
        name: '',
        slug: 'Bad-Slug',
        program: 'NOT-A-PROGRAM',
        categories: ['addiction', 'astrology'],
        formats: ['C', 'NOT-A-FORMAT'],
        languages: ['english'],
        website: 'javascript:alert(1)',
        contacts: [{ name: 'Secretary', email: 'not-an-email' }],
      },
      {
        schedule: { weekday: 7, startTime: '24:00', timeZone: 'Mars/Olympus', durationMinutes: 0 },
        venue: { latitude: 91, state: 'ZZ', postalCode: 'ABCDE' },
      },
    );
    expect(faultyFields(input)).toEqual(
      [
        'name',
        'slug',
        'program',
        'categories',
        'formats',
        'languages',
        'website',
        'contacts.0.email',
        'schedule.weekday',
        'schedule.startTime',
        'schedule.timeZone',
        'schedule.durationMinutes',
        'venue.latitude',
        'venue.state',
        'venue.postalCode',
      ].sort(),
    );
  });

  it.each<[string, Raw, { schedule?: Raw; venue?: Raw; online?: Raw }, string]>([
    ['a blank name', { name: '   ' }, {}, 'name'],
    ['a name that is not text', { name: 42 }, {}, 'name'],
    ['a missing weekday', {}, { schedule: { weekday: undefined } }, 'schedule.weekday'],
    ['a fractional weekday', {}, { schedule: { weekday: 2.5 } }, 'schedule.weekday'],
    ['start time 24:00', {}, { schedule: { startTime: '24:00' } }, 'schedule.startTime'],
    ['start time 7pm', {}, { schedule: { startTime: '7pm' } }, 'schedule.startTime'],
    ['start time 7:30', {}, { schedule: { startTime: '7:30' } }, 'schedule.startTime'],
    ['an unknown time zone', {}, { schedule: { timeZone: 'Mars/Olympus' } }, 'schedule.timeZone'],
    ['a UTC offset as time zone', {}, { schedule: { timeZone: '+05:00' } }, 'schedule.timeZone'],
    ['a missing time zone', {}, { schedule: { timeZone: undefined } }, 'schedule.timeZone'],
    ['a duration of 0', {}, { schedule: { durationMinutes: 0 } }, 'schedule.durationMinutes'],
    ['a duration of 2000', {}, { schedule: { durationMinutes: 2000 } }, 'schedule.durationMinutes'],
    ['latitude 91', {}, { venue: { latitude: 91 } }, 'venue.latitude'],
    ['longitude -181', {}, { venue: { longitude: -181 } }, 'venue.longitude'],
    ['latitude as text', {}, { venue: { latitude: '45.5' } }, 'venue.latitude'],
    ['latitude without longitude', {}, { venue: { longitude: null } }, 'venue.longitude'],
    ['longitude without latitude', {}, { venue: { latitude: null } }, 'venue.latitude'],
    ['state ZZ', {}, { venue: { state: 'ZZ' } }, 'venue.state'],
    ['a state name instead of a code', {}, { venue: { state: 'Oregon' } }, 'venue.state'],
    ['US postal code ABCDE', {}, { venue: { postalCode: 'ABCDE' } }, 'venue.postalCode'],
    ['US postal code 9720', {}, { venue: { postalCode: '9720' } }, 'venue.postalCode'],
    ['country USA', {}, { venue: { country: 'USA' } }, 'venue.country'],
    ['country U1', {}, { venue: { country: 'U1' } }, 'venue.country'],
    ['an unknown format', { formats: ['C', 'XYZZY'] }, {}, 'formats'],
    ['a lower-cased format code', { formats: ['c'] }, {}, 'formats'],
    ['formats that are not a list', { formats: 'C' }, {}, 'formats'],
    ['language "english"', { languages: ['english'] }, {}, 'languages'],
    ['a javascript: website', { website: 'javascript:alert(1)' }, {}, 'website'],
    ['a website without a scheme', { website: 'www.example.org' }, {}, 'website'],
    ['a bad contact email', { contacts: [{ name: 'A' }, { email: 'nobody@' }] }, {}, 'contacts.1.email'],
    ['a contact that is not an object', { contacts: ['secretary'] }, {}, 'contacts.0'],
    ['an unknown category', { categories: ['astrology'] }, {}, 'categories'],
    ['an unknown program', { program: 'XA' }, {}, 'program'],
    ['a slug with upper case', { slug: 'Hope-Group' }, {}, 'slug'],
    ['a slug with a double hyphen', { slug: 'hope--group' }, {}, 'slug'],
    ['an unknown attendance', { attendance: 'sometimes' }, {}, 'attendance'],
    ['a service body id of 0', { serviceBodyId: 0 }, {}, 'serviceBodyId'],
    ['published as text', { published: 'yes' }, {}, 'published'],
    ['extras that are not text', { extras: { a: 1 } }, {}, 'extras'],
    ['a schedule that is not an object', { schedule: 'Tuesdays' }, {}, 'schedule'],
  ])('reports %s on its field', (_label, overrides, parts, field) => {
    expect(faultyFields(raw(overrides, parts))).toContain(field);
  });

  it('keeps real conference dial strings whole, several numbers included', () => {
    for (const phone of [
      '+1 646 558 8656,,86912345678#,,,,*123456#',
      '+1 646 558 8656,,86912345678#,,,,*123456#; +1 301 715 8592,,86912345678#,,,,*123456#',
      '+44 203 481 5240,,86912345678#,,,,,,0#,,123456# / +49 69 7104 9922,,86912345678#',
    ]) {
      expect(valid(raw({}, { online: { conferencePhone: phone } })).online.conferencePhone).toBe(phone);
    }
  });

  it('keeps long notes whole, line breaks included', () => {
    const notes = Array.from({ length: 200 }, (_, i) => `Line ${i}: Meeting ID 869 1234 5678, passcode 123456`).join('\n');
    expect(notes.length).toBeGreaterThan(5000);
    const meeting = valid(raw({ notes }, { online: { conferenceUrlNotes: notes } }));
    expect(meeting.notes).toBe(notes);
    expect(meeting.online.conferenceUrlNotes).toBe(notes);
  });

  it('refuses a value over its limit, naming the field and the limit, rather than cutting it', () => {
    const result = validateMeetingInput(raw({}, { online: { conferencePhone: `+1 ${'5'.repeat(300)}` } }), CATALOGUE_RULES);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([{ field: 'online.conferencePhone', message: 'must be at most 250 characters' }]);
    }
    expect(faultyFields(raw({ notes: 'x'.repeat(20_001) }))).toEqual(['notes']);
  });

  it('names only the faulty field when a single field is wrong', () => {
    expect(faultyFields(raw({ website: 'javascript:alert(1)' }))).toEqual(['website']);
    expect(faultyFields(raw({}, { venue: { state: 'ZZ' } }))).toEqual(['venue.state']);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'meeting'],
    ['a number', 42],
    ['a list holding a meeting', [meetingInput()]],
  ])('rejects %s with one problem on the whole input', (_label, input) => {
    const result = validateMeetingInput(input, CATALOGUE_RULES);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['']);
  });
});

describe('validateMeetingInput: attendance rules', () => {
  const noOnline = { conferenceUrl: null, conferencePhone: null };

  it.each(['online', 'hybrid'])('requires a conference URL or phone for %s meetings', (attendance) => {
    expect(faultyFields(raw({ attendance }, { online: noOnline }))).toEqual(['online.conferenceUrl']);
  });

  it.each<[string, Raw]>([
    ['a URL', { conferenceUrl: 'https://meet.test.example/j/1' }],
    ['a phone number', { conferencePhone: '+1 555-0100' }],
  ])('accepts an online meeting with only %s', (_label, online) => {
    expect(valid(raw({ attendance: 'online' }, { online: { ...noOnline, ...online } })).attendance).toBe('online');
  });

  it('does not require online access for in-person or temporarily closed meetings', () => {
    expect(valid(raw({ attendance: 'in_person' }, { online: noOnline })).attendance).toBe('in_person');
    expect(valid(raw({ attendance: 'temporarily_closed' }, { online: noOnline })).attendance).toBe('temporarily_closed');
  });

  const noPlace = { city: null, street: null, name: null, latitude: null, longitude: null };

  it.each(['in_person', 'hybrid'])('requires a city and a street for %s meetings without coordinates', (attendance) => {
    const online = { conferenceUrl: 'https://meet.test.example/j/1' };
    expect(faultyFields(raw({ attendance }, { venue: noPlace, online }))).toEqual(['venue.city', 'venue.street']);
  });

  it('accepts a venue name in place of a street', () => {
    expect(valid(raw({}, { venue: { ...noPlace, city: 'Portland', name: 'Test Hall' } })).venue.street).toBeNull();
  });

  it('accepts coordinates in place of both city and street', () => {
    const value = valid(raw({}, { venue: { ...noPlace, latitude: 45.5, longitude: -122.7 } }));
    expect(value.venue).toMatchObject({ city: null, street: null, latitude: 45.5, longitude: -122.7 });
  });

  it('reports only the street when the city is given', () => {
    expect(faultyFields(raw({}, { venue: { ...noPlace, city: 'Portland' } }))).toEqual(['venue.street']);
  });

  it('needs no venue for online or temporarily closed meetings', () => {
    expect(valid(raw({ attendance: 'online' }, { venue: noPlace, online: { conferencePhone: '+1 555-0100' } })).venue.city).toBeNull();
    expect(valid(raw({ attendance: 'temporarily_closed' }, { venue: noPlace })).venue.city).toBeNull();
  });
});
