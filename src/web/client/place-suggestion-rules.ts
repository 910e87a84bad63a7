import type { PlaceSuggestion } from './api-types.js';

/** Below two characters every place matches something: the server answers nothing, so nothing is asked. */
export const MIN_TYPED = 2;

/** What is sent for the box's text: trimmed, spaces collapsed, or null when too short to ask about. */
export function placeQuery(value: string): string | null {
  const typed = value.trim().replace(/\s+/g, ' ');
  return typed.length >= MIN_TYPED ? typed.slice(0, 100) : null;
}

/**
 * What a picked suggestion puts in the box: what the search reads back as the same place. A ZIP's
 * label, "97201 (Portland, OR)", is not such a text; its ZIP is.
 */
export function pickedValue(place: PlaceSuggestion): string {
  return place.kind === 'zip' && place.zip ? place.zip : place.label;
}

/**
 * The option highlighted after an arrow key, -1 for none. Down from none goes to the first and Up to the
 * last; past either end wraps round, as the APG combobox examples do.
 */
export function movedHighlight(current: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count <= 0) return -1;
  if (key === 'ArrowDown') return current < 0 || current >= count - 1 ? 0 : current + 1;
  return current <= 0 || current > count - 1 ? count - 1 : current - 1;
}
