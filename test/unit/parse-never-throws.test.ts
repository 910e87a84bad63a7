import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateMeetingInput } from '../../src/domain/meeting-validation.js';
import type { ParsedFeed } from '../../src/interop/parsed-feed.js';
import { parseBmltFormats, parseBmltMeetings, parseBmltServiceBodies } from '../../src/interop/bmlt/parse-meetings.js';
import { parseMeetingGuideCsv } from '../../src/interop/meeting-guide/parse-csv.js';
import { parseMeetingGuideJson } from '../../src/interop/meeting-guide/parse-json.js';
import { CATALOGUE_RULES } from '../support/fixtures.js';

// Meeting-shaped objects with any JSON in the fields the parsers read, so that the
// property reaches deep into the row readers rather than stopping at "not a list".
const anyValue = fc.jsonValue({ maxDepth: 2 });
const bmltRow = fc.record(
  {
    id_bigint: fc.oneof(fc.constantFrom('1', '2', ''), anyValue),
    meeting_name: fc.oneof(fc.constant('Sample Group'), anyValue),
    weekday_tinyint: fc.oneof(fc.constantFrom('1', '7', '9'), anyValue),
    start_time: fc.oneof(fc.constantFrom('19:00:00', '7pm'), anyValue),
    duration_time: anyValue,
    venue_type: fc.oneof(fc.constantFrom('1', '2', '3', '4'), anyValue),
    time_zone: fc.oneof(fc.constantFrom('America/Chicago', 'Nowhere/None'), anyValue),
    formats: anyValue,
    format_shared_id_list: anyValue,
    latitude: anyValue,
    longitude: anyValue,
    location_province: fc.oneof(fc.constantFrom('OR', 'Oregon'), anyValue),
    location_municipality: anyValue,
    location_postal_code_1: anyValue,
    virtual_meeting_link: anyValue,
    phone_meeting_number: anyValue,
    comments: anyValue,
  },
  { requiredKeys: [] },
);
const mgRow = fc.record(
  {
    slug: anyValue,
    name: fc.oneof(fc.constant('Sample Group'), anyValue),
    day: fc.oneof(fc.constantFrom(0, '3', 'Monday', [1, 2]), anyValue),
    time: fc.oneof(fc.constantFrom('19:00', '7:00 pm'), anyValue),
    end_time: anyValue,
    timezone: anyValue,
    types: anyValue,
    formatted_address: anyValue,
    address: anyValue,
    city: anyValue,
    state: fc.oneof(fc.constantFrom('OR', 'Oregon'), anyValue),
    latitude: anyValue,
    longitude: anyValue,
    conference_url: anyValue,
    conference_phone: anyValue,
    notes: anyValue,
    regions: anyValue,
    contact_1_email: anyValue,
  },
  { requiredKeys: [] },
);

/** Whatever came in, what comes out is a valid meeting or a reported skip. */
function expectValidMeetings(feed: ParsedFeed): void {
  for (const meeting of feed.meetings) expect(validateMeetingInput(meeting.input, CATALOGUE_RULES).ok).toBe(true);
}

describe('no input makes a parser throw or hand on an invalid meeting', () => {
  it('BMLT meetings, formats and service bodies', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, fc.array(fc.oneof(bmltRow, anyValue))), (payload) => {
        expectValidMeetings(parseBmltMeetings(payload));
        expectValidMeetings(parseBmltMeetings({ meetings: payload, formats: payload }));
        parseBmltFormats(payload);
        parseBmltServiceBodies(payload);
      }),
      { numRuns: 300 },
    );
  });

  it('Meeting Guide JSON', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, fc.array(fc.oneof(mgRow, anyValue))), (payload) => {
        expectValidMeetings(parseMeetingGuideJson(payload));
      }),
      { numRuns: 300 },
    );
  });

  it('Meeting Guide CSV', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('', '"', '""', ',', '\r\n', 'Monday', '19:00', 'O, X'));
    const csv = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), csv), (text) => {
        expectValidMeetings(parseMeetingGuideCsv('slug,name,day,time,address,city,state,types\n' + text));
        parseMeetingGuideCsv(text);
      }),
      { numRuns: 300 },
    );
  });
});
