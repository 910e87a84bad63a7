import { describe, expect, it } from 'vitest';
import { parseBmltMeetings, parseBmltServiceBodies } from '../../src/interop/bmlt/parse-meetings.js';
import { validateFeed } from '../../src/interop/import/validate-feed.js';
import { CATALOGUE_RULES } from '../support/fixtures.js';
import { durationMinutes, minutesBetween } from '../../src/interop/clean/loose-time.js';
import { parseMeetingGuideJson } from '../../src/interop/meeting-guide/parse-json.js';
import { endTime } from '../../src/interop/meeting-guide/to-meeting-guide.js';

/** A Meeting Guide row that imports as it is, with some fields replaced. */
function row(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Sample Hope Group',
    slug: 'sample-hope',
    day: 2,
    time: '19:00',
    end_time: '20:00',
    timezone: 'America/Los_Angeles',
    address: '100 Example St',
    city: 'Portland',
    state: 'OR',
    postal_code: '97201',
    ...fields,
  };
}

describe('24-hour meetings', () => {
  it('reads a day less one minute, and 24:00, as a whole day', () => {
    expect(minutesBetween('00:00', '23:59')).toBe(1440);
    expect(minutesBetween('06:00', '05:59')).toBe(1440);
    expect(minutesBetween('00:00', '23:58')).toBe(1438);
    expect(durationMinutes('23:59:00')).toBe(1440);
    expect(durationMinutes('24:00:00')).toBe(1440);
  });

  it('imports 00:00 to 23:59 from Meeting Guide as 1440 minutes, without a warning', () => {
    const feed = parseMeetingGuideJson([row({ time: '00:00', end_time: '23:59' })]);
    expect(feed.meetings[0]?.input.schedule.durationMinutes).toBe(1440);
    expect(feed.meetings[0]?.warnings).toEqual([]);
  });

  it('imports a BMLT duration of 23:59 or 24:00 as 1440 minutes', () => {
    const meeting = (duration: string) => ({
      id_bigint: '1',
      meeting_name: 'Sample Marathon',
      weekday_tinyint: '1',
      start_time: '00:00:00',
      duration_time: duration,
      time_zone: 'America/Chicago',
      venue_type: '1',
      location_street: '1 Example St',
      location_municipality: 'Chicago',
      location_province: 'IL',
    });
    for (const duration of ['23:59:00', '24:00:00']) {
      expect(parseBmltMeetings([meeting(duration)]).meetings[0]?.input.schedule.durationMinutes).toBe(1440);
    }
  });

  it('exports a whole day as ending a minute before it starts, so it reads back the same', () => {
    expect(endTime('00:00', 1440)).toBe('23:59');
    expect(minutesBetween('00:00', endTime('00:00', 1440))).toBe(1440);
  });
});

describe('long values', () => {
  it('keeps a long conference phone whole and refuses one over the limit with its reason', () => {
    const long = '+1 646 558 8656,,86912345678#,,,,*123456#,,,,9876543210#';
    const feed = parseMeetingGuideJson([
      row({ slug: 'a', conference_phone: long, conference_url: 'https://meet.example.org/j/1' }),
      row({ slug: 'b', conference_phone: `+1 ${'5'.repeat(300)}`, conference_url: 'https://meet.example.org/j/1' }),
    ]);
    expect(feed.meetings.map((m) => m.input.online.conferencePhone)).toEqual([long]);
    expect(feed.skipped).toEqual([
      {
        row: 2,
        externalId: 'b',
        name: 'Sample Hope Group',
        reason: 'invalid: online.conferencePhone must be at most 250 characters',
      },
    ]);
  });

  it('keeps the lines of notes with HTML in them', () => {
    const feed = parseMeetingGuideJson([row({ notes: 'Meeting ID: 869 1234 5678<br>\nPasscode: 123456\nBring a friend &amp; coffee' })]);
    expect(feed.meetings[0]?.input.notes).toBe('Meeting ID: 869 1234 5678\nPasscode: 123456\nBring a friend & coffee');
  });
});

describe('rows that share a slug', () => {
  it('keeps a different meeting under a suffixed slug, and skips an exact copy with the row it repeats', () => {
    const feed = parseMeetingGuideJson([
      row(),
      row({ name: 'Sample Other Group', day: 4 }),
      { ...row() },
      row({ name: 'Sample Third Group', day: [1, 3] }),
    ]);
    expect(feed.meetings.map((m) => [m.externalId, m.input.name])).toEqual([
      ['sample-hope', 'Sample Hope Group'],
      ['sample-hope-2', 'Sample Other Group'],
      ['sample-hope-3#1', 'Sample Third Group'],
      ['sample-hope-3#3', 'Sample Third Group'],
    ]);
    expect(feed.meetings[1]?.warnings).toEqual(['slug "sample-hope" is already used by row 1: kept as "sample-hope-2"']);
    expect(feed.skipped).toEqual([{ row: 3, externalId: 'sample-hope', name: 'Sample Hope Group', reason: 'an exact copy of row 1' }]);
  });

  it('sees a copy whose keys come in another order as the same row', () => {
    const first = row();
    const reordered = Object.fromEntries(Object.entries(first).reverse());
    const feed = parseMeetingGuideJson([first, reordered]);
    expect(feed.meetings).toHaveLength(1);
    expect(feed.skipped[0]?.reason).toBe('an exact copy of row 1');
  });
});

describe('service bodies', () => {
  it('keeps a long name and description whole, and refuses one over the limit with its reason instead of cutting it', () => {
    const description = 'Our area serves the county.\n'.repeat(100);
    const { serviceBodies } = parseBmltServiceBodies([
      { id: '1', parent_id: '0', name: `Sample ${'Long '.repeat(50)}Area`, description, type: 'AS', world_id: 'AR12345' },
      { id: '2', parent_id: '0', name: 'x'.repeat(600), type: 'AS' },
    ]);
    expect(serviceBodies[0]?.input.name).toHaveLength(`Sample ${'Long '.repeat(50)}Area`.length);
    expect(serviceBodies[0]?.input.description).toBe(description.trim());
    expect(serviceBodies[1]?.input.name).toHaveLength(600);
    const checked = validateFeed({ meetings: [], serviceBodies, skipped: [] }, CATALOGUE_RULES, 'example-org');
    expect(checked.serviceBodies.map((b) => b.externalId)).toEqual(['1']);
    expect(checked.warnings).toEqual([
      { row: null, externalId: '2', message: 'service body left out: name: must be at most 500 characters' },
    ]);
  });
});
