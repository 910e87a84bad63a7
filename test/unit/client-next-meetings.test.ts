import { describe, expect, it } from 'vitest';
import type { MeetingResult } from '../../src/web/client/api-types.js';
import { joinUrl, whenText, whereText, type NextMeetingsText } from '../../src/web/client/next-meeting-text.js';
import {
  locatedPlace,
  nextMeetingsUrl,
  parsePlace,
  placeName,
  searchedPlace,
  serializePlace,
  withPlace,
} from '../../src/web/client/remembered-place.js';

/** The words as pages/home.tsx writes them from the catalogue. */
const TEXT: NextMeetingsText = {
  heading: 'Next meetings near {place}',
  headingHere: 'Next meetings near you',
  seeAll: 'See all meetings near {place}',
  seeAllHere: 'See all meetings near you',
  none: 'None near {place}',
  noneHere: 'None near you',
  today: 'Today',
  tomorrow: 'Tomorrow',
  dayAndClock: '{day} {clock}',
  inProgress: 'In progress',
  inProgressUntil: 'In progress, until {clock}',
  distance: '{miles} mi away',
  closeBy: 'less than 0.1 mi away',
  online: 'Online',
  join: 'Join',
  forgotten: 'Forgotten',
};

const PACIFIC = 'America/Los_Angeles';

function local(time: string, abbreviation: string, timeZone: string) {
  return { weekday: 3, time, timeZone, abbreviation };
}

function meeting(nextStart: string | null, overrides: Partial<MeetingResult> = {}): MeetingResult {
  return {
    id: 1,
    slug: 'a',
    name: 'A',
    attendance: 'in_person',
    schedule: { weekday: 3, startTime: '19:00', durationMinutes: 60, timeZone: PACIFIC },
    venue: { name: null, city: null, state: null, latitude: 45.5, longitude: -122.6 },
    nextStart,
    inProgress: false,
    localStart: { meeting: local('19:00', 'PST', PACIFIC), viewer: local('19:00', 'PST', PACIFIC) },
    ...overrides,
  };
}

/** Intl may put a narrow no-break space before AM and PM. */
function when(result: MeetingResult, now: string, timeZone: string | undefined = PACIFIC): string {
  return whenText(result, new Date(now), TEXT, { locale: 'en-US', timeZone }).replace(/\s/g, ' ');
}

describe('when the next meetings are, on the visitor’s clock', () => {
  // Wednesday 2 December 2026, 8:51 AM in Portland.
  const morning = '2026-12-02T08:51:00-08:00';

  it('says Today, Tomorrow or the weekday', () => {
    expect(when(meeting('2026-12-02T19:00:00-08:00'), morning)).toBe('Today 7:00 PM');
    expect(when(meeting('2026-12-03T19:00:00-08:00'), morning)).toBe('Tomorrow 7:00 PM');
    expect(when(meeting('2026-12-06T22:00:00-08:00'), morning)).toBe('Sunday 10:00 PM');
    expect(when(meeting(null), morning)).toBe('');
  });

  it('counts days in the visitor’s zone, not in UTC', () => {
    // 11:30 PM in Portland is already the 3rd in UTC: the meeting at 12:30 AM is still tomorrow.
    expect(when(meeting('2026-12-03T00:30:00-08:00'), '2026-12-02T23:30:00-08:00')).toBe('Tomorrow 12:30 AM');
    // At the end of a month and a year.
    expect(when(meeting('2027-01-01T09:00:00-08:00'), '2026-12-31T20:00:00-08:00')).toBe('Tomorrow 9:00 AM');
  });

  it('says until when a meeting in progress runs', () => {
    const now = '2026-12-02T09:10:00-08:00';
    const running = { inProgress: true, nextEnd: '2026-12-02T09:30:00-08:00' };
    expect(when(meeting('2026-12-02T08:30:00-08:00', running), now)).toBe('In progress, until 9:30 AM');
    expect(when(meeting('2026-12-02T08:30:00-08:00', { inProgress: true }), now)).toBe('In progress');
  });

  it('names the zone when the meeting keeps another one than the visitor', () => {
    const online = meeting('2026-12-02T19:00:00-08:00', {
      localStart: { meeting: local('19:00', 'PST', PACIFIC), viewer: local('22:00', 'EST', 'America/New_York') },
    });
    expect(when(online, morning, 'America/New_York')).toBe('Today 10:00 PM EST');
  });
});

describe('where, and how to join', () => {
  it('gives the distance of a meeting one can walk into, and "Online" for one only online', () => {
    expect(whereText({ attendance: 'in_person', distance: 1.234 }, TEXT, 'en-US')).toBe('1.2 mi away');
    expect(whereText({ attendance: 'hybrid', distance: 10 }, TEXT, 'en-US')).toBe('10.0 mi away');
    expect(whereText({ attendance: 'in_person', distance: 0.04 }, TEXT, 'en-US')).toBe('less than 0.1 mi away');
    expect(whereText({ attendance: 'online', distance: 0.01 }, TEXT, 'en-US')).toBe('Online');
    expect(whereText({ attendance: 'in_person' }, TEXT, 'en-US')).toBeNull();
  });

  it('offers Join only for a meeting held online with a web link', () => {
    expect(joinUrl({ attendance: 'online', online: { conferenceUrl: 'https://zoom.us/j/1' } })).toBe('https://zoom.us/j/1');
    expect(joinUrl({ attendance: 'hybrid', online: { conferenceUrl: 'https://meet.example/x' } })).toBe('https://meet.example/x');
    expect(joinUrl({ attendance: 'in_person', online: { conferenceUrl: 'https://zoom.us/j/1' } })).toBeNull();
    expect(joinUrl({ attendance: 'online', online: { conferenceUrl: 'javascript:alert(1)' } })).toBeNull();
    expect(joinUrl({ attendance: 'online', online: { conferenceUrl: null } })).toBeNull();
  });
});

describe('the remembered place', () => {
  it('keeps a typed place tidied, and nothing for an empty box', () => {
    expect(searchedPlace('  Portland,   OR ')).toEqual({ near: 'Portland, OR' });
    expect(searchedPlace('   ')).toBeNull();
    expect(searchedPlace('x'.repeat(101))).toBeNull();
  });

  it('keeps a located point rounded to about 100 m, as near me sends it', () => {
    expect(locatedPlace(45.515234, -122.67851)).toEqual({ lat: '45.515', lng: '-122.679' });
  });

  it('reads back what it wrote, and nothing from anything else', () => {
    for (const place of [{ near: 'Portland, OR' }, { lat: '45.515', lng: '-122.679' }])
      expect(parsePlace(serializePlace(place))).toEqual(place);
    for (const raw of [
      null,
      '',
      'Portland',
      '[]',
      '{"near":""}',
      '{"near":3}',
      '{"lat":"45.5","lng":"-122.679"}',
      '{"lat":"95.000","lng":"1.000"}',
    ])
      expect(parsePlace(raw), raw ?? 'null').toBeNull();
    // Only the place is kept, never whatever else was stored beside it.
    expect(serializePlace({ near: 'Portland, OR', extra: 'x' } as { near: string })).toBe('{"near":"Portland, OR"}');
  });

  it('names a typed place, and a point as the visitor', () => {
    expect(placeName({ near: '97201' })).toBe('97201');
    expect(placeName({ lat: '1.000', lng: '2.000' })).toBeNull();
  });

  it('puts the place and zone into our links, replacing any place they named', () => {
    expect(withPlace('/meetings?status=today', { near: 'Portland, OR' }, PACIFIC)).toBe(
      '/meetings?status=today&near=Portland%2C+OR&tz=America%2FLos_Angeles',
    );
    expect(withPlace('/meetings?status=soon&near=Salem&lat=1', { lat: '45.515', lng: '-122.679' }, undefined)).toBe(
      '/meetings?status=soon&lat=45.515&lng=-122.679',
    );
    expect(withPlace('/meetings', { near: '97201' }, undefined)).toBe('/meetings?near=97201');
  });

  it('asks the API for the three soonest meetings near it', () => {
    expect(nextMeetingsUrl({ near: 'Portland, OR' }, PACIFIC)).toBe(
      '/api/v1/meetings?sort=next&limit=3&near=Portland%2C+OR&tz=America%2FLos_Angeles',
    );
  });
});
