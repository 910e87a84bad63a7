import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSaved,
  MAX_SAVED,
  parseSaved,
  savedMeetingsUrl,
  serializeSaved,
  withMeeting,
  withoutMeeting,
} from '../../src/web/client/saved-store.js';

const a = { id: 1, slug: 'a-meeting', name: 'A meeting' };
const b = { id: 2, slug: 'b-meeting', name: 'B meeting' };

describe('saved meetings in localStorage', () => {
  it('reads nothing from nothing, and from junk', () => {
    for (const raw of [null, undefined, '', 'not json', '{"id":1}', '42', 'null', '"text"', '[1, 2]', '[null]', '{']) {
      expect(parseSaved(raw), String(raw)).toEqual([]);
    }
  });

  it('keeps the entries that make sense, once each, and drops the rest', () => {
    const raw = JSON.stringify([
      a,
      { id: 'x', slug: 's', name: 'n' },
      { id: -3, slug: 's', name: 'n' },
      { id: 1.5, slug: 's', name: 'n' },
      { id: 3, slug: '', name: 'n' },
      { id: 4, name: 'no slug' },
      { ...a, name: 'A duplicate' },
      { id: 5, slug: 'unnamed', name: '   ' },
      { ...b, extra: 'ignored' },
    ]);
    expect(parseSaved(raw)).toEqual([a, { id: 5, slug: 'unnamed', name: 'unnamed' }, b]);
  });

  it('never throws and never returns more than the API pages, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.array(fc.record({ id: fc.integer(), slug: fc.string(), name: fc.string() })).map((list) => JSON.stringify(list)),
        ),
        (raw) => {
          const list = parseSaved(raw);
          expect(list.length).toBeLessThanOrEqual(MAX_SAVED);
          expect(new Set(list.map((m) => m.id)).size).toBe(list.length);
          expect(parseSaved(serializeSaved(list))).toEqual(list);
        },
      ),
    );
  });

  it('caps the list at the API page size when reading', () => {
    const many = Array.from({ length: MAX_SAVED + 20 }, (_, i) => ({ id: i + 1, slug: `m-${i + 1}`, name: `M ${i + 1}` }));
    expect(parseSaved(JSON.stringify(many))).toHaveLength(MAX_SAVED);
  });

  it('toggles a meeting in and out, updating its name rather than adding it twice', () => {
    const one = withMeeting([], a);
    expect(isSaved(one, 1)).toBe(true);
    const two = withMeeting(one, b);
    expect(two).toEqual([a, b]);
    expect(withMeeting(two, { ...a, name: 'Renamed' })).toEqual([{ ...a, name: 'Renamed' }, b]);
    expect(withoutMeeting(two, 1)).toEqual([b]);
    expect(withoutMeeting(two, 99)).toEqual(two);
  });

  it("asks our own API for the saved ids, in the viewer's zone", () => {
    expect(savedMeetingsUrl([a, b], 'America/Denver')).toBe('/api/v1/meetings?ids=1%2C2&limit=200&tz=America%2FDenver');
    expect(savedMeetingsUrl([a], undefined)).toBe('/api/v1/meetings?ids=1&limit=200');
  });
});
