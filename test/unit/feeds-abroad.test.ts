import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBmltMeetings } from '../../src/interop/bmlt/parse-meetings.js';
import { parseMeetingGuideJson } from '../../src/interop/meeting-guide/parse-json.js';
import type { FeedMeeting, ParsedFeed } from '../../src/interop/parsed-feed.js';

function fixture(path: string): unknown {
  return JSON.parse(readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8'));
}

function meeting(feed: ParsedFeed, externalId: string): FeedMeeting {
  const found = feed.meetings.find((m) => m.externalId === externalId);
  if (!found) throw new Error(`no meeting ${externalId}: ${JSON.stringify(feed.skipped)}`);
  return found;
}

describe('a German BMLT area (GetSearchResults)', () => {
  const feed = parseBmltMeetings(fixture('bmlt/germany.json'));

  it('stores every meeting as DE in Europe/Berlin, whether the row names the country by code, by name or not at all', () => {
    expect(feed.meetings.map((m) => m.externalId)).toEqual(['501', '502', '503', '504', '505', '506', '507']);
    for (const m of feed.meetings) {
      expect(m.input.venue.country, m.externalId).toBe('DE');
      expect(m.input.schedule.timeZone, m.externalId).toBe('Europe/Berlin');
      expect(m.place, 'the evidence is removed once weighed').toBeUndefined();
    }
    expect(meeting(feed, '502').input.venue).toMatchObject({ city: 'München', state: 'Bayern', postalCode: '80331' });
  });

  it('gives virtual meetings with placeholder coordinates in California no California zone, and drops the placeholder', () => {
    const evening = meeting(feed, '504');
    expect(evening.input.attendance).toBe('online');
    expect(evening.input.venue).toMatchObject({ latitude: null, longitude: null });
    expect(evening.warnings).toEqual([
      'no time zone: America/Los_Angeles from the coordinates',
      "America/Los_Angeles from an online meeting's coordinates replaced by Europe/Berlin, as most meetings of its service body",
      'country DE, as most meetings of its service body',
      'coordinates 36.7783,-119.4179 lie in US, not DE: dropped as a placeholder',
    ]);
    // A row that names its country: the country decides, and its placeholder goes too.
    expect(meeting(feed, '505').warnings).toEqual([
      'no time zone: Europe/Berlin from the country DE',
      'coordinates 36.7783,-119.4179 lie in US, not DE: dropped as a placeholder',
    ]);
    // Its own zone is kept; the country it lacked comes from its service body.
    expect(meeting(feed, '506').warnings).toContain('country DE, as most meetings of its service body');
  });

  it("gives a virtual meeting of a service body with no other evidence the feed's zone and country", () => {
    expect(meeting(feed, '507').warnings).toEqual([
      'no time zone of its own: Europe/Berlin, as most meetings of the feed',
      'country DE, as most meetings of the feed',
    ]);
  });

  it('still skips an in-person row with no place, with its reason', () => {
    expect(feed.skipped).toEqual([
      { row: 8, externalId: '508', name: 'Beispielgruppe Kein Ort', reason: 'in-person meeting without an address' },
    ]);
  });

  it('keeps zones of their own and reads a lone virtual list with no evidence as unplaceable', () => {
    const lone = parseBmltMeetings([
      { ...(fixture('bmlt/germany.json') as Record<string, string>[])[3], id_bigint: '9', latitude: '', longitude: '' },
    ]);
    expect(lone.meetings).toEqual([]);
    expect(lone.skipped).toEqual([
      { row: 1, externalId: '9', name: 'Beispielgruppe Online Abend', reason: 'no time zone, coordinates or US state' },
    ]);
  });
});

describe('a Canadian Meeting Guide feed with no time zones', () => {
  const feed = parseMeetingGuideJson(fixture('meeting-guide/canada.json'));
  const zones = Object.fromEntries(feed.meetings.map((m) => [m.externalId, m.input.schedule.timeZone]));

  it('imports every row, each in its own zone: from the coordinates, the province, or the feed', () => {
    expect(feed.skipped).toEqual([]);
    expect(zones).toEqual({
      'sample-whyte-avenue': 'America/Edmonton',
      'sample-strathcona': 'America/Edmonton',
      'sample-downtown-calgary': 'America/Edmonton',
      'sample-robson': 'America/Vancouver',
      'sample-red-deer-online': 'America/Edmonton',
      'sample-anywhere-online': 'America/Edmonton',
      'sample-harbourfront-hybrid': 'America/Toronto',
      'sample-plateau': 'America/Toronto',
    });
    for (const m of feed.meetings) expect(m.input.venue.country, m.externalId).toBe('CA');
  });

  it('splits Canadian addresses into city, province code and postal code', () => {
    expect(meeting(feed, 'sample-strathcona').input.venue).toMatchObject({
      street: null,
      city: 'Edmonton',
      state: 'AB',
      postalCode: 'T6E 4E8',
    });
    expect(meeting(feed, 'sample-whyte-avenue').input.venue).toMatchObject({ street: '10437 82 Ave NW', city: 'Edmonton', state: 'AB' });
    expect(meeting(feed, 'sample-downtown-calgary').input.venue).toMatchObject({ city: 'Calgary', state: 'AB', postalCode: 'T2P 1J9' });
    expect(meeting(feed, 'sample-plateau').input.venue).toMatchObject({ city: 'Montréal', state: 'QC', postalCode: 'H3A 3G4' });
    // No country written: the province says Canada.
    expect(meeting(feed, 'sample-harbourfront-hybrid').input.venue).toMatchObject({ city: 'Toronto', state: 'ON', country: 'CA' });
  });

  it('finds no place for Canadian rows without coordinates in the US gazetteer', () => {
    expect(meeting(feed, 'sample-robson').input.venue).toMatchObject({ latitude: null, approximate: false });
  });
});

describe("the caller's time zone (FeedDefaults.timeZone)", () => {
  it('sets the zone of every row that has none, before coordinates, country or feed are asked', () => {
    const feed = parseMeetingGuideJson(fixture('meeting-guide/canada.json'), { program: null, timeZone: 'America/Halifax' });
    expect(feed.skipped).toEqual([]);
    expect(new Set(feed.meetings.map((m) => m.input.schedule.timeZone))).toEqual(new Set(['America/Halifax']));
  });

  it("never overrides a row's own zone", () => {
    const feed = parseBmltMeetings(fixture('bmlt/germany.json'), undefined, { program: null, timeZone: 'America/New_York' });
    expect(meeting(feed, '506').input.schedule.timeZone).toBe('Europe/Berlin');
    expect(meeting(feed, '501').input.schedule.timeZone).toBe('America/New_York');
  });
});

describe('online meetings that name only their town', () => {
  const feed = parseMeetingGuideJson(fixture('meeting-guide/online-towns.json'));

  it('get approximate coordinates from the ZIP, else the city and state', () => {
    expect(feed.skipped).toEqual([]);
    expect(meeting(feed, 'sample-hatboro-online').input.venue).toMatchObject({
      city: 'Hatboro',
      state: 'PA',
      postalCode: '19040',
      country: 'US',
      latitude: 40.1785,
      longitude: -75.1072,
      approximate: true,
    });
    const doylestown = meeting(feed, 'sample-doylestown-online');
    expect(doylestown.input.venue).toMatchObject({ city: 'Doylestown', state: 'PA', approximate: true });
    expect(doylestown.input.venue.latitude).toBeCloseTo(40.31, 1);
    expect(doylestown.input.schedule.timeZone).toBe('America/New_York');
  });

  it('place an in-person meeting with a street but no coordinates approximately, keeping its street for directions', () => {
    expect(meeting(feed, 'sample-hatboro-hall').input.venue).toMatchObject({ street: '979 West County Line Road', approximate: true });
  });

  it('never read a bare postal code as a US ZIP when the row does not say it is in the US', () => {
    const parsed = parseMeetingGuideJson([
      {
        name: 'Sample Berlin',
        slug: 'b',
        day: 1,
        time: '19:00',
        postal_code: '10115',
        timezone: 'Europe/Berlin',
        conference_url: 'https://meet.example.org/j/1',
      },
    ]);
    expect(parsed.meetings[0]?.input.venue).toMatchObject({ postalCode: '10115', latitude: null, approximate: false });
  });
});
