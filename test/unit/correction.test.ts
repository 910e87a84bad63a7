import { describe, expect, it } from 'vitest';
import {
  applyCorrection,
  changedSince,
  checkCorrection,
  checkDidNotHappen,
  correctionDiff,
  timeOfDay,
} from '../../src/domain/correction.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { meetingInput } from '../support/fixtures.js';

function meeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    ...meetingInput(),
    id: 7,
    slug: 'test-tuesday-night',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
    checkedAt: null,
    ...overrides,
  };
}

describe('timeOfDay', () => {
  it('reads what people type into a plain text box', () => {
    expect(timeOfDay('19:30')).toBe('19:30');
    expect(timeOfDay('7:30')).toBe('07:30');
    expect(timeOfDay('7:30 PM')).toBe('19:30');
    expect(timeOfDay('12:15 am')).toBe('00:15');
    expect(timeOfDay('12:00 p.m.')).toBe('12:00');
    expect(timeOfDay('13:00 PM')).toBeNull();
    expect(timeOfDay('soon')).toBeNull();
    expect(timeOfDay('24:00')).toBeNull();
  });
});

describe('checkCorrection', () => {
  it('keeps only the fields given, trimmed', () => {
    const checked = checkCorrection({ weekday: '3', startTime: ' 8:00 PM ', street: '', message: ' Moved. ', email: ' a@test.example ' });
    expect(checked).toEqual({
      ok: true,
      value: {
        kind: 'correction',
        proposed: { weekday: '3', startTime: '20:00' },
        missedOn: null,
        message: 'Moved.',
        email: 'a@test.example',
      },
    });
  });

  it('names every field in the wrong shape', () => {
    const checked = checkCorrection({
      weekday: '9',
      startTime: 'late',
      conferenceUrl: 'javascript:alert(1)',
      conferencePhone: 'call me',
      email: 'nope',
      message: 'x'.repeat(2001),
    });
    expect(checked).toEqual({
      ok: false,
      errors: { weekday: 'weekday', startTime: 'time', conferenceUrl: 'url', conferencePhone: 'phone', email: 'email', message: 'tooLong' },
    });
  });

  it('asks for something: an empty correction is refused on the message', () => {
    expect(checkCorrection({ email: 'a@test.example' })).toEqual({ ok: false, errors: { message: 'nothing' } });
    expect(checkCorrection({ message: 'The door is round the back now.' }).ok).toBe(true);
  });
});

describe('checkDidNotHappen', () => {
  it('takes nothing at all, or a real date', () => {
    expect(checkDidNotHappen({})).toEqual({
      ok: true,
      value: { kind: 'did-not-happen', proposed: {}, missedOn: null, message: null, email: null },
    });
    expect(checkDidNotHappen({ missedOn: '2026-11-24' }).ok).toBe(true);
    expect(checkDidNotHappen({ missedOn: '2026-02-30' })).toEqual({ ok: false, errors: { missedOn: 'date' } });
    expect(checkDidNotHappen({ missedOn: 'last week' })).toEqual({ ok: false, errors: { missedOn: 'date' } });
  });
});

describe('correctionDiff', () => {
  it('sets each proposed field against the current value, saying when it is already so', () => {
    const rows = correctionDiff(meeting(), { startTime: '19:30', weekday: '4', conferenceUrl: 'https://meet.test.example/j/1' });
    expect(rows).toEqual([
      { field: 'weekday', current: '2', proposed: '4', same: false },
      { field: 'startTime', current: '19:30', proposed: '19:30', same: true },
      { field: 'conferenceUrl', current: null, proposed: 'https://meet.test.example/j/1', same: false },
    ]);
  });
});

describe('changedSince', () => {
  it('is true only for an edit after the request', () => {
    expect(changedSince(meeting(), { createdAt: '2026-03-01T00:00:00.000Z' })).toBe(false);
    expect(changedSince(meeting(), { createdAt: '2026-01-15T00:00:00.000Z' })).toBe(true);
  });
});

describe('applyCorrection', () => {
  it('writes the proposed fields and leaves the rest, without the stamps', () => {
    const input = applyCorrection(meeting(), {
      kind: 'correction',
      proposed: { weekday: '5', startTime: '18:00', conferencePhone: '+1 555-0100' },
    });
    expect(input.schedule).toMatchObject({ weekday: 5, startTime: '18:00', durationMinutes: 90, timeZone: 'America/Los_Angeles' });
    expect(input.online.conferencePhone).toBe('+1 555-0100');
    expect(input.venue).toEqual(meeting().venue);
    expect(input).not.toHaveProperty('updatedAt');
    expect(input).not.toHaveProperty('id');
  });

  it('marks the old map position approximate when the street changes', () => {
    expect(applyCorrection(meeting(), { kind: 'correction', proposed: { street: '1 New Rd' } }).venue).toMatchObject({
      street: '1 New Rd',
      approximate: true,
    });
    expect(applyCorrection(meeting(), { kind: 'correction', proposed: { street: '100 Example St' } }).venue.approximate).toBe(false);
  });

  it('closes the meeting for a "did not happen" report', () => {
    expect(applyCorrection(meeting(), { kind: 'did-not-happen', proposed: {} }).attendance).toBe('temporarily_closed');
  });
});
