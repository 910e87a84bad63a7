import type { PinView } from './map-view.js';

/**
 * "Show map" on the admin's meeting form: only when pressed are Leaflet (our own chunk) and the
 * tiles requested. The pin writes the latitude and longitude fields, and a point put by hand is the
 * building's, so "approximate" is unticked. Without JavaScript the number fields do the same job.
 */

declare const MAP_VIEW_MODULE: string;

function loadMapView(): Promise<typeof import('./map-view.js')> {
  return import(MAP_VIEW_MODULE) as Promise<typeof import('./map-view.js')>;
}

function coordinates(latitude: HTMLInputElement, longitude: HTMLInputElement): { latitude: number; longitude: number } | null {
  const lat = Number(latitude.value);
  const lng = Number(longitude.value);
  if (latitude.value.trim() === '' || longitude.value.trim() === '' || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  return { latitude: lat, longitude: lng };
}

function enhance(box: HTMLElement): void {
  const form = box.closest('form');
  const button = box.querySelector<HTMLButtonElement>('button[data-show-map]');
  const canvas = box.querySelector<HTMLElement>('[data-map-canvas]');
  const latitude = form?.querySelector<HTMLInputElement>('input[name="venue.latitude"]');
  const longitude = form?.querySelector<HTMLInputElement>('input[name="venue.longitude"]');
  const approximate = form?.querySelector<HTMLInputElement>('input[name="venue.approximate"]');
  if (!button || !canvas || !latitude || !longitude) return;
  const settings = { tiles: box.getAttribute('data-tiles') ?? '', attribution: box.getAttribute('data-attribution') ?? '' };
  const showText = button.textContent.trim();
  const hideText = box.getAttribute('data-hide-label') ?? showText;
  button.hidden = false;
  const hint = box.querySelector<HTMLElement>('#map-hint');
  if (hint) hint.hidden = false;
  button.setAttribute('aria-controls', canvas.id);
  button.setAttribute('aria-expanded', 'false');

  let view: Promise<PinView> | null = null;
  let open = false;
  const moved = (lat: number, lng: number): void => {
    latitude.value = lat.toFixed(6);
    longitude.value = lng.toFixed(6);
    if (approximate) approximate.checked = false;
  };

  button.addEventListener('click', () => {
    open = !open;
    canvas.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? hideText : showText;
    if (!open) return;
    view ??= loadMapView().then(({ drawPin }) => drawPin(canvas, settings, coordinates(latitude, longitude), moved));
    view.then(
      (pin) => {
        pin.refresh();
      },
      () => {
        // Next press tries again (a dropped connection, say); the fields still work.
        view = null;
      },
    );
  });
  // Coordinates typed (or found by "Find on map") move the pin.
  const follow = (): void => {
    const point = coordinates(latitude, longitude);
    if (point && view)
      void view.then((pin) => {
        pin.moveTo(point.latitude, point.longitude);
      });
  };
  latitude.addEventListener('change', follow);
  longitude.addEventListener('change', follow);
}

for (const box of document.querySelectorAll<HTMLElement>('[data-admin-map]')) enhance(box);
