import { describe, expect, it } from 'vitest';
import {
  isBrokenLink,
  isStale,
  lacksTimeZone,
  likelyDuplicates,
  meetingProblems,
  normalisedAddress,
  qualityReport,
  type QualityMeeting,
} from '../../src/domain/data-quality.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';

const NOW = Date.parse('2026-12-02T12:00:00Z');
const RECENT = '2026-11-01T00:00:00.000Z';

function meeting(id: number, overrides: Partial<QualityMeeting> = {}, base = meetingInput()): QualityMeeting {
  return { ...base, id, updatedAt: RECENT, checkedAt: null, ...overrides };
}

describe('isStale', () => {
  it('looks at the later of the last edit and the last check, twelve months back', () => {
    expect(isStale({ updatedAt: '2025-12-01T00:00:00.000Z', checkedAt: null }, NOW)).toBe(true);
    expect(isStale({ updatedAt: '2025-12-03T00:00:00.000Z', checkedAt: null }, NOW)).toBe(false);
    expect(isStale({ updatedAt: '2024-01-01T00:00:00.000Z', checkedAt: '2026-06-01T00:00:00.000Z' }, NOW)).toBe(false);
  });
});

describe('meetingProblems', () => {
  it('finds nothing wrong with a good meeting', () => {
    expect(meetingProblems(meeting(1), NOW)).toEqual([]);
  });

  it('names each problem of one meeting', () => {
    const base = meetingInput();
    expect(meetingProblems(meeting(1, { venue: { ...base.venue, latitude: null, longitude: null } }), NOW)).toEqual(['noCoordinates']);
    expect(meetingProblems(meeting(1, { venue: { ...base.venue, approximate: true } }), NOW)).toEqual(['approximate']);
    expect(meetingProblems(meeting(1, { schedule: { ...base.schedule, timeZone: 'UTC' } }), NOW)).toEqual(['noTimeZone']);
    expect(meetingProblems(meeting(1, { venue: { ...base.venue, street: null } }), NOW)).toEqual(['noAddress']);
    expect(meetingProblems(meeting(1, { attendance: 'hybrid' }), NOW)).toEqual(['noOnlineAccess']);
    expect(meetingProblems(meeting(1, { updatedAt: '2020-01-01T00:00:00.000Z' }), NOW)).toEqual(['stale']);
  });

  it('asks an online meeting for no address or building position, but for a link or a phone', () => {
    const online = onlineMeetingInput();
    expect(meetingProblems(meeting(1, {}, online), NOW)).toEqual([]);
    expect(meetingProblems(meeting(1, { online: { ...online.online, conferenceUrl: null, conferencePhone: null } }, online), NOW)).toEqual([
      'noOnlineAccess',
    ]);
  });
});

describe('lacksTimeZone', () => {
  it('takes UTC and unknown zones for missing', () => {
    expect(lacksTimeZone('America/Chicago')).toBe(false);
    expect(lacksTimeZone('UTC')).toBe(true);
    expect(lacksTimeZone('Etc/GMT+5')).toBe(true);
    expect(lacksTimeZone('Mars/Olympus')).toBe(true);
    expect(lacksTimeZone('')).toBe(true);
  });
});

describe('normalisedAddress', () => {
  it('reads one address written two ways as one', () => {
    const a = normalisedAddress({ street: '100 Example Street', city: 'Portland', state: 'OR' });
    expect(a).toBe('100 example st portland or');
    expect(normalisedAddress({ street: '100  example St.', city: 'PORTLAND', state: 'or' })).toBe(a);
    expect(normalisedAddress({ street: null, city: 'Portland', state: 'OR' })).toBeNull();
  });
});

describe('likelyDuplicates', () => {
  const base = meetingInput();
  it('pairs meetings at one place (within 50 m or one address), day and start time, across sources', () => {
    const a = meeting(1, { provenance: { source: null, externalId: null } });
    // 30 m north, another spelling of nothing: the coordinates match.
    const b = meeting(2, {
      venue: { ...base.venue, street: 'Hall', latitude: base.venue.latitude! + 0.00027 },
      provenance: { source: 'feed', externalId: '9' },
    });
    // Same address, coordinates far off (a bad geocode).
    const c = meeting(3, { venue: { ...base.venue, street: '100 Example Street', latitude: 46, longitude: -122 } });
    const laterSameHall = meeting(4, { schedule: { ...base.schedule, startTime: '21:00' } });
    const otherDay = meeting(5, { schedule: { ...base.schedule, weekday: 4 } });
    // 200 m away, another street: another place.
    const farther = meeting(6, { venue: { ...base.venue, street: '300 Other St', latitude: base.venue.latitude! + 0.0018 } });
    const online = meeting(7, {}, onlineMeetingInput());
    const pairs = likelyDuplicates([a, b, c, laterSameHall, otherDay, farther, online]).map(([x, y]) => [x.id, y.id]);
    expect(pairs).toEqual([
      [1, 2],
      [1, 3],
    ]);
  });
});

describe('isBrokenLink', () => {
  it('is an HTTP error or no answer', () => {
    expect(isBrokenLink({ status: 200 })).toBe(false);
    expect(isBrokenLink({ status: 301 })).toBe(false);
    expect(isBrokenLink({ status: 404 })).toBe(true);
    expect(isBrokenLink({ status: 503 })).toBe(true);
    expect(isBrokenLink({ status: null })).toBe(true);
  });
});

describe('qualityReport', () => {
  it('lists each item in the order of the problems and counts them per service body', () => {
    const base = meetingInput();
    const meetings = [
      meeting(1, { serviceBodyId: 10, website: 'https://gone.test.example/' }),
      meeting(2, { serviceBodyId: 10, venue: { ...base.venue, approximate: true } }),
      meeting(3, { serviceBodyId: 20, updatedAt: '2020-01-01T00:00:00.000Z', schedule: { ...base.schedule, weekday: 6 } }),
    ];
    const checks = [
      { url: 'https://gone.test.example/', status: 404, error: null, checkedAt: RECENT },
      { url: 'https://fine.test.example/', status: 200, error: null, checkedAt: RECENT },
    ];
    const report = qualityReport(meetings, checks, NOW);
    expect(report.items.map((i) => [i.problem, i.meeting.id])).toEqual([
      ['stale', 3],
      ['approximate', 2],
      ['duplicate', 1],
      ['brokenLink', 1],
    ]);
    expect(report.items.find((i) => i.problem === 'duplicate')!.other!.id).toBe(2);
    expect(report.items.find((i) => i.problem === 'brokenLink')!.link).toMatchObject({ status: 404 });
    expect(Object.fromEntries(report.counts.get(10)!)).toEqual({ approximate: 1, duplicate: 1, brokenLink: 1 });
    expect(Object.fromEntries(report.counts.get(20)!)).toEqual({ stale: 1 });
  });
});
