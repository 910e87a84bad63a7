import { usGazetteer } from './gazetteer.js';
import { PlaceFinder } from './place-finder.js';

export type { Place, PlaceKind, Resolution } from './place.js';
export { PlaceFinder } from './place-finder.js';

let finder: PlaceFinder | undefined;

/** The one finder for the US gazetteer, built on first use. */
export function usPlaces(): PlaceFinder {
  finder ??= new PlaceFinder(usGazetteer());
  return finder;
}
