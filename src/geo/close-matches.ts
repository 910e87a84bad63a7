import { editDistance } from '../domain/edit-distance.js';

/** Something a typed key may have meant, and how many edits away it is. */
export interface CloseMatch<T> {
  distance: number;
  target: T;
}

/** How many edits a typo of this length may hold: none in very short words, where any edit makes another word. */
export function editBound(key: string): number {
  if (key.length <= 3) return 0;
  if (key.length <= 5) return 1;
  return key.length <= 10 ? 2 : 3;
}

/** Minimum length of a key that counts as the start of a longer name when nothing matched ("Portla"). */
const MIN_PREFIX_MATCH = 4;

/** Edits between a typed key and a name; the name's beginning, typed in full, counts as one edit. */
export function closeness(key: string, name: string, bound: number): number {
  if (key.length >= MIN_PREFIX_MATCH && name.length > key.length && name.startsWith(key)) return Math.min(1, bound);
  return editDistance(key, name, bound);
}
