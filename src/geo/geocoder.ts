import { usPlaces, type PlaceFinder } from './places.js';

/** What an address form gives a geocoder: its parts as typed, any of them empty. */
export interface AddressQuery {
  street: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  country: string;
}

export interface GeocodedPoint {
  latitude: number;
  longitude: number;
  /** True when the point is the ZIP's or the city's, not the building's. */
  approximate: boolean;
  /** What was found, for the form to say ("97201 (Portland, OR)", "100 Main St, Portland, OR"). */
  label: string;
}

/** Turns an address into coordinates; null when it finds nothing. Offline by default, over HTTP when configured. */
export interface Geocoder {
  readonly name: string;
  geocode(address: AddressQuery): Promise<GeocodedPoint | null>;
}

/**
 * The offline gazetteer: a US ZIP code, else a city and state. It never knows the building,
 * so every point it gives is approximate.
 */
export class GazetteerGeocoder implements Geocoder {
  readonly name = 'gazetteer';

  constructor(private readonly places: PlaceFinder = usPlaces()) {}

  geocode(address: AddressQuery): Promise<GeocodedPoint | null> {
    if (address.country !== 'US') return Promise.resolve(null);
    const tries = [address.postalCode?.slice(0, 5), address.city && address.state ? `${address.city}, ${address.state}` : null];
    for (const text of tries) {
      if (!text) continue;
      const found = this.places.resolve(text);
      if (found.ok && found.place.kind !== 'state') {
        const { latitude, longitude, label } = found.place;
        return Promise.resolve({ latitude, longitude, approximate: true, label });
      }
    }
    return Promise.resolve(null);
  }
}

/** The first geocoder that finds the address: an HTTP one first when configured, the gazetteer behind it. */
export class FirstFound implements Geocoder {
  readonly name: string;

  constructor(private readonly geocoders: readonly Geocoder[]) {
    this.name = geocoders.map((g) => g.name).join('+');
  }

  async geocode(address: AddressQuery): Promise<GeocodedPoint | null> {
    for (const geocoder of this.geocoders) {
      try {
        const point = await geocoder.geocode(address);
        if (point) return point;
      } catch {
        // A geocoder that is down or refuses leaves the next one to answer; the form never fails for it.
      }
    }
    return null;
  }
}
