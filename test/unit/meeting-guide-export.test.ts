import { isMeetingType } from '@code4recovery/spec';
import { describe, expect, it } from 'vitest';
import { FORMAT_CATALOGUE, formatByCode } from '../../src/domain/formats-catalogue.js';
import { toPublicMeeting, type MeetingInput, type PublicMeeting } from '../../src/domain/meeting.js';
import {
  MEETING_GUIDE_FEED_LINK,
  MEETING_GUIDE_FEED_LINK_HEADER,
  MEETING_GUIDE_FEED_PATH,
} from '../../src/interop/meeting-guide/feed-link.js';
import { NA_TYPES } from '../../src/domain/format-type-sets.js';
import { parseMeetingGuideJson } from '../../src/interop/meeting-guide/parse-json.js';
import { languageType, meetingGuideTypes, typeTable } from '../../src/interop/meeting-guide/to-meeting-guide-types.js';
import {
  endTime,
  meetingGuideContext,
  toMeetingGuide,
  updatedStamp,
  type MeetingGuideMeeting,
} from '../../src/interop/meeting-guide/to-meeting-guide.js';
import { publicNotes, SAMPLE_MARKER } from '../../src/interop/meeting-guide/to-sample-notes.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';

function published(input: MeetingInput, id = 7): PublicMeeting {
  return toPublicMeeting({
    ...input,
    id,
    slug: input.slug ?? 'test-tuesday-night-portland',
    createdAt: '2026-01-02T03:04:05.678Z',
    updatedAt: '2026-11-20T18:30:09.123Z',
    checkedAt: null,
  });
}

const context = meetingGuideContext({
  formats: FORMAT_CATALOGUE,
  pageUrl: (meeting) => `https://rooms.example/meetings/${meeting.slug}`,
  serviceBodies: [{ id: 3, name: 'Test Area', website: 'https://area.example/', helpline: '+1 555-0199' }],
});

/**
 * Every top-level field the spec (README, "Field Definitions") describes, plus TSML's
 * attendance_option and location_url, which real feeds carry beside the spec's fields.
 */
const SPEC_FIELDS = new Set([
  'name',
  'slug',
  'day',
  'time',
  'end_time',
  'timezone',
  'formatted_address',
  'address',
  'city',
  'state',
  'postal_code',
  'country',
  'region',
  'sub_region',
  'regions',
  'conference_url',
  'conference_url_notes',
  'conference_phone',
  'conference_phone_notes',
  'types',
  'notes',
  'location',
  'location_notes',
  'latitude',
  'longitude',
  'approximate',
  'updated',
  'group',
  'group_notes',
  'venmo',
  'square',
  'paypal',
  'homegroup_online',
  'url',
  'edit_url',
  'feedback_emails',
  'feedback_url',
  'entity',
  'entity_email',
  'entity_location',
  'entity_logo',
  'entity_phone',
  'entity_url',
  'attendance_option',
  'location_url',
]);

function expectSpecShaped(entry: MeetingGuideMeeting): void {
  for (const key of Object.keys(entry)) expect(SPEC_FIELDS, key).toContain(key);
  for (const value of Object.values(entry)) expect(value === '' || value === null || value === undefined).toBe(false);
  expect(entry.name.length).toBeGreaterThan(0);
  expect(entry.slug).toMatch(/^[a-z0-9-]+$/);
  expect(Number.isInteger(entry.day) && entry.day >= 0 && entry.day <= 6).toBe(true);
  expect(entry.time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
  expect(entry.end_time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
  // A code of NA's set or the spec's, or one of our format codes sent as a custom type.
  for (const type of entry.types)
    expect(isMeetingType(type) || Object.hasOwn(NA_TYPES, type) || formatByCode(type) !== undefined, type).toBe(true);
  expect(['yes', 'no']).toContain(entry.approximate);
  if (entry.updated !== undefined) expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
}

describe('toMeetingGuide', () => {
  it('maps an in-person meeting field by field', () => {
    const entry = toMeetingGuide(published(meetingInput({ serviceBodyId: 3 })), context);
    expectSpecShaped(entry);
    expect(entry).toEqual({
      name: 'Test Tuesday Night',
      slug: 'test-tuesday-night-portland',
      day: 2,
      time: '19:30',
      end_time: '21:00',
      timezone: 'America/Los_Angeles',
      // An NA meeting, in NA's set: C, BT (Basic Text), WC (wheelchair → X); English alone adds no type.
      types: ['BT', 'C', 'X'],
      notes: 'Test data.',
      location: 'Test Community Hall',
      location_notes: 'Basement, side door',
      formatted_address: '100 Example St, Portland, OR 97201, US',
      address: '100 Example St',
      city: 'Portland',
      state: 'OR',
      postal_code: '97201',
      country: 'US',
      latitude: 45.5152,
      longitude: -122.6784,
      approximate: 'no',
      regions: ['Oregon', 'Portland'],
      group: 'Test Group',
      url: 'https://rooms.example/meetings/test-tuesday-night-portland',
      updated: '2026-11-20 18:30:09',
      entity: 'Test Area',
      entity_url: 'https://area.example/',
      entity_phone: '+1 555-0199',
      attendance_option: 'in_person',
    });
  });

  it('sends the extras a source gave under their own names, feedback_emails as a list', () => {
    const extras = {
      feedback_url: 'https://area.example/feedback?meeting=x',
      feedback_emails: 'listings@area.example, updates@area.example',
      venmo: '@TestGroup',
      paypal: 'TestGroup',
      square: '$TestGroup',
      homegroup_online: 'tg',
      edit_url: 'https://area.example/edit/x',
      location_url: 'https://area.example/locations/hall',
    };
    const entry = toMeetingGuide(published(meetingInput({ extras })), context);
    expectSpecShaped(entry);
    expect(entry).toMatchObject({ ...extras, feedback_emails: ['listings@area.example', 'updates@area.example'] });
  });

  it('never lets an extra replace a field the feed writes, nor a private one through even when handed one', () => {
    const meeting = {
      ...published(meetingInput()),
      // As a caller that skipped toPublicMeeting would hand it: the export applies the rule again.
      extras: {
        name: 'Other name',
        types: 'O, XYZ',
        notes: 'old',
        region: 'North',
        contact_4_email: 'x@private.example',
        phone: '555-0199',
      },
    };
    const entry = toMeetingGuide(meeting, context);
    expect(entry.name).toBe('Test Tuesday Night');
    expect(entry.types).toEqual(['BT', 'C', 'X']);
    expect(entry.notes).toBe('Test data.');
    expect(entry).not.toHaveProperty('region');
    expect(entry).not.toHaveProperty('contact_4_email');
    expect(entry).not.toHaveProperty('phone');
  });

  it("takes the entity from the service body when there is one, else the source's entity fields, never a mix", () => {
    const extras = {
      entity: 'Source District',
      entity_email: 'info@district.example',
      entity_url: 'https://district.example/',
      entity_logo: 'https://district.example/logo.svg',
    };
    const withBody = toMeetingGuide(published(meetingInput({ serviceBodyId: 3, extras })), context);
    expect(Object.fromEntries(Object.entries(withBody).filter(([key]) => key.startsWith('entity')))).toEqual({
      entity: 'Test Area',
      entity_url: 'https://area.example/',
      entity_phone: '+1 555-0199',
    });
    const without = toMeetingGuide(published(meetingInput({ serviceBodyId: null, extras })), context);
    expect(Object.fromEntries(Object.entries(without).filter(([key]) => key.startsWith('entity')))).toEqual(extras);
  });

  it('never carries contacts, admin notes or private extras', () => {
    const input = meetingInput({
      contacts: [{ name: 'Secret Person', email: 'secret@private.example', phone: '+1 555-0111' }],
      adminNotes: 'admin-only remark',
      extras: { contact_1_email: 'leaked@private.example', contact_1_name: 'Leaky' },
    });
    const meeting = toPublicMeeting({
      ...input,
      id: 1,
      slug: 'x',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      checkedAt: null,
    });
    const text = JSON.stringify(toMeetingGuide(meeting, context));
    for (const secret of ['secret@private.example', 'Secret Person', 'admin-only', 'leaked@private.example', 'Leaky', '555-0111']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/contact|email|admin/i);
  });

  it('sends an online meeting with its conference fields and an approximate home town', () => {
    const entry = toMeetingGuide(published(onlineMeetingInput()), context);
    expectSpecShaped(entry);
    expect(entry).toMatchObject({
      conference_url: 'https://meet.test.example/j/123456789',
      conference_url_notes: 'Passcode 1234',
      conference_phone: '+1 555-0100,,123456789#',
      approximate: 'yes',
      attendance_option: 'online',
      city: 'Portland',
      types: ['O'],
    });
    expect(entry).not.toHaveProperty('address');
    expect(entry).not.toHaveProperty('location');
    expect(entry).not.toHaveProperty('conference_phone_notes');
  });

  it('marks an online-only meeting approximate even when its venue is not', () => {
    const base = onlineMeetingInput();
    const entry = toMeetingGuide(published({ ...base, venue: { ...base.venue, approximate: false, street: '1 Old Hall Rd' } }), context);
    expect(entry.approximate).toBe('yes');
  });

  it('sends a hybrid meeting with both its address and its link', () => {
    const online = onlineMeetingInput().online;
    const entry = toMeetingGuide(published(meetingInput({ attendance: 'hybrid', online, formats: ['O', 'HY'] })), context);
    expect(entry).toMatchObject({
      approximate: 'no',
      address: '100 Example St',
      conference_url: online.conferenceUrl,
      attendance_option: 'hybrid',
      types: ['O'],
    });
  });

  it('leaves out stale online fields of a meeting that only meets in person', () => {
    const entry = toMeetingGuide(published(meetingInput({ online: onlineMeetingInput().online })), context);
    expect(Object.keys(entry).filter((key) => key.startsWith('conference'))).toEqual([]);
  });

  it('types a temporarily closed meeting TC and inactive', () => {
    const entry = toMeetingGuide(published(meetingInput({ attendance: 'temporarily_closed', formats: ['O', 'TC'] })), context);
    expect(entry.types).toEqual(['O', 'TC']);
    expect(entry.attendance_option).toBe('inactive');
  });

  it('prefers the meeting’s own website for url, and leaves url out when there is neither', () => {
    expect(toMeetingGuide(published(meetingInput({ website: 'https://group.example/' })), context).url).toBe('https://group.example/');
    const bare = meetingGuideContext({ formats: FORMAT_CATALOGUE });
    expect(toMeetingGuide(published(meetingInput()), bare)).not.toHaveProperty('url');
  });

  it('wraps an end time past midnight', () => {
    const input = meetingInput({ schedule: { weekday: 6, startTime: '23:30', durationMinutes: 90, timeZone: 'America/Chicago' } });
    expect(toMeetingGuide(published(input), context).end_time).toBe('01:00');
    expect(endTime('00:00', 0)).toBe('00:00');
    // A whole day (the longest a meeting can be) ends a minute before it starts, so the
    // feed's 00:00–23:59 reads back as 24 hours rather than as an empty span.
    expect(endTime('12:15', 60 * 24)).toBe('12:14');
    expect(endTime('00:00', 60 * 24)).toBe('23:59');
  });

  it('writes updated as UTC "YYYY-MM-DD HH:MM:SS"', () => {
    expect(updatedStamp('2026-03-08T09:30:00-07:00')).toBe('2026-03-08 16:30:00');
    expect(updatedStamp('not a date')).toBeNull();
  });

  it('keeps a sample meeting marked as sample', () => {
    const said = published(meetingInput({ sample: true, notes: 'Sample meeting for trying out OpenRooms. It is not a real meeting.' }));
    expect(toMeetingGuide(said, context).notes).toBe('Sample meeting for trying out OpenRooms. It is not a real meeting.');
    const edited = published(meetingInput({ sample: true, notes: 'Bring a friend.' }));
    expect(toMeetingGuide(edited, context).notes).toBe(`${SAMPLE_MARKER}\nBring a friend.`);
    const blank = published(meetingInput({ sample: true, notes: null }));
    expect(toMeetingGuide(blank, context).notes).toBe(SAMPLE_MARKER);
    expect(publicNotes({ notes: '  Real notes ', sample: false })).toBe('Real notes');
    expect(publicNotes({ notes: '   ', sample: false })).toBeNull();
  });
});

describe('Meeting Guide types', () => {
  const table = context.types;
  const typesOf = (program: string, formats: string[], languages: string[] = ['en']) =>
    meetingGuideTypes({ program, formats, languages, attendance: 'in_person' }, table);
  const NA_OF_FORMAT: Readonly<Record<string, string[]>> = {
    O: ['O'],
    C: ['C'],
    D: ['DISC'],
    SD: ['DISC', 'SPK'],
    So: ['SPK'],
    To: ['TOP'],
    QA: ['QA'],
    RF: ['VAR'],
    ME: ['MED'],
    BT: ['BT'],
    JT: ['JFT'],
    IW: ['IW'],
    SG: ['SWG'],
    LC: ['LC'],
    SPAD: ['SPAD'],
    IP: ['IP'],
    BK: ['LIT'],
    St: ['STEP'],
    Tr: ['TRAD'],
    CP: ['CPT'],
    B: ['BEG'],
    M: ['M'],
    W: ['W'],
    YP: ['Y'],
    GL: ['GL'],
    CW: ['CW'],
    NS: ['NS'],
    RA: ['RA'],
    WC: ['X'],
    CL: ['CAN'],
    SM: ['SMOK'],
  };

  it('sends NA meetings in NA’s type set (12 Step Meeting List’s na program)', () => {
    for (const [format, types] of Object.entries(NA_OF_FORMAT)) expect(typesOf('NA', [format]), format).toEqual(types);
    for (const types of Object.values(NA_OF_FORMAT)) for (const type of types) expect(Object.hasOwn(NA_TYPES, type), type).toBe(true);
  });

  it('never sends an NA meeting’s format as a code no NA consumer reads, nor two codes that differ only in case', () => {
    const all = typesOf('NA', ['St', 'Tr', 'JT', 'To', 'SG', 'SD', 'So', 'BT', 'IW', 'LC']);
    expect(all).toEqual(['BT', 'DISC', 'IW', 'JFT', 'LC', 'SPK', 'STEP', 'SWG', 'TOP', 'TRAD']);
    for (const format of FORMAT_CATALOGUE) {
      const types = typesOf('NA', [format.code]);
      expect(new Set(types.map((t) => t.toLowerCase())).size, format.code).toBe(types.length);
      for (const type of types) expect(['JT', 'To', 'SG', 'St', 'Tr'], format.code).not.toContain(type);
    }
  });

  it('sends what NA’s set lacks as the spec’s type, else as our own code, never one a set means otherwise by', () => {
    expect(typesOf('NA', ['BB', 'OUT', 'SL'])).toEqual(['ASL', 'B', 'OUT']);
    expect(typesOf('NA', ['GP', 'NC', 'CH', 'BL'])).toEqual(['BL', 'CH', 'GP', 'NC']);
    for (const code of ['GP', 'NC', 'CH', 'BL']) {
      expect(isMeetingType(code), code).toBe(false);
      expect(Object.hasOwn(NA_TYPES, code), code).toBe(false);
    }
  });

  it('sends other programs in the spec’s set, Speaker/Discussion as SP and D', () => {
    expect(typesOf('AA', ['SD'])).toEqual(['D', 'SP']);
    expect(typesOf('AA', ['O', 'BB', '12x12', 'A', 'GL', 'SEN', 'OUT', 'WC'])).toEqual([
      '12x12',
      'A',
      'B',
      'LGBTQ',
      'O',
      'OUT',
      'SEN',
      'X',
    ]);
    expect(typesOf('AL-ANON', ['C', 'B'])).toEqual(['BE', 'C']);
  });

  it('sends a spec-set format that shares its type under its own code too, but never the general one beside it', () => {
    expect(typesOf('AA', ['St'])).toEqual(['ST']);
    expect(typesOf('AA', ['Tr'])).toEqual(['TR']);
    expect(typesOf('AA', ['BK'])).toEqual(['LIT']);
    expect(typesOf('AA', ['SG', 'GP', 'BT'])).toEqual(['LIT', 'ST', 'TR', 'BT', 'GP', 'SG']);
    for (const format of FORMAT_CATALOGUE) {
      const types = typesOf('AA', [format.code]);
      expect(new Set(types.map((t) => t.toLowerCase())).size, format.code).toBe(types.length);
      if (['VM', 'HY', 'TC'].includes(format.code)) expect(types, format.code).toEqual([]);
      else expect(types.length, format.code).toBeGreaterThan(0);
      // A custom code is never a spec code.
      for (const type of types) if (!isMeetingType(type)) expect(formatByCode(type), type).toBeDefined();
    }
  });

  it('sends a feed’s own format under its code in either set', () => {
    const own = typeTable([...FORMAT_CATALOGUE, { code: 'Ti', meetingGuideCode: null, worldId: null }]);
    expect(meetingGuideTypes({ program: 'NA', formats: ['Ti', 'O'], languages: [], attendance: 'in_person' }, own)).toEqual(['O', 'Ti']);
    expect(meetingGuideTypes({ program: 'AA', formats: ['Ti', 'O'], languages: [], attendance: 'in_person' }, own)).toEqual(['O', 'Ti']);
  });

  it('drops codes the spec does not know, even if the catalogue was edited to hold one', () => {
    const edited = typeTable([
      { code: 'X1', meetingGuideCode: 'ONL', worldId: null },
      { code: 'SP', meetingGuideCode: 'NOPE', worldId: null },
      { code: 'C', meetingGuideCode: 'C', worldId: 'CLOSED' },
    ]);
    expect(meetingGuideTypes({ program: 'AA', formats: ['SP', 'C', 'unknown'], languages: [], attendance: 'online' }, edited)).toEqual([
      'C',
    ]);
  });

  it('adds language types in either set, but not English alone', () => {
    for (const program of ['NA', 'AA']) {
      const types = (languages: string[]) => typesOf(program, [], languages);
      expect(types(['en'])).toEqual([]);
      expect(types(['es'])).toEqual(['S']);
      expect(types(['en', 'es'])).toEqual(['EN', 'S']);
      expect(types(['FR', 'pt', 'it', 'ko', 'nb'])).toEqual(['FR', 'ITA', 'KOR', 'NO', 'POR']);
      expect(types(['xx', 'zu'])).toEqual([]);
    }
  });

  it('reads the spec’s language codes, which are not ISO codes', () => {
    expect(languageType('es')).toBe('S');
    expect(languageType('sl')).toBe('SL');
    expect(languageType('nb')).toBe('NO');
    expect(languageType('sa')).toBeNull();
  });

  it('lists each type once, set codes sorted, then our own codes', () => {
    const types = meetingGuideTypes(
      { program: 'AA', formats: ['BT', 'JT', 'ES', 'TC'], languages: ['es'], attendance: 'temporarily_closed' },
      table,
    );
    expect(types).toEqual(['LIT', 'S', 'TC', 'BT', 'JT']);
  });
});

describe('our own feed read back', () => {
  /** Every format a meeting can have, one meeting each, plus the pairs that share a type. */
  const everyFormat: string[][] = [
    ...FORMAT_CATALOGUE.filter((f) => !['VM', 'HY', 'TC'].includes(f.code) && f.type !== 'language').map((f) => [f.code]),
    ['BT', 'BK'],
    ['C', 'SD', 'JT', 'WC', 'NS'],
  ];
  // In NA's set every study has its own code. In the spec's, Step Study beside the Step Working
  // Guides goes out as "ST" with "SG", which reads as the guides alone ("St" cannot go out beside "ST").
  const naOnly: string[][] = [
    ['St', 'SG'],
    ['Tr', 'GP'],
  ];

  for (const [program, extra] of [
    ['NA', naOnly],
    ['AA', []],
  ] as const) {
    it(`gives the same formats back for ${program} meetings`, () => {
      const cases = [...everyFormat, ...extra];
      const entries = cases.map((formats, i) =>
        toMeetingGuide(published(meetingInput({ program, formats, slug: `case-${i}` }), i + 1), context),
      );
      const parsed = parseMeetingGuideJson(entries);
      expect(parsed.skipped).toEqual([]);
      const back = parsed.meetings.map((m) => [...m.input.formats].sort());
      expect(back).toEqual(cases.map((formats) => [...formats].sort()));
      for (const meeting of parsed.meetings) {
        expect(meeting.sourceFormats, meeting.externalId).toBeUndefined();
        expect(
          meeting.warnings.filter((w) => w.includes('type')),
          meeting.externalId,
        ).toEqual([]);
      }
    });
  }
});

describe('feed link', () => {
  it('announces the feed as the spec asks', () => {
    expect(MEETING_GUIDE_FEED_LINK).toEqual({
      rel: 'alternate',
      type: 'application/json',
      title: 'Meetings Feed',
      href: MEETING_GUIDE_FEED_PATH,
    });
    expect(MEETING_GUIDE_FEED_LINK_HEADER).toBe(
      '</api/v1/feeds/meeting-guide.json>; rel="alternate"; type="application/json"; title="Meetings Feed"',
    );
  });
});
