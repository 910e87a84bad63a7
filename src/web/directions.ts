import type { Venue } from '../domain/meeting.js';

/** One line of a venue's postal address: "100 Example St, Portland, OR 97201". Empty when none is known. */
export function addressText(venue: Pick<Venue, 'street' | 'city' | 'state' | 'postalCode'>): string {
  const region = [venue.state, venue.postalCode].filter((part) => part !== null && part !== '').join(' ');
  return [venue.street, venue.city, region].filter((part): part is string => part !== null && part !== '').join(', ');
}

/** "Portland, OR": where a meeting is, in short, for lists. */
export function placeText(venue: Pick<Venue, 'city' | 'state'>): string {
  return [venue.city, venue.state].filter((part): part is string => part !== null && part !== '').join(', ');
}

export interface DirectionsLink {
  label: string;
  href: string;
}

/**
 * Where a map app should route to: the street address when there is one (what the apps match
 * best and what the visitor recognises), else the coordinates, else the city.
 */
export function destinationOf(venue: Venue): string | null {
  if (venue.street) return addressText(venue);
  if (venue.latitude !== null && venue.longitude !== null && !venue.approximate) return `${venue.latitude},${venue.longitude}`;
  const place = placeText(venue);
  return place === '' ? null : place;
}

/**
 * Plain links to three map services' directions: nothing loads from them until a visitor
 * follows one, and each service documents these URL forms for exactly this use.
 */
export function directionsLinks(venue: Venue): DirectionsLink[] {
  const destination = destinationOf(venue);
  if (destination === null) return [];
  const to = encodeURIComponent(destination);
  return [
    { label: 'Apple Maps', href: `https://maps.apple.com/?daddr=${to}` },
    { label: 'Google Maps', href: `https://www.google.com/maps/dir/?api=1&destination=${to}` },
    { label: 'OpenStreetMap', href: `https://www.openstreetmap.org/directions?to=${to}` },
  ];
}

/**
 * The one directions link a result card has room for. Google Maps' documented "Maps URLs" open
 * the maps app on Android and iOS alike (and a browser elsewhere), which Apple's and OSM's do not;
 * the meeting's page offers all three.
 */
export function mainDirections(venue: Venue): string | null {
  return directionsLinks(venue).find((link) => link.label === 'Google Maps')?.href ?? null;
}
