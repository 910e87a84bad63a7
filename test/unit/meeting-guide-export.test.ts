import { isMeetingType } from '@code4recovery/spec';
import { describe, expect, it } from 'vitest';
import { FORMAT_CATALOGUE, formatByCode } from '../../src/domain/formats-catalogue.js';
import { toPublicMeeting, type MeetingInput, type PublicMeeting } from '../../src/domain/meeting.js';
import {
  MEETING_GUIDE_FEED_LINK,
  MEETING_GUIDE_FEED_LINK_HEADER,
  MEETING_GUIDE_FEED_PATH,
} from '../../src/interop/meeting-guide/feed-link.js';
import { languageType, meetingGuideTypes } from '../../src/interop/meeting-guide/to-meeting-guide-types.js';
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
  // A spec code, or one of our format codes sent as a custom type.
  for (const type of entry.types) expect(isMeetingType(type) || formatByCode(type) !== undefined, type).toBe(true);
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
      // C, BT (Basic Text → LIT, shared with other literature, so BT as well), WC (wheelchair → X); English alone adds no type.
      types: ['C', 'LIT', 'X', 'BT'],
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
    expect(entry.types).toEqual(['C', 'LIT', 'X', 'BT']);
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
    const meeting = toPublicMeeting({ ...input, id: 1, slug: 'x', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' });
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
  const typeOfFormat = context.typeOfFormat;

  it('maps every catalogue format to its spec type, or to its own code as a custom type that is no spec code', () => {
    for (const format of FORMAT_CATALOGUE) {
      const types = meetingGuideTypes({ formats: [format.code], languages: ['en'], attendance: 'in_person' }, typeOfFormat);
      const shared = FORMAT_CATALOGUE.filter((f) => f.meetingGuideCode === format.meetingGuideCode).length > 1;
      if (format.meetingGuideCode !== null)
        expect(types).toEqual(shared ? [format.meetingGuideCode, format.code] : [format.meetingGuideCode]);
      else if (['VM', 'HY', 'TC'].includes(format.code)) expect(types, format.code).toEqual([]);
      else {
        expect(types, format.code).toEqual([format.code]);
        expect(isMeetingType(format.code), format.code).toBe(false);
      }
    }
  });

  it('drops codes the spec does not know, even if the catalogue was edited to hold one', () => {
    const edited = new Map([
      ['X1', 'ONL'],
      ['X2', 'NOPE'],
      ['C', 'C'],
    ]);
    expect(meetingGuideTypes({ formats: ['X1', 'X2', 'C', 'unknown'], languages: [], attendance: 'online' }, edited)).toEqual(['C']);
  });

  it('adds language types, but not English alone', () => {
    const types = (languages: string[]) => meetingGuideTypes({ formats: [], languages, attendance: 'in_person' }, typeOfFormat);
    expect(types(['en'])).toEqual([]);
    expect(types(['es'])).toEqual(['S']);
    expect(types(['en', 'es'])).toEqual(['EN', 'S']);
    expect(types(['FR', 'pt', 'it', 'ko', 'nb'])).toEqual(['FR', 'ITA', 'KOR', 'NO', 'POR']);
    expect(types(['xx', 'zu'])).toEqual([]);
  });

  it('reads the spec’s language codes, which are not ISO codes', () => {
    expect(languageType('es')).toBe('S');
    expect(languageType('sl')).toBe('SL');
    expect(languageType('nb')).toBe('NO');
    expect(languageType('sa')).toBeNull();
  });

  it('lists each type once, spec codes sorted, then our own codes', () => {
    const types = meetingGuideTypes(
      { formats: ['BT', 'JT', 'ES', 'TC'], languages: ['es'], attendance: 'temporarily_closed' },
      typeOfFormat,
    );
    expect(types).toEqual(['LIT', 'S', 'TC', 'BT', 'JT']);
  });
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
