import { describe, expect, it } from 'vitest';
import { FORMAT_CATALOGUE } from '../../src/domain/formats-catalogue.js';
import type { MeetingInput, PublicMeeting } from '../../src/domain/meeting.js';
import { meetingsCalendar, type CalendarOptions } from '../../src/interop/ical/calendar.js';
import { seriesStart, type IcalEventContext } from '../../src/interop/ical/to-ical-event.js';
import { foldLine } from '../../src/interop/ical/fold.js';
import { vtimezone } from '../../src/interop/ical/vtimezone.js';
import { meetingInput, onlineMeetingInput, publishedMeeting } from '../support/fixtures.js';

const published = (input: MeetingInput, id = 42): PublicMeeting => publishedMeeting(input, id);

const names = new Map(FORMAT_CATALOGUE.map((f) => [f.code, f.text.en.name]));

function context(now: number): IcalEventContext {
  return {
    now,
    host: 'rooms.example',
    pageUrl: (meeting) => `https://rooms.example/meetings/${meeting.slug}`,
    formatName: (code) => names.get(code),
  };
}

const OPTIONS: CalendarOptions = {
  name: 'Test, calendar; one',
  description: 'About, this; calendar',
  timeZone: null,
  refreshSeconds: 86400,
};

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** RFC 5545 content lines: CRLF-terminated, folded at 75 octets with CRLF + one space. */
function unfold(text: string): string[] {
  expect(text.endsWith('\r\n')).toBe(true);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
  }
  const logical: string[] = [];
  for (const line of physical) {
    const last = logical.length - 1;
    if (line.startsWith(' ') && last >= 0) logical[last] = `${logical[last]!}${line.slice(1)}`;
    else logical.push(line);
  }
  return logical;
}

function parseLine(line: string): Property {
  const colon = line.indexOf(':');
  const [name, ...params] = line.slice(0, colon).split(';');
  return {
    name: name!,
    params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
    value: line.slice(colon + 1),
  };
}

/** The properties of each component with the given name, e.g. every VEVENT. */
function components(text: string, kind: string): Property[][] {
  const found: Property[][] = [];
  let current: Property[] | null = null;
  for (const line of unfold(text).map(parseLine)) {
    if (line.name === 'BEGIN' && line.value === kind) current = [];
    else if (line.name === 'END' && line.value === kind && current) {
      found.push(current);
      current = null;
    } else current?.push(line);
  }
  return found;
}

function prop(props: Property[], name: string): Property {
  const found = props.find((p) => p.name === name);
  if (!found) throw new Error(`no ${name} in ${JSON.stringify(props.map((p) => p.name))}`);
  return found;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The calendar date and weekday of "YYYYMMDDTHHMMSS", read without any zone. */
function wallDate(stamp: string): { weekday: number; time: string } {
  const date = new Date(Date.UTC(Number(stamp.slice(0, 4)), Number(stamp.slice(4, 6)) - 1, Number(stamp.slice(6, 8))));
  return { weekday: date.getUTCDay(), time: stamp.slice(9) };
}

function eventOf(input: MeetingInput, now: number): { text: string; event: Property[] } {
  const text = meetingsCalendar([published(input)], context(now), OPTIONS);
  const events = components(text, 'VEVENT');
  expect(events).toHaveLength(1);
  return { text, event: events[0]! };
}

describe('meetingsCalendar', () => {
  // Tuesday 24 November 2026, 12:00 UTC.
  const NOW = Date.UTC(2026, 10, 24, 12, 0);

  it('writes a weekly event on the meeting’s wall clock with its TZID and a VTIMEZONE', () => {
    const input = meetingInput({ schedule: { weekday: 2, startTime: '19:00', durationMinutes: 90, timeZone: 'America/Denver' } });
    const { text, event } = eventOf(input, NOW);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//OpenRooms//Meetings//EN\r\n')).toBe(true);
    const start = prop(event, 'DTSTART');
    const end = prop(event, 'DTEND');
    expect(start.params).toEqual({ TZID: 'America/Denver' });
    expect(end.params).toEqual({ TZID: 'America/Denver' });
    expect(wallDate(start.value)).toEqual({ weekday: 2, time: '190000' });
    expect(end.value.slice(9)).toBe('203000');
    expect(prop(event, 'RRULE').value).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(prop(event, 'UID').value).toBe('meeting-42@rooms.example');
    // RFC 5545 wants these in UTC, whatever zone the calendar is in.
    expect(prop(event, 'DTSTAMP').value).toBe('20261124T120000Z');
    expect(prop(event, 'LAST-MODIFIED').value).toBe('20261120T183009Z');
    expect(prop(event, 'URL').value).toBe('https://rooms.example/meetings/meeting-42');
    expect(unescapeText(prop(event, 'SUMMARY').value)).toBe('Test Tuesday Night');
    expect(unescapeText(prop(event, 'LOCATION').value)).toBe('Test Community Hall, 100 Example St, Portland, OR 97201');
    expect(prop(event, 'GEO').value).toBe('45.5152;-122.6784');
    const description = unescapeText(prop(event, 'DESCRIPTION').value);
    expect(description).toContain('Test data.');
    expect(description).toContain('Formats: Closed, ');
    expect(description).toContain('Where: Basement, side door');
    expect(description).toContain('Details: https://rooms.example/meetings/meeting-42');
    const zones = components(text, 'VTIMEZONE');
    expect(zones.map((z) => prop(z, 'TZID').value)).toEqual(['America/Denver']);
    // The calendar's own name and description are escaped like any text.
    expect(unfold(text)).toContain('X-WR-CALNAME:Test\\, calendar\\; one');
    expect(unfold(text)).toContain('X-WR-CALDESC:About\\, this\\; calendar');
  });

  it('starts the series at the last week’s occurrence, so the DTSTART is never far in the future', () => {
    const input = meetingInput({ schedule: { weekday: 1, startTime: '08:00', durationMinutes: 60, timeZone: 'America/New_York' } });
    const start = seriesStart(published(input), NOW).start;
    expect(start).toBeLessThanOrEqual(NOW);
    expect(start).toBeGreaterThan(NOW - 7 * 24 * 3600_000);
  });

  it('keeps a 19:00 America/New_York meeting at 19:00 local on both sides of daylight saving changes', () => {
    const input = meetingInput({ schedule: { weekday: 4, startTime: '19:00', durationMinutes: 60, timeZone: 'America/New_York' } });
    // Before and after spring forward (8 March 2026) and fall back (1 November 2026).
    for (const now of [Date.UTC(2026, 2, 5), Date.UTC(2026, 2, 12), Date.UTC(2026, 9, 29), Date.UTC(2026, 10, 5), Date.UTC(2026, 6, 1)]) {
      const { text, event } = eventOf(input, now);
      const start = prop(event, 'DTSTART');
      expect(start.params.TZID).toBe('America/New_York');
      expect(wallDate(start.value)).toEqual({ weekday: 4, time: '190000' });
      // No UTC form anywhere for the start: calendars must follow the zone, not a fixed offset.
      expect(start.value.endsWith('Z')).toBe(false);
      expect(prop(event, 'RRULE').value).toBe('FREQ=WEEKLY;BYDAY=TH');
      const zone = components(text, 'VTIMEZONE')[0]!;
      expect(prop(zone, 'TZID').value).toBe('America/New_York');
    }
  });

  it('does not start a 02:30 series on the spring-forward Sunday, when 02:30 does not exist', () => {
    const input = meetingInput({ schedule: { weekday: 0, startTime: '02:30', durationMinutes: 60, timeZone: 'America/Chicago' } });
    // Saturday 14 March 2026: the last week's occurrence would be 8 March, the day of the change.
    const start = prop(eventOf(input, Date.UTC(2026, 2, 14, 10)).event, 'DTSTART');
    expect(wallDate(start.value)).toEqual({ weekday: 0, time: '023000' });
    expect(start.value.slice(0, 8)).not.toBe('20260308');
  });

  it('points an online meeting’s URL and LOCATION at its conference link', () => {
    const { event } = eventOf(onlineMeetingInput(), NOW);
    expect(prop(event, 'URL').value).toBe('https://meet.test.example/j/123456789');
    expect(unescapeText(prop(event, 'LOCATION').value)).toBe('https://meet.test.example/j/123456789');
    expect(event.some((p) => p.name === 'GEO')).toBe(false);
    const description = unescapeText(prop(event, 'DESCRIPTION').value);
    expect(description).toContain('Join online: https://meet.test.example/j/123456789\nPasscode 1234');
    expect(description).toContain('Join by phone: +1 555-0100,,123456789#');
  });

  it('describes a phone-only meeting by its number', () => {
    const base = onlineMeetingInput();
    const { event } = eventOf({ ...base, online: { ...base.online, conferenceUrl: null, conferenceUrlNotes: null } }, NOW);
    expect(unescapeText(prop(event, 'LOCATION').value)).toBe('Phone: +1 555-0100,,123456789#');
    expect(prop(event, 'URL').value).toBe('https://rooms.example/meetings/meeting-42');
  });

  it('folds long lines and escapes text so that it reads back the same', () => {
    const notes = `Long notes; with commas, semicolons and a backslash \\ and accents: Sólo por Hoy. ${'Keep coming back. '.repeat(20)}\nSecond line.`;
    const { event } = eventOf(meetingInput({ notes }), NOW);
    expect(unescapeText(prop(event, 'DESCRIPTION').value)).toContain(notes);
  });

  it('says a temporarily closed meeting is closed', () => {
    const { event } = eventOf(meetingInput({ attendance: 'temporarily_closed' }), NOW);
    expect(unescapeText(prop(event, 'SUMMARY').value)).toBe('Test Tuesday Night (temporarily closed)');
    expect(unescapeText(prop(event, 'DESCRIPTION').value)).toMatch(/^This meeting is temporarily closed\./);
  });

  it('marks a sample meeting as sample', () => {
    const { event } = eventOf(meetingInput({ sample: true, notes: 'Bring coffee.' }), NOW);
    expect(unescapeText(prop(event, 'DESCRIPTION').value)).toMatch(/^SAMPLE: this is not a real meeting\./);
  });

  it('writes one VTIMEZONE per zone for a calendar of many meetings', () => {
    const meetings = [
      published(meetingInput(), 1),
      published(meetingInput({ schedule: { weekday: 3, startTime: '12:00', durationMinutes: 60, timeZone: 'America/Phoenix' } }), 2),
      published(meetingInput({ schedule: { weekday: 5, startTime: '18:00', durationMinutes: 60, timeZone: 'America/Los_Angeles' } }), 3),
    ];
    const text = meetingsCalendar(meetings, context(NOW), { ...OPTIONS, timeZone: 'America/Chicago' });
    expect(components(text, 'VEVENT').map((e) => prop(e, 'UID').value)).toEqual([
      'meeting-1@rooms.example',
      'meeting-2@rooms.example',
      'meeting-3@rooms.example',
    ]);
    expect(
      components(text, 'VTIMEZONE')
        .map((z) => prop(z, 'TZID').value)
        .sort(),
    ).toEqual(['America/Los_Angeles', 'America/Phoenix']);
    expect(unfold(text)).toContain('X-WR-TIMEZONE:America/Chicago');
    expect(unfold(text)).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
    // Every calendar property comes before the first component (RFC 5545 §3.4).
    const lines = unfold(text);
    expect(lines.indexOf('X-WR-TIMEZONE:America/Chicago')).toBeLessThan(lines.indexOf('BEGIN:VTIMEZONE'));
    expect(lines.filter((l) => l.startsWith('BEGIN:')).slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE']);
  });
});

describe('vtimezone', () => {
  /** The UTC offset in minutes of a zone at an instant, by Intl: independent of Luxon. */
  function offsetOf(zone: string, instant: number): number {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')!.value;
    const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name)!;
    return match[1] === undefined ? 0 : (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  }

  function minutes(offset: string): number {
    const sign = offset.startsWith('-') ? -1 : 1;
    return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  }

  /** The nth (or last, n = -1) given weekday of a month, as a day of the month. */
  function nthWeekday(year: number, month: number, weekday: number, n: number): number {
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const matching = Array.from({ length: days }, (_, i) => i + 1).filter(
      (d) => new Date(Date.UTC(year, month - 1, d)).getUTCDay() === weekday,
    );
    return n > 0 ? matching[n - 1]! : matching[matching.length + n]!;
  }

  const CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

  it('writes US zones as yearly rules that match the real changes for years to come', () => {
    for (const zone of [
      'America/New_York',
      'America/Chicago',
      'America/Denver',
      'America/Los_Angeles',
      'America/Anchorage',
      'Pacific/Honolulu',
      'America/Phoenix',
      'America/Puerto_Rico',
    ]) {
      const text = vtimezone(zone, 2026)!;
      const observances = [
        ...components(`BEGIN:X\r\n${text}\r\nEND:X\r\n`, 'DAYLIGHT'),
        ...components(`BEGIN:X\r\n${text}\r\nEND:X\r\n`, 'STANDARD'),
      ];
      expect(observances.length).toBeGreaterThan(0);
      for (const observance of observances) {
        const from = minutes(prop(observance, 'TZOFFSETFROM').value);
        const to = minutes(prop(observance, 'TZOFFSETTO').value);
        const rrule = observance.find((p) => p.name === 'RRULE');
        if (from === to) {
          expect(rrule).toBeUndefined();
          expect(offsetOf(zone, Date.UTC(2027, 0, 1))).toBe(to);
          expect(offsetOf(zone, Date.UTC(2027, 6, 1))).toBe(to);
          continue;
        }
        const rule = /^FREQ=YEARLY;BYMONTH=(\d+);BYDAY=(-?\d)([A-Z]{2})$/.exec(rrule!.value)!;
        const clock = prop(observance, 'DTSTART').value.slice(9);
        for (let year = 2026; year <= 2035; year++) {
          const day = nthWeekday(year, Number(rule[1]), CODES.indexOf(rule[3]!), Number(rule[2]));
          // The onset is a wall time on the old offset; a minute either side, the offsets differ.
          const onset = Date.UTC(year, Number(rule[1]) - 1, day, Number(clock.slice(0, 2)), Number(clock.slice(2, 4))) - from * 60_000;
          expect(offsetOf(zone, onset - 60_000), `${zone} ${year}`).toBe(from);
          expect(offsetOf(zone, onset + 60_000), `${zone} ${year}`).toBe(to);
        }
      }
    }
  });

  it('falls back to dates where a zone follows no weekday rule, and answers null for a non-zone', () => {
    const text = vtimezone('America/Santiago', 2026)!;
    expect(text).toContain('RDATE:');
    expect(vtimezone('Not/AZone', 2026)).toBeNull();
  });
});

describe('foldLine', () => {
  it('leaves lines of up to 75 octets alone', () => {
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('')).toBe('');
  });

  it('folds at 75 octets without splitting a character, like ical-generator', () => {
    for (const line of ['B'.repeat(200), `DESCRIPTION:${'Sólo por Hoy 😀 '.repeat(12)}`, `X:${'é'.repeat(100)}`]) {
      const folded = foldLine(line);
      expect(folded.replace(/\r\n /g, '')).toBe(line);
      for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(
        folded
          .split('\r\n')
          .slice(1)
          .every((part) => part.startsWith(' ')),
      ).toBe(true);
    }
  });

  it('keeps a calendar of no meetings well formed', () => {
    const text = meetingsCalendar([], context(Date.UTC(2026, 0, 1)), OPTIONS);
    expect(text.endsWith('\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(text).not.toContain('\r\n\r\n');
    expect(components(text, 'VEVENT')).toEqual([]);
  });
});
