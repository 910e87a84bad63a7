import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, MEETING_FIELDS, recordDiff, sameValue } from '../../src/domain/meeting-diff.js';
import type { Meeting } from '../../src/domain/meeting.js';
import { history } from '../../src/web/i18n/admin/history.js';
import { meetingInput } from '../support/fixtures.js';

const base: Meeting = {
  ...meetingInput(),
  id: 7,
  slug: 'test-tuesday-night',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  checkedAt: null,
};

/** A meeting with some fields changed the way an edit changes them. */
const edited = fc
  .record(
    {
      name: fc.string({ minLength: 1, maxLength: 20 }),
      startTime: fc.constantFrom('07:00', '12:00', '19:30'),
      street: fc.option(fc.string({ maxLength: 20 }), { nil: null }),
      formats: fc.subarray(['C', 'O', 'BT', 'WC', 'ST', 'VM']),
      published: fc.boolean(),
      conferenceUrl: fc.option(fc.webUrl(), { nil: null }),
    },
    { requiredKeys: [] },
  )
  .map((change): Meeting => ({
    ...base,
    ...(change.name !== undefined ? { name: change.name } : {}),
    ...(change.formats !== undefined ? { formats: change.formats } : {}),
    ...(change.published !== undefined ? { published: change.published } : {}),
    schedule: { ...base.schedule, ...(change.startTime !== undefined ? { startTime: change.startTime } : {}) },
    venue: { ...base.venue, ...(change.street !== undefined ? { street: change.street } : {}) },
    online: { ...base.online, ...(change.conferenceUrl !== undefined ? { conferenceUrl: change.conferenceUrl } : {}) },
    updatedAt: '2026-11-02T00:00:00.000Z',
  }));

describe('recordDiff', () => {
  it('finds nothing between a version and itself', () => {
    fc.assert(
      fc.property(edited, (a) => {
        expect(recordDiff(a, structuredClone(a))).toEqual([]);
      }),
    );
  });

  it("gives b back when its 'after' values are written into a", () => {
    fc.assert(
      fc.property(edited, edited, (a, b) => {
        const diff = recordDiff(a, b);
        const applied = applyDiff(a, diff);
        expect(recordDiff(applied, b)).toEqual([]);
        for (const { field, after } of diff) {
          const [outer, inner] = field.split('.') as [keyof Meeting, string | undefined];
          const value = inner === undefined ? b[outer] : (b[outer] as unknown as Record<string, unknown>)[inner];
          expect(sameValue(after, value)).toBe(true);
        }
      }),
    );
  });

  it('flattens nested parts, names formats added and removed, and leaves out stamps and unchanged fields', () => {
    const b: Meeting = {
      ...base,
      formats: ['C', 'O', 'WC'],
      schedule: { ...base.schedule, startTime: '20:00' },
      venue: { ...base.venue, street: '200 Other St' },
      updatedAt: '2026-12-01T00:00:00.000Z',
    };
    expect(recordDiff(base, b)).toEqual([
      { field: 'schedule.startTime', before: '19:30', after: '20:00' },
      { field: 'venue.street', before: '100 Example St', after: '200 Other St' },
      { field: 'formats', before: ['C', 'BT', 'WC'], after: ['C', 'O', 'WC'], added: ['O'], removed: ['BT'] },
    ]);
  });

  it('shows a create as every field from empty, and a delete as every field to empty', () => {
    const created = recordDiff(null, base);
    expect(created.find((c) => c.field === 'name')).toEqual({ field: 'name', before: null, after: 'Test Tuesday Night' });
    expect(recordDiff(base, null).every((c) => c.after === null)).toBe(true);
  });

  it('has a label people understand for every meeting field', () => {
    for (const field of MEETING_FIELDS) expect(history.fields[field], field).toBeTruthy();
    expect(history.fields['schedule.startTime']).toBe('Start time');
    expect(history.fields['venue.street']).toBe('Address');
    expect(history.fields.formats).toBe('Formats');
    const everyField = recordDiff(null, base).map((c) => c.field);
    expect(everyField.filter((f) => !(MEETING_FIELDS as readonly string[]).includes(f))).toEqual([]);
  });
});
