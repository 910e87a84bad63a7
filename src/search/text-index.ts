import { editDistance } from '../domain/edit-distance.js';
import { lowerBound } from '../domain/lower-bound.js';
import type { PublicMeeting } from '../domain/meeting.js';
import { foldText } from '../domain/text-fold.js';
import { intersectSorted, union } from './sorted-sets.js';

/** The words of a text, folded, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/**
 * Words people remember about a meeting (its name, group, venue, city and notes), as an
 * inverted index with prefix matching and a typo-tolerant fallback. MiniSearch did the same
 * but spent 1.4 s indexing 100,000 meetings, nearly the whole start-up budget; plain posting
 * lists over a sorted vocabulary take a tenth of that.
 */
export class TextIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly removed = new Set<number>();
  private vocabulary: string[] | null = null;

  add(slot: number, meeting: PublicMeeting): void {
    const text = [meeting.name, meeting.groupName, meeting.venue.name, meeting.venue.city, meeting.notes, meeting.venue.notes]
      .filter(Boolean)
      .join(' ');
    for (const word of new Set(words(text))) {
      const list = this.postings.get(word);
      if (list) list.push(slot);
      else {
        this.postings.set(word, [slot]);
        this.vocabulary = null;
      }
    }
  }

  /** Retired slots stay in the lists (slots are never reused) and are skipped by callers. */
  remove(slot: number): void {
    this.removed.add(slot);
  }

  /** Slots where every query word appears, whole or as the start of a word; ascending. */
  matching(text: string): number[] {
    const queryWords = words(text);
    if (queryWords.length === 0) return [];
    let result: number[] | null = null;
    for (const word of queryWords) {
      let slots = this.withPrefix(word);
      if (slots.length === 0) slots = this.withTypo(word);
      result = result === null ? slots : intersectSorted(result, slots);
      if (result.length === 0) return [];
    }
    return (result ?? []).filter((slot) => !this.removed.has(slot));
  }

  private sortedVocabulary(): string[] {
    this.vocabulary ??= [...this.postings.keys()].sort();
    return this.vocabulary;
  }

  private withPrefix(prefix: string): number[] {
    const vocabulary = this.sortedVocabulary();
    const lists: number[][] = [];
    for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && vocabulary[i]!.startsWith(prefix); i++) {
      lists.push(this.postings.get(vocabulary[i]!)!);
    }
    return union(lists);
  }

  /** Words one edit away (two for long words): the slow path, taken only when nothing matched. */
  private withTypo(word: string): number[] {
    if (word.length < 4) return [];
    const allowed = word.length >= 8 ? 2 : 1;
    const lists: number[][] = [];
    for (const candidate of this.sortedVocabulary()) {
      if (editDistance(word, candidate, allowed) <= allowed) {
        lists.push(this.postings.get(candidate)!);
      }
    }
    return union(lists);
  }
}
