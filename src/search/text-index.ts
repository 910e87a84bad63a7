import MiniSearch from 'minisearch';
import type { PublicMeeting } from '../domain/meeting.js';

interface TextDocument {
  slot: number;
  name: string;
  group: string;
  venue: string;
  city: string;
  notes: string;
}

/** Words people remember about a meeting: its name, group, venue, city and notes. */
export class TextIndex {
  private readonly search = new MiniSearch<TextDocument>({
    idField: 'slot',
    fields: ['name', 'group', 'venue', 'city', 'notes'],
    searchOptions: { boost: { name: 3, group: 2, city: 2 }, combineWith: 'AND', prefix: true },
  });

  add(slot: number, meeting: PublicMeeting): void {
    this.search.add({
      slot,
      name: meeting.name,
      group: meeting.groupName ?? '',
      venue: meeting.venue.name ?? '',
      city: meeting.venue.city ?? '',
      notes: [meeting.notes, meeting.venue.notes].filter(Boolean).join(' '),
    });
  }

  remove(slot: number): void {
    this.search.discard(slot);
  }

  /**
   * The slots that match every word (as a word or a word's beginning), ascending. Typos are
   * forgiven only when the exact words find nothing, since fuzzy matching is the slow part.
   */
  matching(text: string): number[] {
    let results = this.search.search(text);
    if (results.length === 0) results = this.search.search(text, { fuzzy: 0.2 });
    return results.map((r) => r.id as number).sort((a, b) => a - b);
  }
}
