import type { MapSettings, MapView } from './map-view.js';
import { openFiltersBesideResults } from './filter-fold.js';
import { liveFilters } from './live-filters.js';
import { rememberSearches } from './place-memory.js';
import { suggestPlaces } from './place-suggest.js';
import { carryViewerZone } from './viewer-zone.js';

/**
 * "Show map": on pages with `section[data-map]`, the hidden `[data-show-map]` button is shown. Only
 * when it is pressed are Leaflet (a separate chunk from our own server), the meetings' points (our own
 * API) and the tiles (the operator's tile server, by default OpenStreetMap) requested: before that,
 * the page talks to no other origin.
 */

const DEFAULT_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const DEFAULT_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

function setting(section: HTMLElement, canvas: HTMLElement, name: string): string | null {
  return section.getAttribute(name) ?? canvas.getAttribute(name);
}

/**
 * The map chunk's file name, "./map-view.<hash>.js": the bundler writes it in (client-bundles.ts), so this
 * island stays one small file and Leaflet a file of its own.
 */
declare const MAP_VIEW_MODULE: string;

function loadMapView(): Promise<typeof import('./map-view.js')> {
  return import(MAP_VIEW_MODULE) as Promise<typeof import('./map-view.js')>;
}

let counter = 0;

function enhance(section: HTMLElement): void {
  const button = section.querySelector<HTMLButtonElement>('button[data-show-map]');
  const canvas = section.querySelector<HTMLElement>('[data-map-canvas]');
  if (!button || !canvas) return;
  const pointsUrl = setting(section, canvas, 'data-points-url');
  if (!pointsUrl) return;
  const settings: MapSettings = {
    pointsUrl,
    tiles: setting(section, canvas, 'data-tiles') ?? DEFAULT_TILES,
    attribution: setting(section, canvas, 'data-attribution') ?? DEFAULT_ATTRIBUTION,
  };

  if (!canvas.id) canvas.id = `map-canvas-${++counter}`;
  canvas.hidden = true;
  // A named region, so the map is a landmark a screen reader can find and leave.
  canvas.setAttribute('role', 'region');
  if (!canvas.hasAttribute('aria-label') && !canvas.hasAttribute('aria-labelledby'))
    canvas.setAttribute('aria-label', 'Map of these meetings');
  button.setAttribute('aria-controls', canvas.id);
  button.setAttribute('aria-expanded', 'false');
  const showText = button.textContent.trim() || 'Show map';
  let status = section.querySelector<HTMLElement>('[data-map-status]');
  if (!status) {
    status = document.createElement('p');
    status.className = 'map-status';
    status.setAttribute('role', 'status');
    status.setAttribute('aria-live', 'polite');
    button.insertAdjacentElement('afterend', status);
  }
  button.hidden = false;

  let view: Promise<MapView> | null = null;
  let open = false;

  const hide = () => {
    open = false;
    canvas.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    button.textContent = showText;
    status.textContent = '';
    button.focus();
  };

  const show = async () => {
    open = true;
    canvas.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    button.textContent = 'Hide map';
    if (view === null) {
      status.textContent = 'Loading the map…';
      view = loadMapView().then(({ drawMap }) => drawMap(canvas, settings));
    }
    try {
      const drawn = await view;
      drawn.refresh();
      status.textContent = drawn.message;
    } catch {
      // Next press tries again (a dropped connection, say).
      view = null;
      status.textContent = 'The map could not be loaded. The list on this page has every meeting.';
    }
  };

  button.addEventListener('click', (event) => {
    event.preventDefault();
    if (open) hide();
    else void show();
  });
  // Escape inside the map closes it and puts focus back on the button.
  canvas.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && open) hide();
  });
}

for (const section of document.querySelectorAll<HTMLElement>('section[data-map]')) enhance(section);
// New results bring a new map section (for the new search): it gets its button too.
liveFilters((results) => {
  for (const section of results.querySelectorAll<HTMLElement>('section[data-map]')) enhance(section);
});
// The search page loads this script anyway: it also carries the viewer's zone on, suggests and
// remembers places in its place box, and opens the filters beside the results on a wide screen.
carryViewerZone();
suggestPlaces();
rememberSearches();
openFiltersBesideResults();
