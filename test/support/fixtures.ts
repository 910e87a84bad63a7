import { FORMAT_CATALOGUE } from '../../src/domain/formats-catalogue.js';
import { toPublicMeeting, type MeetingInput, type PublicMeeting } from '../../src/domain/meeting.js';
import type { MeetingRules } from '../../src/domain/meeting-validation.js';
import { STARTER_PROGRAMS } from '../../src/domain/program.js';

/** The codes a fresh store accepts: what an import validates feed rows against. */
export const CATALOGUE_RULES: MeetingRules = {
  formatCodes: new Set(FORMAT_CATALOGUE.map((f) => f.code)),
  programCodes: new Set(STARTER_PROGRAMS.map((p) => p.code)),
};

/** The made-up hall every fixture meeting meets in; the feeds in test/fixtures give the same address. */
export const TEST_HALL_ADDRESS = {
  street: '100 Example St',
  city: 'Portland',
  state: 'OR',
  postalCode: '97201',
  country: 'US',
  latitude: 45.5152,
  longitude: -122.6784,
} as const;

/** A valid in-person meeting; tests change what they are about. */
export function meetingInput(overrides: Partial<MeetingInput> = {}): MeetingInput {
  return {
    name: 'Test Tuesday Night',
    program: 'NA',
    categories: ['addiction'],
    serviceBodyId: null,
    groupName: 'Test Group',
    groupNotes: null,
    worldId: 'G00012345',
    schedule: { weekday: 2, startTime: '19:30', durationMinutes: 90, timeZone: 'America/Los_Angeles' },
    attendance: 'in_person',
    venue: {
      name: 'Test Community Hall',
      ...TEST_HALL_ADDRESS,
      citySubsection: null,
      neighborhood: 'Old Town',
      county: 'Multnomah',
      approximate: false,
      notes: 'Basement, side door',
      regions: ['Oregon', 'Portland'],
      trainLines: 'MAX Blue',
      busLines: '15',
    },
    online: { conferenceUrl: null, conferenceUrlNotes: null, conferencePhone: null, conferencePhoneNotes: null },
    formats: ['C', 'BT', 'WC'],
    languages: ['en'],
    notes: 'Test data.',
    website: null,
    contacts: [{ name: 'Test secretary', email: 'secretary@test.example', phone: null }],
    adminNotes: 'Key is with the custodian.',
    published: true,
    sample: false,
    provenance: { source: null, externalId: null },
    extras: {},
    ...overrides,
  };
}

export function onlineMeetingInput(overrides: Partial<MeetingInput> = {}): MeetingInput {
  const base = meetingInput();
  return meetingInput({
    name: 'Test Online Noon',
    attendance: 'online',
    venue: { ...base.venue, name: null, street: null, approximate: true },
    online: {
      conferenceUrl: 'https://meet.test.example/j/123456789',
      conferenceUrlNotes: 'Passcode 1234',
      conferencePhone: '+1 555-0100,,123456789#',
      conferencePhoneNotes: null,
    },
    formats: ['O', 'VM'],
    ...overrides,
  });
}

/** A meeting as the store would publish it, with fixed stamps, for tests of the exports. */
export function publishedMeeting(input: MeetingInput, id: number): PublicMeeting {
  return toPublicMeeting({
    ...input,
    id,
    slug: input.slug ?? `meeting-${id}`,
    createdAt: '2026-01-02T03:04:05Z',
    checkedAt: null,
    updatedAt: '2026-11-20T18:30:09Z',
  });
}
