import L from 'leaflet';
import 'leaflet.markercluster';
import leafletCss from 'leaflet/dist/leaflet.css';
import clusterCss from 'leaflet.markercluster/dist/MarkerCluster.css';
import clusterThemeCss from 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import { fetchMeetings } from './api-types.js';
import { mapPoints, type MapPoint } from './map-points.js';

/**
 * The map itself: Leaflet and its clustering, loaded only when someone presses "show map" (this
 * module is a chunk of its own). Markers are drawn from CSS, not images, so nothing but the tiles
 * comes from another server.
 */

export interface MapSettings {
  pointsUrl: string;
  tiles: string;
  attribution: string;
}

export interface MapView {
  /** Call after the canvas is shown again: Leaflet measures it. */
  refresh(): void;
  /** What to announce once the map is drawn. */
  message: string;
}

function addStyles(): void {
  if (document.querySelector('style[data-leaflet-css]')) return;
  const style = document.createElement('style');
  style.setAttribute('data-leaflet-css', '');
  style.textContent = `${leafletCss}\n${clusterCss}\n${clusterThemeCss}`;
  document.head.append(style);
}

const markerIcon = L.divIcon({ className: 'map-marker', html: '', iconSize: [22, 22], iconAnchor: [11, 11], popupAnchor: [0, -10] });

function popup(point: MapPoint): HTMLElement {
  const box = document.createElement('div');
  const name = document.createElement('a');
  name.href = point.href;
  name.textContent = point.name;
  const when = document.createElement('p');
  when.textContent = point.when;
  box.append(name, when);
  return box;
}

function clusterIcon(cluster: L.MarkerCluster): L.DivIcon {
  const count = cluster.getChildCount();
  const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
  // The count is read aloud with its noun; the default icon says only the number.
  const html = `<div><span>${count}<span class="visually-hidden"> meetings</span></span></div>`;
  return L.divIcon({ html, className: `marker-cluster marker-cluster-${size}`, iconSize: new L.Point(40, 40) });
}

export async function drawMap(canvas: HTMLElement, settings: MapSettings): Promise<MapView> {
  addStyles();
  const meetings = await fetchMeetings(settings.pointsUrl);
  const points = mapPoints(meetings);
  const map = L.map(canvas, { keyboard: true, scrollWheelZoom: false });
  L.tileLayer(settings.tiles, { attribution: settings.attribution, maxZoom: 19 }).addTo(map);
  const clusters = L.markerClusterGroup({ iconCreateFunction: clusterIcon, showCoverageOnHover: false });
  for (const point of points) {
    const marker = L.marker([point.latitude, point.longitude], { icon: markerIcon, title: `${point.name}, ${point.when}`, keyboard: true });
    marker.bindPopup(popup(point));
    clusters.addLayer(marker);
  }
  map.addLayer(clusters);
  if (points.length > 0) map.fitBounds(clusters.getBounds(), { padding: [24, 24], maxZoom: 14 });
  // No place to show: the continental US, rather than the whole world.
  else map.setView([39.5, -98.35], 4);
  const skipped = meetings.length - points.length;
  const message =
    points.length === 0
      ? 'None of these meetings has a place on the map (online meetings have none).'
      : `The map shows ${points.length} ${points.length === 1 ? 'meeting' : 'meetings'}${skipped > 0 ? `; ${skipped} online or without an address are only in the list` : ''}. Use the arrow keys to move the map and plus and minus to zoom; press Escape to close it.`;
  return {
    refresh: () => {
      map.invalidateSize();
    },
    message,
  };
}

export interface PinView {
  /** Call after the canvas is shown again: Leaflet measures it. */
  refresh(): void;
  /** Moves the pin to coordinates typed into the form. */
  moveTo(latitude: number, longitude: number): void;
}

/**
 * The admin's meeting map: one draggable pin at the form's coordinates (or the middle of the US
 * when there are none). Dragging it, or clicking the map, reports where it now is.
 */
export function drawPin(
  canvas: HTMLElement,
  settings: Omit<MapSettings, 'pointsUrl'>,
  start: { latitude: number; longitude: number } | null,
  moved: (latitude: number, longitude: number) => void,
): PinView {
  addStyles();
  const map = L.map(canvas, { keyboard: true, scrollWheelZoom: false });
  L.tileLayer(settings.tiles, { attribution: settings.attribution, maxZoom: 19 }).addTo(map);
  const at: L.LatLngExpression = start ? [start.latitude, start.longitude] : [39.5, -98.35];
  map.setView(at, start ? 16 : 4);
  const marker = L.marker(at, { icon: markerIcon, draggable: true, keyboard: true, title: 'The meeting place: drag it to the door' }).addTo(
    map,
  );
  const report = (): void => {
    const point = marker.getLatLng();
    moved(point.lat, point.lng);
  };
  marker.on('dragend', report);
  map.on('click', (event: L.LeafletMouseEvent) => {
    marker.setLatLng(event.latlng);
    report();
  });
  return {
    refresh: () => {
      map.invalidateSize();
    },
    moveTo: (latitude, longitude) => {
      marker.setLatLng([latitude, longitude]);
      map.panTo([latitude, longitude]);
    },
  };
}
