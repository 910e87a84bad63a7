import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Made-up BMLT answers: every value a string, weekdays 1 = Sunday, as BMLT sends them. */
export const BMLT_FORMATS = [
  {
    key_string: 'O',
    name_string: 'Open',
    description_string: 'Open to all',
    lang: 'en',
    id: '17',
    world_id: 'OPEN',
    format_type_enum: 'O',
    root_server_uri: 'https://example.org/main_server',
  },
  {
    key_string: 'D',
    name_string: 'Discussion',
    description_string: 'Discussion',
    lang: 'en',
    id: '8',
    world_id: 'DISC',
    format_type_enum: 'FC3',
    root_server_uri: 'https://example.org/main_server',
  },
];

export const BMLT_SERVICE_BODIES = [
  {
    id: '1',
    parent_id: '0',
    name: 'Made-up Region',
    description: '',
    type: 'RS',
    url: 'https://example.org/',
    helpline: '555-555-0100',
    world_id: 'RG999',
  },
  { id: '2', parent_id: '1', name: 'Made-up Area', description: '', type: 'AS', url: '', helpline: '', world_id: 'AR999' },
];

export function bmltMeeting(id: number, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    id_bigint: String(id),
    worldid_mixed: '',
    service_body_bigint: '2',
    weekday_tinyint: String((id % 7) + 1),
    venue_type: '1',
    start_time: '19:00:00',
    duration_time: '01:00:00',
    time_zone: 'America/Chicago',
    formats: 'O,D',
    format_shared_id_list: '17,8',
    lang_enum: 'en',
    longitude: '-89.65',
    latitude: '39.78',
    published: '1',
    meeting_name: `Made-up Meeting ${id}`,
    location_text: 'Made-up Hall',
    location_street: `${id} Example St`,
    location_municipality: 'Springfield',
    location_province: 'IL',
    location_postal_code_1: '62701',
    location_nation: 'US',
    comments: '',
    root_server_uri: 'https://example.org/main_server',
    ...overrides,
  };
}

/** A Meeting Guide JSON row for a made-up meeting. */
export function meetingGuideRow(i: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `Made-up Meeting ${i}`,
    slug: `made-up-${i}`,
    day: i % 7,
    time: '19:00',
    end_time: '20:00',
    timezone: 'America/Chicago',
    location: 'Made-up Hall',
    address: `${(i % 900) + 100} Example St`,
    city: 'Springfield',
    state: 'IL',
    postal_code: '62701',
    country: 'US',
    latitude: 39.78 + (i % 100) / 1000,
    longitude: -89.65,
    types: ['O', 'D'],
    ...overrides,
  };
}

export interface FeedServer {
  url: string;
  /** Replace what a path answers. */
  routes: Map<string, { type: string; body: string }>;
  hits: string[];
  close(): Promise<void>;
}

/** A local HTTP server answering fixed bodies by path and query (for BMLT switchers). */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, { type: string; body: string }>();
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const key = url.searchParams.get('switcher') ?? url.pathname;
    hits.push(key);
    const route = routes.get(key);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    res.setHeader('content-type', route.type);
    res.end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    routes,
    hits,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export function serveBmlt(server: FeedServer, meetings: readonly Record<string, string>[]): void {
  server.routes.set('GetFormats', { type: 'application/json', body: JSON.stringify(BMLT_FORMATS) });
  server.routes.set('GetServiceBodies', { type: 'application/json', body: JSON.stringify(BMLT_SERVICE_BODIES) });
  server.routes.set('GetSearchResults', { type: 'application/json', body: JSON.stringify(meetings) });
}
