import { resolve } from 'node:path';
import { GEOCODERS, type GeocoderSetting } from '../interop/geocode/configured.js';
import { DEFAULT_SITE, type SiteConfig } from '../web/site.js';

/** Everything the server reads from its environment. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Whether the first start of an empty store loads the sample data. */
  sampleData: boolean;
  logLevel: string;
  /** How often the import scheduler looks for due sources. */
  importCheckMs: number;
  /** The hotline every page shows, and the map's tiles. */
  site: SiteConfig;
  /** How the admin's "Find on map" turns an address into coordinates: the offline gazetteer unless the operator chooses the Census geocoder. */
  geocoder: GeocoderSetting;
}

/** A setting that is present but wrong: the CLI prints it as one line and exits with 2. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable} ${message}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function parsePort(value: string, name: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) {
    throw new ConfigError(name, `must be a port number from 0 to 65535, not "${value}"`);
  }
  return Number(value);
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must be a postgres:// or postgresql:// URL (leave it unset to use SQLite)');
  }
  const sample = (env.SAMPLE_DATA ?? 'on').trim().toLowerCase();
  if (!['on', 'off', '1', '0', 'true', 'false'].includes(sample)) {
    throw new ConfigError('SAMPLE_DATA', `must be "on" or "off", not "${env.SAMPLE_DATA ?? ''}"`);
  }
  const logLevel = (env.LOG_LEVEL ?? 'warn').trim().toLowerCase();
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `must be one of: ${LOG_LEVELS.join(', ')}`);
  const check = env.IMPORT_CHECK_SECONDS?.trim() || '60';
  if (!/^\d{1,5}$/.test(check) || Number(check) < 1) {
    throw new ConfigError('IMPORT_CHECK_SECONDS', `must be a whole number of seconds from 1, not "${check}"`);
  }
  const hotlineNumber = env.HOTLINE_NUMBER?.trim() || DEFAULT_SITE.hotline.number;
  if (!/^\+?[\d\s().-]{3,20}$/.test(hotlineNumber) || !/\d{3}/.test(hotlineNumber.replace(/\D/g, ''))) {
    throw new ConfigError('HOTLINE_NUMBER', `must be a phone number such as 1-800-662-4357, not "${hotlineNumber}"`);
  }
  const tiles = env.MAP_TILE_URL?.trim() || DEFAULT_SITE.mapTiles.url;
  if (!/^https:\/\/[^\s]+\{z\}[^\s]*$/.test(tiles) || !tiles.includes('{x}') || !tiles.includes('{y}')) {
    throw new ConfigError('MAP_TILE_URL', 'must be an https URL template with {z}, {x} and {y}');
  }
  const geocoder = (env.GEOCODER?.trim().toLowerCase() || 'gazetteer') as GeocoderSetting;
  if (!GEOCODERS.includes(geocoder)) {
    throw new ConfigError(
      'GEOCODER',
      `must be one of: ${GEOCODERS.join(', ')} (census sends addresses to the US Census Bureau), not "${env.GEOCODER ?? ''}"`,
    );
  }
  const site: SiteConfig = {
    ...DEFAULT_SITE,
    hotline: {
      number: hotlineNumber,
      label: env.HOTLINE_LABEL?.trim() || (env.HOTLINE_NUMBER?.trim() ? '24/7' : DEFAULT_SITE.hotline.label),
    },
    mapTiles: { url: tiles, attribution: env.MAP_TILE_ATTRIBUTION?.trim() || DEFAULT_SITE.mapTiles.attribution },
  };
  return {
    port: parsePort(env.PORT?.trim() || '3000', 'PORT'),
    host: env.HOST?.trim() || '0.0.0.0',
    dataDir: resolve(env.DATA_DIR?.trim() || './data'),
    databaseUrl,
    sampleData: ['on', '1', 'true'].includes(sample),
    logLevel,
    importCheckMs: Number(check) * 1000,
    site,
    geocoder,
  };
}
