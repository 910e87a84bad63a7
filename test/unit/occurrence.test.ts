import { describe, it, expect } from 'vitest';
import { DateTime } from 'luxon';
import type { WeeklySchedule } from '../../src/domain/meeting.js';
import type { Weekday } from '../../src/domain/weekday.js';
import { dayBounds, localTime, nextOccurrence, occurrenceInProgress, occurrencesBetween } from '../../src/domain/occurrence.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const schedule = (weekday: Weekday, startTime: string, durationMinutes: number, timeZone: string): WeeklySchedule => ({
  weekday,
  startTime,
  durationMinutes,
  timeZone,
});

/** An instant from a wall-clock time in a zone (only for unambiguous times). */
function at(zone: string, year: number, month: number, day: number, hour: number, minute = 0): number {
  const dt = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  if (!dt.isValid) throw new Error(`bad test time in ${zone}`);
  return dt.toMillis();
}

/** An instant in UTC; month is 1-based here, unlike Date.UTC. */
const utc = (year: number, month: number, day: number, hour: number, minute = 0): number => Date.UTC(year, month - 1, day, hour, minute);

// 2026-01-01 is a Thursday; US DST 2026: spring forward Sunday 03-08, fall back Sunday 11-01.

describe('a plain Tuesday 19:30 meeting in America/Chicago (90 min)', () => {
  const tuesday = schedule(2, '19:30', 90, 'America/Chicago');
  const start = utc(2026, 1, 14, 1, 30); // Tuesday 2026-01-13 19:30 CST
  const nextWeek = utc(2026, 1, 21, 1, 30);

  it('is next on Tuesday when asked on the Monday', () => {
    expect(nextOccurrence(tuesday, at('America/Chicago', 2026, 1, 12, 9))).toEqual({ start, end: start + 90 * MINUTE });
  });

  it('is next at 19:29 and at 19:30 the same day, and next week from 19:31', () => {
    expect(nextOccurrence(tuesday, start - MINUTE).start).toBe(start);
    expect(nextOccurrence(tuesday, start).start).toBe(start);
    expect(nextOccurrence(tuesday, start + MINUTE).start).toBe(nextWeek);
  });

  it('is in progress from its start until just before its end', () => {
    expect(occurrenceInProgress(tuesday, start - 1)).toBeNull();
    expect(occurrenceInProgress(tuesday, start)).toEqual({ start, end: start + 90 * MINUTE });
    expect(occurrenceInProgress(tuesday, at('America/Chicago', 2026, 1, 13, 20))?.start).toBe(start);
    expect(occurrenceInProgress(tuesday, at('America/Chicago', 2026, 1, 13, 21) - 1)?.start).toBe(start);
  });

  it('is not in progress at 21:00, when 90 minutes end exactly', () => {
    expect(occurrenceInProgress(tuesday, at('America/Chicago', 2026, 1, 13, 21))).toBeNull();
  });

  it('is not in progress on other days', () => {
    expect(occurrenceInProgress(tuesday, at('America/Chicago', 2026, 1, 14, 20))).toBeNull();
    expect(occurrenceInProgress(tuesday, at('America/Chicago', 2026, 1, 12, 20))).toBeNull();
  });

  it('renders in its own zone', () => {
    expect(localTime(start, 'America/Chicago')).toEqual({
      iso: '2026-01-13T19:30:00-06:00',
      date: '2026-01-13',
      time: '19:30',
      weekday: 2,
      timeZone: 'America/Chicago',
      abbreviation: 'CST',
    });
  });
});

describe('spring forward (2026-03-08, 02:00 → 03:00)', () => {
  const sunday0230 = schedule(0, '02:30', 60, 'America/Los_Angeles');

  it('holds a meeting at a missing 02:30 at 03:30 PDT (10:30Z), as Luxon fromObject does', () => {
    const first = nextOccurrence(sunday0230, at('America/Los_Angeles', 2026, 3, 7, 12));
    expect(first.start).toBe(utc(2026, 3, 8, 10, 30));
    expect(first.end).toBe(utc(2026, 3, 8, 11, 30));
    const shown = localTime(first.start, 'America/Los_Angeles');
    expect(shown.iso).toBe('2026-03-08T03:30:00-07:00');
    expect(shown.abbreviation).toBe('PDT');
    const luxon = DateTime.fromObject({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, { zone: 'America/Los_Angeles' });
    expect(luxon.toMillis()).toBe(first.start);
  });

  it('is back at 02:30 PDT (09:30Z) the next week', () => {
    const second = nextOccurrence(sunday0230, utc(2026, 3, 8, 10, 31));
    expect(second.start).toBe(utc(2026, 3, 15, 9, 30));
    expect(localTime(second.start, 'America/Los_Angeles').time).toBe('02:30');
  });

  it('was at 02:30 PST (10:30Z) the week before', () => {
    const before = occurrencesBetween(sunday0230, utc(2026, 2, 28, 0), utc(2026, 3, 16, 0));
    expect(before.map((o) => o.start)).toEqual([utc(2026, 3, 1, 10, 30), utc(2026, 3, 8, 10, 30), utc(2026, 3, 15, 9, 30)]);
  });

  it('does the same in America/New_York (02:30 → 03:30 EDT = 07:30Z)', () => {
    const ny = schedule(0, '02:30', 60, 'America/New_York');
    expect(nextOccurrence(ny, utc(2026, 3, 7, 0)).start).toBe(utc(2026, 3, 8, 7, 30));
    expect(localTime(utc(2026, 3, 8, 7, 30), 'America/New_York').iso).toBe('2026-03-08T03:30:00-04:00');
  });

  it('keeps times next to the gap where they are', () => {
    const at0159 = schedule(0, '01:59', 60, 'America/Los_Angeles');
    const at0300 = schedule(0, '03:00', 60, 'America/Los_Angeles');
    const at0200 = schedule(0, '02:00', 60, 'America/Los_Angeles');
    const saturday = utc(2026, 3, 7, 12);
    expect(nextOccurrence(at0159, saturday).start).toBe(utc(2026, 3, 8, 9, 59)); // 01:59 PST
    expect(nextOccurrence(at0300, saturday).start).toBe(utc(2026, 3, 8, 10, 0)); // 03:00 PDT
    expect(nextOccurrence(at0200, saturday).start).toBe(utc(2026, 3, 8, 10, 0)); // missing 02:00 → 03:00 PDT
  });

  it('counts duration in elapsed time across the jump (01:30 + 60 min ends 03:30 PDT)', () => {
    const occurrence = nextOccurrence(schedule(0, '01:30', 60, 'America/Los_Angeles'), utc(2026, 3, 7, 12));
    expect(occurrence.start).toBe(utc(2026, 3, 8, 9, 30));
    expect(localTime(occurrence.end, 'America/Los_Angeles').time).toBe('03:30');
  });
});

describe('fall back (2026-11-01, 02:00 → 01:00)', () => {
  const sunday0130 = schedule(0, '01:30', 60, 'America/Los_Angeles');

  it('Luxon fromObject alone picks the later 01:30 (PST); the module does not', () => {
    const luxon = DateTime.fromObject({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, { zone: 'America/Los_Angeles' });
    expect(luxon.toMillis()).toBe(utc(2026, 11, 1, 9, 30));
    expect(nextOccurrence(sunday0130, utc(2026, 10, 31, 12)).start).not.toBe(luxon.toMillis());
  });

  it('holds a repeated 01:30 at the first one: 01:30 PDT = 08:30Z', () => {
    const first = nextOccurrence(sunday0130, utc(2026, 10, 31, 12));
    expect(first.start).toBe(utc(2026, 11, 1, 8, 30));
    const shown = localTime(first.start, 'America/Los_Angeles');
    expect(shown.iso).toBe('2026-11-01T01:30:00-07:00');
    expect(shown.abbreviation).toBe('PDT');
  });

  it('does not hold it again at the second 01:30: next is the week after, 01:30 PST = 09:30Z', () => {
    const afterFirst = utc(2026, 11, 1, 8, 31);
    expect(nextOccurrence(sunday0130, afterFirst).start).toBe(utc(2026, 11, 8, 9, 30));
    expect(localTime(utc(2026, 11, 8, 9, 30), 'America/Los_Angeles').abbreviation).toBe('PST');
    const weeks = occurrencesBetween(sunday0130, utc(2026, 10, 25, 0), utc(2026, 11, 15, 0));
    expect(weeks.map((o) => o.start)).toEqual([utc(2026, 10, 25, 8, 30), utc(2026, 11, 1, 8, 30), utc(2026, 11, 8, 9, 30)]);
  });

  it('is still in progress through the repeated hour, by elapsed time', () => {
    // 01:30 PDT + 60 min = 01:30 PST: the clock reads 01:30 again as it ends.
    const occurrence = nextOccurrence(sunday0130, utc(2026, 10, 31, 12));
    expect(occurrence.end).toBe(utc(2026, 11, 1, 9, 30));
    expect(occurrenceInProgress(sunday0130, utc(2026, 11, 1, 9, 29))).toEqual(occurrence);
    expect(occurrenceInProgress(sunday0130, utc(2026, 11, 1, 9, 30))).toBeNull();
  });

  it('ends a 01:00 meeting of 120 min at 02:00 PST, three hours of clock after 01:00 PDT', () => {
    const occurrence = nextOccurrence(schedule(0, '01:00', 120, 'America/Los_Angeles'), utc(2026, 10, 31, 12));
    expect(occurrence.start).toBe(utc(2026, 11, 1, 8, 0));
    expect(occurrence.end).toBe(utc(2026, 11, 1, 10, 0));
    expect(localTime(occurrence.end, 'America/Los_Angeles').iso).toBe('2026-11-01T02:00:00-08:00');
  });

  it('takes the first 01:30 in America/New_York too (01:30 EDT = 05:30Z)', () => {
    const ny = schedule(0, '01:30', 60, 'America/New_York');
    expect(nextOccurrence(ny, utc(2026, 10, 31, 12)).start).toBe(utc(2026, 11, 1, 5, 30));
  });

  it('leaves times just outside the repeat alone (00:59 PDT, 02:00 PST)', () => {
    const saturday = utc(2026, 10, 31, 12);
    expect(nextOccurrence(schedule(0, '00:59', 60, 'America/Los_Angeles'), saturday).start).toBe(utc(2026, 11, 1, 7, 59));
    expect(nextOccurrence(schedule(0, '02:00', 60, 'America/Los_Angeles'), saturday).start).toBe(utc(2026, 11, 1, 10, 0));
    expect(nextOccurrence(schedule(0, '01:00', 60, 'America/Los_Angeles'), saturday).start).toBe(utc(2026, 11, 1, 8, 0));
  });
});

describe('a weekly meeting across DST', () => {
  const monday1900 = schedule(1, '19:00', 60, 'America/Los_Angeles');

  it('starts at 03:00Z Tuesday in winter and 02:00Z in summer', () => {
    expect(nextOccurrence(monday1900, utc(2026, 1, 12, 0)).start).toBe(utc(2026, 1, 13, 3, 0));
    expect(nextOccurrence(monday1900, utc(2026, 7, 13, 0)).start).toBe(utc(2026, 7, 14, 2, 0));
  });

  it('shifts by an hour in UTC between consecutive weeks around the change', () => {
    const starts = occurrencesBetween(monday1900, utc(2026, 3, 1, 0), utc(2026, 3, 15, 0)).map((o) => o.start);
    expect(starts).toEqual([utc(2026, 3, 3, 3, 0), utc(2026, 3, 10, 2, 0)]);
    expect(starts.map((s) => localTime(s, 'America/Los_Angeles').time)).toEqual(['19:00', '19:00']);
  });
});

describe('a meeting crossing midnight: Saturday 23:30 for 90 min in America/New_York', () => {
  const late = schedule(6, '23:30', 90, 'America/New_York');
  const start = utc(2026, 1, 11, 4, 30); // Saturday 2026-01-10 23:30 EST

  it('is in progress on Sunday at 00:30 and 00:59, and found from the day before', () => {
    expect(occurrenceInProgress(late, at('America/New_York', 2026, 1, 11, 0, 30))).toEqual({
      start,
      end: start + 90 * MINUTE,
    });
    expect(occurrenceInProgress(late, at('America/New_York', 2026, 1, 11, 0, 59))?.start).toBe(start);
  });

  it('is not in progress at 01:00, when it ends', () => {
    expect(occurrenceInProgress(late, at('America/New_York', 2026, 1, 11, 1, 0))).toBeNull();
  });

  it('is not counted by a window starting after its start (only the start counts)', () => {
    const midnight = at('America/New_York', 2026, 1, 11, 0);
    const sundayOnly = occurrencesBetween(late, midnight, midnight + DAY);
    expect(sundayOnly).toEqual([]);
    expect(occurrencesBetween(late, midnight - DAY, midnight)).toEqual([{ start, end: start + 90 * MINUTE }]);
  });
});

describe('a viewer in another zone', () => {
  it('sees a Monday 01:00 New York meeting on Sunday in Los Angeles and Honolulu (winter)', () => {
    const start = nextOccurrence(schedule(1, '01:00', 60, 'America/New_York'), utc(2026, 1, 10, 0)).start;
    expect(start).toBe(utc(2026, 1, 12, 6, 0));
    expect(localTime(start, 'America/New_York')).toMatchObject({ date: '2026-01-12', time: '01:00', weekday: 1 });
    expect(localTime(start, 'America/Los_Angeles')).toEqual({
      iso: '2026-01-11T22:00:00-08:00',
      date: '2026-01-11',
      time: '22:00',
      weekday: 0,
      timeZone: 'America/Los_Angeles',
      abbreviation: 'PST',
    });
    expect(localTime(start, 'Pacific/Honolulu')).toEqual({
      iso: '2026-01-11T20:00:00-10:00',
      date: '2026-01-11',
      time: '20:00',
      weekday: 0,
      timeZone: 'Pacific/Honolulu',
      abbreviation: 'HST',
    });
  });

  it('sees it an hour closer in Honolulu in summer, since Hawaii keeps standard time', () => {
    const start = nextOccurrence(schedule(1, '01:00', 60, 'America/New_York'), utc(2026, 7, 11, 0)).start;
    expect(start).toBe(utc(2026, 7, 13, 5, 0));
    expect(localTime(start, 'America/Los_Angeles')).toMatchObject({ date: '2026-07-12', time: '22:00', weekday: 0, abbreviation: 'PDT' });
    expect(localTime(start, 'Pacific/Honolulu')).toMatchObject({ date: '2026-07-12', time: '19:00', weekday: 0, abbreviation: 'HST' });
  });

  it('drops milliseconds and keeps seconds in the ISO form', () => {
    expect(localTime(utc(2026, 7, 13, 5, 0) + 15_999, 'America/New_York').iso).toBe('2026-07-13T01:00:15-04:00');
  });

  it('returns the zone name asked for and an offset name where ICU has no abbreviation', () => {
    const shown = localTime(utc(2026, 7, 13, 5, 0), 'Asia/Kolkata');
    expect(shown).toMatchObject({ iso: '2026-07-13T10:30:00+05:30', timeZone: 'Asia/Kolkata', time: '10:30' });
    expect(shown.abbreviation).toMatch(/^(IST|GMT\+5:30)$/);
  });
});

describe('Arizona (America/Phoenix, UTC-7 all year)', () => {
  const thursday1900 = schedule(4, '19:00', 60, 'America/Phoenix');

  it('starts a 19:00 meeting at 02:00Z in January and in July', () => {
    expect(nextOccurrence(thursday1900, utc(2026, 1, 5, 0)).start).toBe(utc(2026, 1, 9, 2, 0));
    expect(nextOccurrence(thursday1900, utc(2026, 7, 6, 0)).start).toBe(utc(2026, 7, 10, 2, 0));
    expect(localTime(utc(2026, 7, 10, 2, 0), 'America/Phoenix')).toMatchObject({
      iso: '2026-07-09T19:00:00-07:00',
      abbreviation: 'MST',
    });
  });

  it('shifts nothing on the Los Angeles DST days', () => {
    const at0230 = schedule(0, '02:30', 60, 'America/Phoenix');
    const at0130 = schedule(0, '01:30', 60, 'America/Phoenix');
    expect(nextOccurrence(at0230, utc(2026, 3, 7, 0)).start).toBe(utc(2026, 3, 8, 9, 30));
    expect(nextOccurrence(at0130, utc(2026, 10, 31, 0)).start).toBe(utc(2026, 11, 1, 8, 30));
    expect(nextOccurrence(at0130, utc(2026, 11, 1, 8, 31)).start).toBe(utc(2026, 11, 8, 8, 30));
    const march = dayBounds(utc(2026, 3, 8, 19), 'America/Phoenix');
    expect(march).toEqual({ start: utc(2026, 3, 8, 7), end: utc(2026, 3, 9, 7) });
  });
});

describe('Hawaii, Alaska and Puerto Rico', () => {
  it('keeps Pacific/Honolulu at UTC-10, HST, all year', () => {
    const friday = schedule(5, '12:00', 60, 'Pacific/Honolulu');
    expect(nextOccurrence(friday, utc(2026, 1, 5, 0)).start).toBe(utc(2026, 1, 9, 22, 0));
    expect(nextOccurrence(friday, utc(2026, 7, 6, 0)).start).toBe(utc(2026, 7, 10, 22, 0));
    expect(localTime(utc(2026, 7, 10, 22, 0), 'Pacific/Honolulu').abbreviation).toBe('HST');
  });

  it('follows America/Anchorage through AKST (UTC-9) and AKDT (UTC-8)', () => {
    const wednesday = schedule(3, '18:00', 60, 'America/Anchorage');
    const winter = nextOccurrence(wednesday, utc(2026, 1, 5, 0)).start;
    const summer = nextOccurrence(wednesday, utc(2026, 7, 6, 0)).start;
    expect(winter).toBe(utc(2026, 1, 8, 3, 0));
    expect(summer).toBe(utc(2026, 7, 9, 2, 0));
    expect(localTime(winter, 'America/Anchorage')).toMatchObject({ time: '18:00', weekday: 3, abbreviation: 'AKST' });
    expect(localTime(summer, 'America/Anchorage')).toMatchObject({ time: '18:00', weekday: 3, abbreviation: 'AKDT' });
    // Its own gap, the same Sunday as the rest of the US.
    expect(nextOccurrence(schedule(0, '02:30', 60, 'America/Anchorage'), utc(2026, 3, 7, 0)).start).toBe(utc(2026, 3, 8, 11, 30));
  });

  it('keeps America/Puerto_Rico at UTC-4 all year', () => {
    const monday = schedule(1, '19:00', 60, 'America/Puerto_Rico');
    const winter = nextOccurrence(monday, utc(2026, 1, 10, 0)).start;
    const summer = nextOccurrence(monday, utc(2026, 7, 11, 0)).start;
    expect(winter).toBe(utc(2026, 1, 12, 23, 0));
    expect(summer).toBe(utc(2026, 7, 13, 23, 0));
    const shown = localTime(summer, 'America/Puerto_Rico');
    expect(shown.iso).toBe('2026-07-13T19:00:00-04:00');
    expect(shown.abbreviation).toMatch(/^(AST|GMT-4)$/);
  });
});

describe('occurrencesBetween', () => {
  const tuesday = schedule(2, '19:30', 60, 'America/Chicago');
  const jan13 = utc(2026, 1, 14, 1, 30);
  const jan20 = utc(2026, 1, 21, 1, 30);

  it('gives two ordered occurrences in a 9-day window holding two Tuesdays', () => {
    const from = at('America/Chicago', 2026, 1, 12, 0); // Monday
    expect(occurrencesBetween(tuesday, from, from + 9 * DAY)).toEqual([
      { start: jan13, end: jan13 + HOUR },
      { start: jan20, end: jan20 + HOUR },
    ]);
  });

  it('gives one in a 9-day window holding one Tuesday', () => {
    const from = at('America/Chicago', 2026, 1, 14, 0); // Wednesday → Friday 23rd
    expect(occurrencesBetween(tuesday, from, from + 9 * DAY)).toEqual([{ start: jan20, end: jan20 + HOUR }]);
  });

  it('includes a start equal to `from` and excludes one equal to `to`', () => {
    expect(occurrencesBetween(tuesday, jan13, jan20).map((o) => o.start)).toEqual([jan13]);
    expect(occurrencesBetween(tuesday, jan13 + 1, jan20 + 1).map((o) => o.start)).toEqual([jan20]);
    expect(occurrencesBetween(tuesday, jan13 - 1, jan13)).toEqual([]);
  });

  it('does not count an occurrence already running at `from`', () => {
    expect(occurrencesBetween(tuesday, jan13 + 30 * MINUTE, jan13 + DAY)).toEqual([]);
  });

  it('handles empty, one-day and long windows', () => {
    expect(occurrencesBetween(tuesday, jan13, jan13)).toEqual([]);
    expect(occurrencesBetween(tuesday, jan20, jan13)).toEqual([]);
    const oneDay = dayBounds(jan13, 'America/Chicago');
    expect(occurrencesBetween(tuesday, oneDay.start, oneDay.end).map((o) => o.start)).toEqual([jan13]);
    const year = occurrencesBetween(tuesday, utc(2026, 1, 1, 0), utc(2027, 1, 1, 0));
    expect(year).toHaveLength(52);
    for (let i = 1; i < year.length; i++) expect(year[i]!.start).toBeGreaterThan(year[i - 1]!.start);
    expect(year.every((o) => localTime(o.start, 'America/Chicago').time === '19:30')).toBe(true);
    expect(year.every((o) => localTime(o.start, 'America/Chicago').weekday === 2)).toBe(true);
  });

  // Every start in 2026, for every weekday and times around DST changes, in several zones,
  // agrees with Luxon's fromObject, except a repeated time, where it is the earlier instant
  // with the same wall-clock reading.
  it('agrees with Luxon fromObject all year, except taking the first of a repeated time', () => {
    const zones = [
      'America/Los_Angeles',
      'America/New_York',
      'America/Chicago',
      'America/Denver',
      'America/Phoenix',
      'America/Anchorage',
      'Pacific/Honolulu',
      'America/Puerto_Rico',
      'Europe/London',
      'Australia/Lord_Howe',
      'America/Havana',
      'America/Santiago',
    ];
    const times = ['00:00', '00:30', '01:00', '01:30', '01:59', '02:00', '02:30', '03:00', '12:00', '23:30'];
    const from = utc(2025, 12, 25, 0);
    const to = utc(2027, 1, 5, 0);
    const wrong: string[] = [];
    let repeats = 0;
    for (const zone of zones) {
      for (const startTime of times) {
        const [hour, minute] = startTime.split(':').map(Number);
        for (const weekday of [0, 1, 2, 3, 4, 5, 6] as const) {
          const starts = occurrencesBetween(schedule(weekday, startTime, 60, zone), from, to);
          if (starts.length < 53) wrong.push(`${zone} ${weekday} ${startTime}: ${starts.length} starts`);
          for (const { start } of starts) {
            const mine = localTime(start, zone);
            const [year, month, day] = mine.date.split('-').map(Number);
            const luxon = DateTime.fromObject({ year, month, day, hour, minute }, { zone }).toMillis();
            const theirs = start === luxon ? mine : localTime(luxon, zone);
            if (start !== luxon) repeats++;
            if (start > luxon || theirs.date !== mine.date || theirs.time !== mine.time || mine.weekday !== weekday) {
              wrong.push(`${zone} ${weekday} ${startTime}: ${mine.iso} vs Luxon ${theirs.iso}`);
            }
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(repeats).toBeGreaterThan(0);
  });
});

describe('dayBounds', () => {
  it('gives a 23-hour day in America/New_York on 2026-03-08', () => {
    const bounds = dayBounds(utc(2026, 3, 8, 17), 'America/New_York');
    expect(bounds).toEqual({ start: utc(2026, 3, 8, 5), end: utc(2026, 3, 9, 4) });
    expect(bounds.end - bounds.start).toBe(23 * HOUR);
  });

  it('gives a 25-hour day in America/New_York on 2026-11-01', () => {
    const bounds = dayBounds(utc(2026, 11, 1, 17), 'America/New_York');
    expect(bounds).toEqual({ start: utc(2026, 11, 1, 4), end: utc(2026, 11, 2, 5) });
    expect(bounds.end - bounds.start).toBe(25 * HOUR);
  });

  it('gives the next and previous days with offsetDays', () => {
    const saturday = utc(2026, 3, 7, 17);
    expect(dayBounds(saturday, 'America/New_York', 1)).toEqual(dayBounds(utc(2026, 3, 8, 17), 'America/New_York'));
    const sunday = dayBounds(saturday, 'America/New_York', 1);
    expect(sunday.end - sunday.start).toBe(23 * HOUR);
    expect(dayBounds(saturday, 'America/New_York', 2)).toEqual({ start: utc(2026, 3, 9, 4), end: utc(2026, 3, 10, 4) });
    expect(dayBounds(saturday, 'America/New_York', -1)).toEqual({ start: utc(2026, 3, 6, 5), end: utc(2026, 3, 7, 5) });
  });

  it('uses the local date, not the UTC one', () => {
    // 03:00Z on 2026-01-13 is still Monday 2026-01-12 in New York.
    expect(dayBounds(utc(2026, 1, 13, 3), 'America/New_York')).toEqual({
      start: utc(2026, 1, 12, 5),
      end: utc(2026, 1, 13, 5),
    });
    expect(dayBounds(utc(2026, 1, 13, 5), 'America/New_York').start).toBe(utc(2026, 1, 13, 5));
  });

  it('agrees with Luxon startOf(day) where midnight is missing', () => {
    // America/Havana springs forward 00:00 → 01:00 on 2026-03-08.
    const bounds = dayBounds(utc(2026, 3, 8, 17), 'America/Havana');
    const luxon = DateTime.fromMillis(utc(2026, 3, 8, 17), { zone: 'America/Havana' }).startOf('day');
    expect(bounds.start).toBe(luxon.toMillis());
    expect(localTime(bounds.start, 'America/Havana').time).toBe('01:00');
    expect(bounds.end - bounds.start).toBe(23 * HOUR);
  });

  it('begins a day at the first of a repeated midnight', () => {
    // America/Havana falls back 01:00 → 00:00 on 2026-11-01: midnight happens at 04:00Z and 05:00Z.
    const bounds = dayBounds(utc(2026, 11, 1, 17), 'America/Havana');
    expect(bounds).toEqual({ start: utc(2026, 11, 1, 4), end: utc(2026, 11, 2, 5) });
    const previous = dayBounds(utc(2026, 11, 1, 17), 'America/Havana', -1);
    expect(previous.end).toBe(bounds.start);
    expect(previous.end - previous.start).toBe(24 * HOUR);
  });
});

describe('bad input', () => {
  it('refuses an unknown zone, a bad start time, a negative duration and non-finite instants', () => {
    expect(() => occurrencesBetween(schedule(1, '19:00', 60, 'Mars/Olympus'), 0, DAY)).toThrow(RangeError);
    expect(() => occurrencesBetween(schedule(1, '25:00', 60, 'UTC'), 0, DAY)).toThrow(RangeError);
    expect(() => occurrencesBetween(schedule(1, '19:00', -5, 'UTC'), 0, DAY)).toThrow(RangeError);
    expect(() => occurrencesBetween(schedule(1, '19:00', 60, 'UTC'), 0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => nextOccurrence(schedule(1, '19:00', 60, 'UTC'), Number.NaN)).toThrow(RangeError);
    expect(() => localTime(0, 'Nowhere/Special')).toThrow(RangeError);
    expect(() => dayBounds(0, 'UTC', 0.5)).toThrow(RangeError);
  });

  it('has no meeting in progress for a zero-minute duration', () => {
    const zero = schedule(4, '00:00', 0, 'UTC');
    expect(occurrenceInProgress(zero, 0)).toBeNull();
    expect(nextOccurrence(zero, 0)).toEqual({ start: 0, end: 0 });
  });
});
