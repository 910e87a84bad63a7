import { describe, expect, it } from 'vitest';
import { emptyVenue } from '../../src/domain/meeting.js';
import {
  attendanceText,
  clockText,
  countText,
  dayName,
  dayPlural,
  differsForViewer,
  distanceText,
  endClock,
  hoursText,
  nextText,
  occurrenceText,
  openClosed,
  relativeText,
  scheduleText,
  soonText,
  viewerText,
  zoneName,
} from '../../src/web/components/schedule-text.js';
import { addressText, directionsLinks } from '../../src/web/directions.js';
import { jsonForScript } from '../../src/web/meeting-json-ld.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const NOW = Date.UTC(2026, 2, 10, 12, 0);

describe('schedule wording', () => {
  it('names days', () => {
    expect(dayName(0)).toBe('Sunday');
    expect(dayPlural(2)).toBe('Tuesdays');
  });

  it('reads 24-hour times on a US clock', () => {
    expect(clockText('00:00')).toBe('12:00 AM');
    expect(clockText('00:05')).toBe('12:05 AM');
    expect(clockText('09:30')).toBe('9:30 AM');
    expect(clockText('12:00')).toBe('12:00 PM');
    expect(clockText('19:00')).toBe('7:00 PM');
    expect(clockText('23:59')).toBe('11:59 PM');
  });

  it('ends a meeting on the wall clock, past midnight too', () => {
    expect(endClock('19:00', 90)).toBe('20:30');
    expect(endClock('23:30', 60)).toBe('00:30');
    expect(hoursText({ startTime: '19:00', durationMinutes: 90 })).toBe('7:00 PM–8:30 PM');
    expect(hoursText({ startTime: '19:00', durationMinutes: 0 })).toBe('7:00 PM');
  });

  it('says a weekly schedule with its zone', () => {
    expect(scheduleText({ weekday: 2, startTime: '19:00', durationMinutes: 90, timeZone: 'America/Los_Angeles' }, NOW)).toBe(
      'Tuesdays, 7:00 PM–8:30 PM (Pacific Time)',
    );
    expect(zoneName('America/New_York', NOW)).toBe('Eastern Time');
    expect(zoneName('America/Nome', NOW)).toBe('Alaska Time');
    expect(zoneName('UTC', NOW)).toBe('UTC');
    expect(zoneName('Not/AZone', NOW)).toBe('Not/AZone');
  });

  it('says how soon, rounding to the nearest unit', () => {
    expect(relativeText(NOW + 20 * MINUTE, NOW)).toBe('in 20 minutes');
    expect(relativeText(NOW + 3 * HOUR, NOW)).toBe('in 3 hours');
    expect(relativeText(NOW + 119 * MINUTE, NOW)).toBe('in 2 hours');
    expect(relativeText(NOW + 80 * HOUR, NOW)).toBe('in 3 days');
    expect(relativeText(NOW + 20_000, NOW)).toBe('now');
    expect(relativeText(NOW - 2 * HOUR, NOW)).toBe('2 hours ago');
  });

  it('words a result as in progress, starting soon, or nothing when a day or more away', () => {
    expect(soonText({ inProgress: true, start: NOW - HOUR, endClock: '20:30' }, NOW)).toBe('In progress, until 8:30 PM');
    expect(soonText({ inProgress: false, start: NOW + 20 * MINUTE, endClock: null }, NOW)).toBe('Starts in 20 min');
    expect(soonText({ inProgress: false, start: NOW + 25 * HOUR, endClock: null }, NOW)).toBeNull();
    expect(soonText({ inProgress: false, start: null, endClock: null }, NOW)).toBeNull();
  });

  it('words the next occurrence on a meeting page', () => {
    const local = { weekday: 2 as const, time: '19:00' };
    expect(nextText({ inProgress: false, start: NOW + 3 * HOUR, local, endClock: '20:30' }, NOW)).toBe('Next: Tuesday 7:00 PM, in 3 hours');
    expect(nextText({ inProgress: true, start: NOW - 10 * MINUTE, local, endClock: '20:30' }, NOW)).toBe('Happening now, until 8:30 PM');
    expect(occurrenceText(local)).toBe('Tuesday 7:00 PM');
  });

  it('shows the viewer a second clock only when it reads differently', () => {
    expect(differsForViewer({ weekday: 2, time: '19:00' }, { weekday: 2, time: '22:00' })).toBe(true);
    expect(differsForViewer({ weekday: 2, time: '23:00' }, { weekday: 3, time: '23:00' })).toBe(true);
    expect(differsForViewer({ weekday: 2, time: '19:00' }, { weekday: 2, time: '19:00' })).toBe(false);
    expect(differsForViewer({ weekday: 2, time: '19:00' }, null)).toBe(false);
    expect(viewerText({ weekday: 2, time: '22:00', timeZone: 'America/New_York', iso: '2026-03-10T22:00:00-04:00' })).toBe(
      'Tuesday 10:00 PM your time (Eastern Time)',
    );
  });

  it('words attendance, openness, distance and counts', () => {
    expect(attendanceText('hybrid')).toBe('In person and online');
    expect(openClosed(['BT', 'C'])).toBe('closed');
    expect(openClosed(['O'])).toBe('open');
    expect(openClosed(['BT'])).toBeNull();
    expect(distanceText(0.04, 'mi')).toBe('less than 0.1 mi away');
    expect(distanceText(2.345, 'mi')).toBe('2.3 mi away');
    expect(distanceText(12.6, 'km')).toBe('13 km away');
    expect(countText(1)).toBe('1 meeting');
    expect(countText(1234)).toBe('1,234 meetings');
  });
});

describe('directions', () => {
  it('encodes the street address for each map service', () => {
    const venue = {
      ...emptyVenue(),
      street: '100 Main St #2',
      city: 'Portland',
      state: 'OR',
      postalCode: '97201',
      latitude: 45.5,
      longitude: -122.6,
    };
    expect(addressText(venue)).toBe('100 Main St #2, Portland, OR 97201');
    const to = encodeURIComponent('100 Main St #2, Portland, OR 97201');
    expect(directionsLinks(venue).map((l) => l.href)).toEqual([
      `https://maps.apple.com/?daddr=${to}`,
      `https://www.google.com/maps/dir/?api=1&destination=${to}`,
      `https://www.openstreetmap.org/directions?to=${to}`,
    ]);
  });

  it('falls back to coordinates, then the city, then nothing', () => {
    expect(directionsLinks({ ...emptyVenue(), latitude: 45.5, longitude: -122.6 })[0]!.href).toBe(
      'https://maps.apple.com/?daddr=45.5%2C-122.6',
    );
    expect(
      directionsLinks({ ...emptyVenue(), latitude: 45.5, longitude: -122.6, approximate: true, city: 'Bend', state: 'OR' })[0]!.href,
    ).toBe('https://maps.apple.com/?daddr=Bend%2C%20OR');
    expect(directionsLinks(emptyVenue())).toEqual([]);
  });
});

describe('JSON for a script element', () => {
  it('escapes "<" so nothing can close the element, and still parses to the same value', () => {
    const value = { name: 'a </script><script>x</script>', line: '\u2028' };
    const text = jsonForScript(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });
});
