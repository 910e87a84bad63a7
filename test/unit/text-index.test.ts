import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPublicMeeting, type MeetingInput, type PublicMeeting } from '../../src/domain/meeting.js';
import { TextIndex, words } from '../../src/search/text-index.js';
import { meetingInput } from '../support/fixtures.js';

function meeting(id: number, overrides: Partial<MeetingInput> = {}): PublicMeeting {
  const input = meetingInput({ name: 'Made-up Meeting', groupName: null, notes: null, ...overrides });
  const venue = { ...input.venue, name: null, city: null, notes: null, street: '100 Example St', ...overrides.venue };
  return toPublicMeeting({
    ...input,
    venue,
    id,
    slug: `m-${id}`,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    checkedAt: null,
  });
}

function indexOf(...meetings: PublicMeeting[]): TextIndex {
  const index = new TextIndex();
  meetings.forEach((m, slot) => {
    index.add(slot, m);
  });
  return index;
}

describe('words', () => {
  it('folds case and accents and splits on anything but letters and digits', () => {
    expect(words('Sólo por Hoy — NA-12, 7:30pm')).toEqual(['solo', 'por', 'hoy', 'na', '12', '7', '30pm']);
  });

  it('keeps letters of other scripts as words', () => {
    expect(words('Grupo Ñandú · Москва')).toEqual(['grupo', 'nandu', 'москва']);
  });

  it('finds no words in punctuation and space', () => {
    expect(words(' — , ;\t\n')).toEqual([]);
  });
});

describe('TextIndex.matching', () => {
  const index = indexOf(
    meeting(1, { name: 'Hope Without Borders' }),
    meeting(2, { name: 'Sólo por Hoy', notes: 'Reunión en español' }),
    meeting(3, { name: 'Serenity Now', groupName: 'Phoenix Group' }),
    meeting(4, { name: 'Clean Living', venue: { ...meetingInput().venue, name: 'Lantern Hall', city: 'Los Ángeles', notes: 'Side door' } }),
  );

  it('finds whole words and the starts of words', () => {
    expect(index.matching('hope')).toEqual([0]);
    expect(index.matching('ser')).toEqual([2]);
  });

  it('requires every query word, each anywhere in the meeting', () => {
    expect(index.matching('serenity phoenix')).toEqual([2]);
    expect(index.matching('serenity hope')).toEqual([]);
  });

  it('ignores case and accents on both sides', () => {
    for (const text of ['SOLO', 'sólo', 'espanol', 'ESPAÑOL', 'reunion']) expect(index.matching(text), text).toEqual([1]);
    for (const text of ['angeles', 'ÁNGELES', 'Ángeles']) expect(index.matching(text), text).toEqual([3]);
  });

  it('reads the name, group, venue name, city and both notes, and nothing else', () => {
    expect(index.matching('lantern')).toEqual([3]);
    expect(index.matching('side door')).toEqual([3]);
    expect(index.matching('los')).toEqual([3]);
    expect(index.matching('example')).toEqual([]);
  });

  it('answers a query without words with nothing', () => {
    expect(index.matching('')).toEqual([]);
    expect(index.matching(' — ')).toEqual([]);
  });

  it('falls back to words an edit away only when no word starts with the query', () => {
    expect(index.matching('serenty')).toEqual([2]);
    // A swap of neighbours is one edit.
    expect(index.matching('pheonix')).toEqual([2]);
    // Words of eight letters or more may hold two.
    expect(index.matching('serentiyy')).toEqual([2]);
  });

  it('tolerates no typo in a word of fewer than four letters', () => {
    expect(index.matching('hpe')).toEqual([]);
  });

  it('leaves removed slots out', () => {
    const changing = indexOf(meeting(1, { name: 'Hope A' }), meeting(2, { name: 'Hope B' }));
    changing.remove(0);
    expect(changing.matching('hope')).toEqual([1]);
  });

  it('finds words added after an earlier search', () => {
    const growing = indexOf(meeting(1, { name: 'Hope' }));
    expect(growing.matching('quixotic')).toEqual([]);
    growing.add(1, meeting(2, { name: 'Quixotic Lantern' }));
    expect(growing.matching('quix')).toEqual([1]);
  });

  it('answers as a plain scan does, ascending, for prefixes of words it holds', () => {
    const vocabulary = ['hope', 'hopeful', 'serenity', 'sólo', 'por', 'hoy', 'new', 'life', 'living', 'clean', 'cleaning', 'nar', 'anon'];
    const name = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 1, maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })), { minLength: 1, maxLength: 3 }),
        fc.uniqueArray(fc.nat({ max: 29 }), { maxLength: 5 }),
        (names, picks, removed) => {
          const index = indexOf(...names.map((n, i) => meeting(i + 1, { name: n })));
          for (const slot of removed) if (slot < names.length) index.remove(slot);
          const held = names.flatMap(words);
          // Prefixes of words the index holds, so no query word falls back to typos.
          const query = picks.map(([at, length]) => held[at % held.length]!.slice(0, length));
          const expected = names.flatMap((n, slot) => {
            const own = words(n);
            const hit = query.every((q) => own.some((w) => w.startsWith(q)));
            return hit && !removed.includes(slot) ? [slot] : [];
          });
          expect(index.matching(query.join(' '))).toEqual(expected);
        },
      ),
    );
  });
});
