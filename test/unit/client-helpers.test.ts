import { describe, expect, it } from 'vitest';
import type { MeetingResult } from '../../src/web/client/api-types.js';
import { formatClock, nextTimeText, weeklyTime } from '../../src/web/client/format-when.js';
import { mapPoints } from '../../src/web/client/map-points.js';
import { locationProblem, nearMeUrl, roundCoordinate } from '../../src/web/client/near-me-url.js';

describe('near me', () => {
  it('rounds coordinates to three decimals, about 100 m', () => {
    expect(roundCoordinate(45.515234)).toBe('45.515');
    expect(roundCoordinate(-122.67851)).toBe('-122.679');
    expect(roundCoordinate(-0.0004)).toBe('0.000');
    expect(roundCoordinate(10)).toBe('10.000');
  });

  it("opens the search at the rounded place in the viewer's zone, in its usual order, keeping the button's own query", () => {
    expect(nearMeUrl(45.515234, -122.67851, 'America/Los_Angeles')).toBe('/meetings?lat=45.515&lng=-122.679&tz=America%2FLos_Angeles');
    expect(nearMeUrl(1, 2, undefined, 'status=soon&near=Portland&lat=9')).toBe('/meetings?status=soon&lat=1.000&lng=2.000');
    expect(nearMeUrl(1, 2, undefined, 'true')).toBe('/meetings?lat=1.000&lng=2.000');
  });

  it('says what went wrong in words', () => {
    expect(locationProblem(1)).toMatch(/did not share your location/);
    expect(locationProblem(3)).toMatch(/too long/);
    expect(locationProblem(2)).toMatch(/could not be found/);
    expect(locationProblem(null)).toMatch(/cannot share/);
  });
});

describe('times', () => {
  it('reads 24-hour times as 12-hour ones', () => {
    expect(formatClock('00:00')).toBe('12:00 AM');
    expect(formatClock('07:05')).toBe('7:05 AM');
    expect(formatClock('12:30')).toBe('12:30 PM');
    expect(formatClock('19:00')).toBe('7:00 PM');
    expect(formatClock('25:00')).toBe('25:00');
    expect(formatClock('noon')).toBe('noon');
  });

  it("says the weekly time in the meeting's zone", () => {
    expect(weeklyTime({ weekday: 2, startTime: '19:30' }, 'PDT')).toBe('Tuesday 7:30 PM PDT');
    expect(weeklyTime({ weekday: 0, startTime: '08:00' })).toBe('Sunday 8:00 AM');
  });

  it("says the next time in the viewer's zone", () => {
    expect(nextTimeText('2026-11-10T19:30:00-08:00', { timeZone: 'America/New_York' })).toBe('Tuesday, Nov 10, 10:30 PM EST');
    expect(nextTimeText(null)).toBeNull();
    expect(nextTimeText('not a time')).toBeNull();
    expect(nextTimeText('2026-11-10T19:30:00-08:00', { timeZone: 'Not/AZone' })).toMatch(/Tuesday|Wednesday/);
  });
});

describe('map points', () => {
  const meeting = (venue: Partial<MeetingResult['venue']>): MeetingResult => ({
    id: 1,
    slug: 'tuesday night/a',
    name: 'Tuesday Night',
    attendance: 'in_person',
    schedule: { weekday: 2, startTime: '19:30', durationMinutes: 60, timeZone: 'America/Los_Angeles' },
    venue: { name: null, city: null, state: null, latitude: 45.5, longitude: -122.6, ...venue },
    nextStart: null,
    inProgress: false,
    localStart: null,
  });

  it('keeps meetings with a real place, and links each to its page', () => {
    const points = mapPoints([
      meeting({}),
      meeting({ latitude: null, longitude: null }),
      meeting({ latitude: 0, longitude: 0 }),
      meeting({ latitude: 95 }),
    ]);
    expect(points).toEqual([
      { latitude: 45.5, longitude: -122.6, name: 'Tuesday Night', href: '/meetings/tuesday%20night%2Fa', when: 'Tuesday 7:30 PM' },
    ]);
  });
});
