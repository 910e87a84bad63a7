import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MeetingInput } from '../../src/domain/meeting.js';
import { validateMeetingInput } from '../../src/domain/meeting-validation.js';
import { parseMeetingGuideCsv } from '../../src/interop/meeting-guide/parse-csv.js';
import { parseMeetingGuideJson } from '../../src/interop/meeting-guide/parse-json.js';
import type { ParsedFeed } from '../../src/interop/parsed-feed.js';
import { CATALOGUE_RULES, TEST_HALL_ADDRESS } from '../support/fixtures.js';

function text(name: string): string {
  return readFileSync(new URL(`../fixtures/meeting-guide/${name}`, import.meta.url), 'utf8');
}

const feed = parseMeetingGuideJson(JSON.parse(text('dirty.json')));
const sheet = parseMeetingGuideCsv(text('sheet.csv'));

function meeting(parsed: ParsedFeed, externalId: string): { input: MeetingInput; warnings: string[]; sourceFormats: string[] | undefined } {
  const found = parsed.meetings.find((m) => m.externalId === externalId);
  if (!found) throw new Error(`no meeting ${externalId}; skipped: ${JSON.stringify(parsed.skipped)}`);
  return { input: found.input as unknown as MeetingInput, warnings: found.warnings, sourceFormats: found.sourceFormats };
}

function expectAllValid(parsed: ParsedFeed): void {
  for (const m of parsed.meetings) {
    const result = validateMeetingInput(m.input, CATALOGUE_RULES);
    expect(result.ok, `${m.externalId}: ${JSON.stringify(result.ok ? null : result.problems)}`).toBe(true);
  }
}

describe('parseMeetingGuideJson: a clean row', () => {
  it('maps every field of the spec', () => {
    const { input, warnings } = meeting(feed, 'sample-hope-group');
    expect(warnings).toEqual(['contact 2 email "not-an-email" is not an email address: dropped']);
    expect(input).toMatchObject({
      name: 'Sample Hope Group',
      // No name in the feed says another program: Meeting Guide's own, AA (decision 0009).
      program: 'AA',
      groupName: 'Sample Hope Group',
      groupNotes: 'Business meeting first Tuesday.',
      schedule: { weekday: 2, startTime: '19:00', durationMinutes: 90, timeZone: 'America/Los_Angeles' },
      attendance: 'in_person',
      formats: ['O', 'D', 'WC', 'BK'],
      languages: ['en'],
      notes: 'Ring the buzzer.',
      website: 'https://area.example.org/meetings/sample-hope-group',
      contacts: [{ name: 'Sample Secretary', email: 'secretary@example.org', phone: '555-555-0101' }],
      published: true,
      sample: false,
      serviceBodyId: null,
      provenance: { source: null, externalId: null },
      extras: { updated: '2026-01-31 14:32:23' },
    });
    expect(input.venue).toMatchObject({
      name: 'Sample Community Hall',
      ...TEST_HALL_ADDRESS,
      approximate: false,
      notes: 'Side door',
      regions: ['Portland', 'Old Town'],
    });
  });

  it('passes validation with the catalogue codes, for every meeting produced', () => {
    expect(feed.meetings.length).toBeGreaterThan(10);
    expectAllValid(feed);
  });
});

describe('parseMeetingGuideJson: dirt that is repaired', () => {
  it.each([
    ['14', ['no time zone: America/Los_Angeles from the coordinates']],
    ['sample-day-names', ['state "Illinois" read as "IL"']],
    ['sample-every-weekday#1', ['day "9" is not a weekday: dropped']],
    [
      'sample-misspelt-types',
      [
        'type "o" read as "O"',
        'type "Closed" read as "C"',
        'type "X " read as "X"',
        'unknown type "QQ" kept as a format of this source',
        'types "O" and "C" both given: kept "C"',
        'type "ONL" without a conference URL or phone: ignored',
      ],
    ],
    ['sample-no-zone-coords', ['no time zone: America/Phoenix from the coordinates']],
    ['sample-no-zone-state', ['no time zone: America/Boise from Boise, ID']],
    ['sample-html-notes', ['HTML removed from location notes', 'HTML removed from notes']],
    ['sample-online-only', []],
    ['sample-closed-venue', []],
    ['sample-legacy-onl', ['type "ONL" without a conference URL or phone: ignored']],
    ['sample-spanish', []],
    ['4321', []],
    [
      'sample-bad-links',
      [
        'end time "18:30" not usable: 60 minutes assumed',
        'postal code "9720" read as "09720"',
        'conference URL "meet.example.org/j/702" read as "https://meet.example.org/j/702"',
        'conference phone "ask the secretary" is not a phone number: moved to the notes',
        'website "see our site" is not a web address: dropped',
      ],
    ],
    ['sample-midnight', []],
  ])('meeting %s is kept with warnings %j', (id, warnings) => {
    expect(meeting(feed, id).warnings).toEqual(warnings);
  });

  it('reads strings for numbers, a comma list of types and a formatted address', () => {
    const { input } = meeting(feed, '14');
    expect(input.schedule).toMatchObject({ weekday: 3, startTime: '19:30', durationMinutes: 60 });
    expect(input.formats).toEqual(['O', 'WC']);
    expect(input.venue).toMatchObject({
      street: '200 Example Ave',
      city: 'Salem',
      state: 'OR',
      postalCode: '97301',
      country: 'US',
      latitude: 44.9429,
      longitude: -123.0351,
      regions: ['Salem', 'Downtown'],
    });
    // Empty strings are absent fields, not values.
    expect(input.notes).toBeNull();
    expect(input.online.conferenceUrl).toBeNull();
  });

  it('makes one meeting per day of a day array, with the day in the external id', () => {
    const ids = feed.meetings.filter((m) => m.externalId.startsWith('sample-every-weekday')).map((m) => m.externalId);
    expect(ids).toEqual(['sample-every-weekday#1', 'sample-every-weekday#2', 'sample-every-weekday#3', 'sample-every-weekday#4']);
    expect(meeting(feed, 'sample-every-weekday#4').input.schedule.weekday).toBe(4);
    expect(meeting(feed, 'sample-every-weekday#1').input.formats).toEqual(['C', 'St']);
  });

  it('reads every spec type, and keeps a type nobody knows as a format of the source', () => {
    const { input, sourceFormats } = meeting(feed, 'sample-misspelt-types');
    // "B" is the spec's Big Book, BB here; NA's B is Beginners.
    expect(input.formats).toEqual(['C', 'WC', 'BB']);
    expect(sourceFormats).toEqual(['QQ']);
    expect(input.extras.types).toBeUndefined();
    expect(feed.formats?.map((f) => f.key)).toContain('QQ');
  });

  it('strips HTML from notes and location notes, keeping line breaks', () => {
    const { input } = meeting(feed, 'sample-html-notes');
    expect(input.notes).toBe('Park in the back.\n\nCoffee & snacks');
    expect(input.venue.notes).toBe('Basement');
  });

  it('sets attendance from the conference fields and TC', () => {
    expect(meeting(feed, 'sample-online-only').input).toMatchObject({
      attendance: 'online',
      formats: ['O', 'VM', 'TC'],
      online: {
        conferenceUrl: 'https://meet.example.org/j/701',
        conferenceUrlNotes: 'Passcode 2468',
        conferencePhone: '+1 555 555 0102,,701#',
        conferencePhoneNotes: null,
      },
      venue: { city: 'Albany', state: 'NY', street: null, approximate: true },
    });
    expect(meeting(feed, 'sample-closed-venue').input).toMatchObject({ attendance: 'temporarily_closed', formats: ['TC'] });
    expect(meeting(feed, 'sample-legacy-onl').input.attendance).toBe('in_person');
    expect(meeting(feed, 'sample-bad-links').input).toMatchObject({
      attendance: 'hybrid',
      online: { conferencePhone: null, conferencePhoneNotes: 'ask the secretary' },
    });
  });

  it('reads language types as languages', () => {
    expect(meeting(feed, 'sample-spanish').input).toMatchObject({ formats: ['ES', 'O'], languages: ['es'] });
  });

  it('counts a meeting past midnight', () => {
    expect(meeting(feed, 'sample-midnight').input.schedule.durationMinutes).toBe(60);
  });
});

describe('parseMeetingGuideJson: time zones settled over the whole feed', () => {
  it('gives an online meeting with no zone and no place the zone most of the feed keeps', () => {
    const { input, warnings } = meeting(feed, 'sample-no-zone-at-all');
    expect(input.attendance).toBe('online');
    expect(input.schedule.timeZone).toBe('America/Los_Angeles');
    expect(warnings).toEqual(['no time zone of its own: America/Los_Angeles, as most meetings of the feed']);
  });

  it('skips such a row when no row of the feed gives a zone', () => {
    const parsed = parseMeetingGuideJson([
      { name: 'Sample Lone Online', slug: 'lone', day: 1, time: '19:00', conference_url: 'https://meet.example.org/j/1' },
    ]);
    expect(parsed.meetings).toEqual([]);
    expect(parsed.skipped).toEqual([
      { row: 1, externalId: 'lone', name: 'Sample Lone Online', reason: 'no time zone, coordinates or US state' },
    ]);
  });
});

describe('parseMeetingGuideJson: rows that are skipped', () => {
  it('reports each with its reason', () => {
    expect(feed.skipped).toEqual([
      { row: 15, externalId: 'sample-by-appointment', name: 'Sample By Appointment', reason: 'no day or time (not a weekly meeting)' },
      { row: 16, externalId: 'sample-no-time', name: 'Sample No Time', reason: 'no time (not a weekly meeting)' },
      { row: 17, externalId: 'sample-bad-day', name: 'Sample Bad Day', reason: 'day "Funday" is not a weekday' },
      { row: 18, externalId: 'sample-bad-time', name: 'Sample Bad Time', reason: 'time "25:99" is not a time' },
      { row: 19, externalId: 'sample-no-name', name: null, reason: 'no name' },
      { row: 20, externalId: null, name: 'Sample No Slug', reason: 'no slug' },
      { row: 23, externalId: null, name: null, reason: 'no slug' },
      { row: 24, externalId: null, name: null, reason: 'not a meeting object' },
      { row: 25, externalId: null, name: null, reason: 'not a meeting object' },
      { row: 26, externalId: null, name: null, reason: 'a list, not a meeting object' },
    ]);
  });

  it('keeps the first of two rows with one slug under it, and the second, a different meeting, with a suffix', () => {
    expect(meeting(feed, 'sample-hope-group').input.name).toBe('Sample Hope Group');
    const second = meeting(feed, 'sample-hope-group-2');
    expect(second.input.name).toBe('Sample Duplicate');
    expect(second.warnings[0]).toBe('slug "sample-hope-group" is already used by row 1: kept as "sample-hope-group-2"');
  });

  it('reports a payload that is not a list, and reads the sheets service wrapper', () => {
    expect(parseMeetingGuideJson({ error: 'nope' }).skipped).toEqual([
      { row: 0, externalId: null, name: null, reason: 'not a Meeting Guide feed (a list of meetings)' },
    ]);
    const wrapped = parseMeetingGuideJson({
      meetings: [
        {
          slug: 'w',
          name: 'Sample Wrapped',
          day: 1,
          time: '19:00',
          end_time: '20:00',
          address: '1 Example St',
          city: 'Portland',
          state: 'OR',
        },
      ],
      warnings: [],
    });
    expect(wrapped.meetings.map((m) => m.externalId)).toEqual(['w']);
  });
});

describe('parseMeetingGuideCsv', () => {
  it('reads plain-English headers, a BOM and quoted commas', () => {
    const { input, warnings } = meeting(sheet, 'sample-sheet-hope');
    expect(warnings).toEqual([]);
    expect(input).toMatchObject({
      name: 'Sample Hope Group, Downtown',
      schedule: { weekday: 2, startTime: '19:00', durationMinutes: 90, timeZone: 'America/Los_Angeles' },
      formats: ['O', 'WC', 'BK'],
      groupName: 'Sample Hope Group',
      notes: 'Ring the buzzer.',
      website: 'https://area.example.org/sample-hope',
      extras: { district: 'District 9' },
    });
    expect(input.venue).toMatchObject({
      name: 'Sample Community Hall',
      street: '100 Example St',
      city: 'Portland',
      postalCode: '97201',
      notes: 'Side door, basement',
      regions: ['Portland', 'Old Town'],
      latitude: 45.5152,
    });
  });

  it('reads type codes as well as names, and an online row', () => {
    expect(meeting(sheet, 'sample-sheet-online')).toEqual({
      warnings: [],
      input: expect.objectContaining({
        attendance: 'online',
        formats: ['O', 'WC', 'VM'],
        online: {
          conferenceUrl: 'https://meet.example.org/j/800',
          conferenceUrlNotes: 'Passcode 1357',
          conferencePhone: '+1 555 555 0103',
          conferencePhoneNotes: null,
        },
      }) as unknown,
    });
  });

  it('reads a whole address in the Address column and a cell with a line break', () => {
    const { input, warnings } = meeting(sheet, 'sample-sheet-formatted');
    expect(warnings).toEqual(['no time zone: America/Los_Angeles from ZIP 97301 (Salem, OR)']);
    expect(input.venue).toMatchObject({ street: '300 Example Blvd', city: 'Salem', state: 'OR', postalCode: '97301' });
    expect(input.notes).toBe('Line one\nline two');
  });

  it('repairs and reports like the JSON reader, numbering rows as the sheet does', () => {
    expect(meeting(sheet, 'sample-sheet-misspelt').warnings).toEqual([
      'no end time: 60 minutes assumed',
      'unknown type "Opne" kept as a format of this source',
      'postal code "2134" read as "02134"',
    ]);
    expect(meeting(sheet, 'sample-sheet-hope-2').input.name).toBe('Sample Sheet Duplicate');
    expect(sheet.skipped).toEqual([{ row: 7, externalId: null, name: 'Sample Sheet No Id', reason: 'no slug' }]);
    expectAllValid(sheet);
  });

  it('accepts CRLF line ends', () => {
    const csv =
      'slug,NAME,day,TIME,end time,address,city,state\r\nsample-crlf,Sample CRLF,Friday,8:00 PM,9:00 PM,1 Example St,Portland,OR\r\n';
    expect(parseMeetingGuideCsv(csv).meetings.map((m) => m.externalId)).toEqual(['sample-crlf']);
  });

  it('reports a file that is not CSV, and an empty one', () => {
    const broken = parseMeetingGuideCsv('name,slug\n"unclosed,quote\n');
    expect(broken.meetings).toEqual([]);
    expect(broken.skipped[0]!.reason).toMatch(/^not a readable CSV file: /);
    expect(parseMeetingGuideCsv('')).toEqual({ meetings: [], serviceBodies: [], skipped: [] });
  });
});

describe('types shared by several formats', () => {
  const row = (types: string[]) => ({
    name: 'Sample Shared Types',
    slug: 'shared',
    day: 1,
    time: '19:00',
    timezone: 'America/Chicago',
    address: '1 Example St',
    city: 'Springfield',
    state: 'IL',
    types,
  });

  it('reads a general type alone as the general format', () => {
    expect(meeting(parseMeetingGuideJson([row(['LIT'])]), 'shared').input.formats).toEqual(['BK']);
  });

  it('lets one of our specific codes beside the general type say which format was meant', () => {
    expect(meeting(parseMeetingGuideJson([row(['LIT', 'BT', 'JT'])]), 'shared').input.formats.sort()).toEqual(['BT', 'JT']);
    expect(meeting(parseMeetingGuideJson([row(['LIT', 'BK', 'BT'])]), 'shared').input.formats.sort()).toEqual(['BK', 'BT']);
    expect(meeting(parseMeetingGuideJson([row(['ST', 'SG'])]), 'shared').input.formats).toEqual(['SG']);
  });
});
