import type { PublicMeeting } from '../../domain/meeting.js';
import { SITE_LANGUAGES } from '../../domain/format.js';
import { ALL_FIELDS } from './fields.js';

/**
 * The BMLT server version whose semantic API we answer as (venue types, time zones and
 * GetNAWSDump's columns arrived by 3.x): clients compare `versionInt` against a minimum.
 */
export const BMLT_VERSION = '4.0.0';

function versionInt(version: string): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map((p) => Number.parseInt(p, 10));
  return String(major * 1_000_000 + minor * 1000 + patch);
}

export interface Box {
  north: number;
  south: number;
  east: number;
  west: number;
}

/** The box around every located meeting, or null when none has coordinates. */
export function coverage(meetings: Iterable<PublicMeeting>): Box | null {
  let box: Box | null = null;
  for (const { venue } of meetings) {
    if (venue.latitude === null || venue.longitude === null) continue;
    if (box === null) box = { north: venue.latitude, south: venue.latitude, east: venue.longitude, west: venue.longitude };
    else {
      box.north = Math.max(box.north, venue.latitude);
      box.south = Math.min(box.south, venue.latitude);
      box.east = Math.max(box.east, venue.longitude);
      box.west = Math.min(box.west, venue.longitude);
    }
  }
  return box;
}

/** GetCoverageArea: BMLT answers a list of one box; empty strings when nothing is located. */
export function bmltCoverage(box: Box | null): Record<string, string>[] {
  const s = (n: number | undefined): string => (n === undefined ? '' : String(n));
  return [
    {
      nw_corner_longitude: s(box?.west),
      nw_corner_latitude: s(box?.north),
      se_corner_longitude: s(box?.east),
      se_corner_latitude: s(box?.south),
    },
  ];
}

function distinct(values: Iterable<string | null>): string {
  const set = new Set<string>();
  for (const v of values) if (v !== null && v.trim() !== '') set.add(v.trim());
  return [...set].sort().join(',');
}

/**
 * GetServerInfo, as BMLT answers it: a list of one object, mostly strings. The map centre is
 * the middle of the meetings' box. Nothing here reveals a key or the server's insides.
 */
export function bmltServerInfo(meetings: readonly PublicMeeting[], dbVersion: string): Record<string, string | boolean>[] {
  const box = coverage(meetings);
  const center =
    box === null ? { latitude: 39.5, longitude: -98.35 } : { latitude: (box.north + box.south) / 2, longitude: (box.east + box.west) / 2 };
  return [
    {
      version: BMLT_VERSION,
      versionInt: versionInt(BMLT_VERSION),
      langs: [...SITE_LANGUAGES].sort().join(','),
      nativeLang: 'en',
      centerLongitude: String(center.longitude),
      centerLatitude: String(center.latitude),
      centerZoom: box === null ? '4' : '6',
      defaultDuration: '01:00:00',
      regionBias: 'us',
      charSet: 'UTF-8',
      distanceUnits: 'mi',
      semanticAdmin: '0',
      emailEnabled: '0',
      emailIncludesServiceBodies: '0',
      changesPerMeeting: '0',
      meeting_states_and_provinces: distinct(meetings.map((m) => m.venue.state)),
      meeting_counties_and_sub_provinces: distinct(meetings.map((m) => m.venue.county)),
      available_keys: ALL_FIELDS.join(','),
      google_api_key: '',
      dbVersion,
      meeting_time_zones_enabled: '1',
      auto_geocoding_enabled: false,
      county_auto_geocoding_enabled: false,
      zip_auto_geocoding_enabled: false,
      commit: '',
      default_closed_status: true,
      aggregator_mode_enabled: false,
    },
  ];
}
