import type { MeetingInput } from '../../src/domain/meeting.js';

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
      street: '100 Example St',
      citySubsection: null,
      neighborhood: 'Old Town',
      city: 'Portland',
      county: 'Multnomah',
      state: 'OR',
      postalCode: '97201',
      country: 'US',
      latitude: 45.5152,
      longitude: -122.6784,
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
