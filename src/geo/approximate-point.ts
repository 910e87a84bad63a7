import { usGazetteer } from './gazetteer.js';
import { usPlaces } from './places.js';

export interface ApproximatePoint {
  latitude: number;
  longitude: number;
  /** What the point stands for: "ZIP 19040 (Hatboro, PA)" or "Hatboro, PA". */
  label: string;
}

/**
 * The centre of a US ZIP code or of a city in its state, from the offline gazetteer: where
 * a meeting that names its place but gives no coordinates is near. The ZIP wins, being the
 * smaller area; a city must be named with its state, since "Springfield" alone is many.
 */
export function approximateUsPoint(place: {
  postalCode: string | null;
  city: string | null;
  state: string | null;
}): ApproximatePoint | null {
  const zip = place.postalCode === null ? undefined : usGazetteer().zip(place.postalCode.slice(0, 5));
  if (zip) return { latitude: zip.latitude, longitude: zip.longitude, label: `ZIP ${zip.zip} (${zip.city}, ${zip.state})` };
  if (place.city === null || place.state === null) return null;
  const found = usPlaces().resolve(`${place.city}, ${place.state}`);
  if (!found.ok || found.place.kind !== 'city' || found.place.state !== place.state) return null;
  return { latitude: found.place.latitude, longitude: found.place.longitude, label: found.place.label };
}
