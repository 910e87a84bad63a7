import { PLACE_BOX_ATTRIBUTE } from './place-suggest.js';
import { locatedPlace, parsePlace, PLACE_KEY, searchedPlace, serializePlace, type RememberedPlace } from './remembered-place.js';

/** Storage can be switched off or full (private windows): then nothing is kept, and nothing breaks. */
export function deviceStorage(): Storage | null {
  try {
    const store = window.localStorage;
    store.getItem(PLACE_KEY);
    return store;
  } catch {
    return null;
  }
}

export function readPlace(store: Storage): RememberedPlace | null {
  return parsePlace(store.getItem(PLACE_KEY));
}

function writePlace(place: RememberedPlace | null): void {
  if (place === null) return;
  try {
    deviceStorage()?.setItem(PLACE_KEY, serializePlace(place));
  } catch {
    // Full: the search works the same, the home page just will not know the place next time.
  }
}

export function forgetPlace(store: Storage): boolean {
  try {
    store.removeItem(PLACE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** "Near me" found the visitor: the rounded point is kept, as the search it opens sends it. */
export function rememberLocation(latitude: number, longitude: number): void {
  writePlace(locatedPlace(latitude, longitude));
}

/** A search from one of our place boxes keeps the place typed; an empty box leaves the last one be. */
export function rememberSearches(root: ParentNode = document): void {
  for (const input of root.querySelectorAll<HTMLInputElement>(`input[${PLACE_BOX_ATTRIBUTE}]`)) {
    input.form?.addEventListener('submit', () => {
      writePlace(searchedPlace(input.value));
    });
  }
}
