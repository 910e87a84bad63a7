import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseBmltFormats, parseBmltMeetings, parseBmltServiceBodies } from '../bmlt/parse-meetings.js';
import { bmltRequests } from '../fetch/bmlt-urls.js';
import { FetchError } from '../fetch/fetch-error.js';
import { DEFAULT_MAX_BYTES, fetchFeed, type FetchOptions } from '../fetch/fetch-feed.js';
import { parseMeetingGuideCsv } from '../meeting-guide/parse-csv.js';
import { parseMeetingGuideJson } from '../meeting-guide/parse-json.js';
import { givenProgram, NO_DEFAULTS, type FeedDefaults, type ParsedFeed, type ProgramDecision } from '../parsed-feed.js';
import type { ImportProgress } from './import-feed.js';
import type { ImportWarning } from './report.js';

export type FeedKind = 'bmlt' | 'meeting-guide';
export const FEED_KINDS: readonly FeedKind[] = ['bmlt', 'meeting-guide'];

/** The feed as a whole could not be read: nothing is imported. */
export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedError';
  }
}

export interface LoadOptions {
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  progress?: ImportProgress;
  /** What the source or the command line says of every row. */
  defaults?: FeedDefaults;
}

export interface LoadedFeed {
  feed: ParsedFeed;
  /** Things about the feed as a whole (service bodies left out) that did not stop it. */
  warnings: ImportWarning[];
}

/** Anything with a scheme ("https:", "ftp:", "file:") is a URL; the rest is a file path. */
export function isUrl(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(location);
}

interface Body {
  text: string;
  contentType: string | null;
  /** For messages. */
  from: string;
}

async function readLocal(path: string, maxBytes: number): Promise<Body> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new FeedError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (size > maxBytes) throw new FeedError(`${path} is larger than the limit of ${Math.round(maxBytes / 1024 / 1024)} MB`);
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const contentType = { '.json': 'application/json', '.csv': 'text/csv' }[extname(path).toLowerCase()] ?? null;
  return { text, contentType, from: path };
}

async function read(location: string, options: LoadOptions): Promise<Body> {
  if (!isUrl(location)) return readLocal(location, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const fetchOptions: FetchOptions = {
    allowPrivate: options.allowPrivate ?? false,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: options.timeoutMs ?? 30_000,
    onProgress: (received, total) => options.progress?.('fetch', received, total),
  };
  const fetched = await fetchFeed(location, fetchOptions);
  return { text: fetched.text, contentType: fetched.contentType, from: fetched.url };
}

function json(body: Body): unknown {
  try {
    return JSON.parse(body.text) as unknown;
  } catch (error) {
    throw new FeedError(`${body.from} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A row-0 skip is the parser saying the whole answer is not what it reads. */
function wholeFeedProblem(skipped: readonly { row: number; reason: string }[], from: string): void {
  const problem = skipped.find((s) => s.row === 0);
  if (problem) throw new FeedError(`${from}: ${problem.reason}`);
}

/** BMLT is Narcotics Anonymous's format: its meetings are NA unless the source says otherwise. */
export const BMLT_PROGRAM = 'NA';

function bmltProgram(defaults: FeedDefaults | undefined): ProgramDecision {
  const given = defaults?.program ?? null;
  if (given !== null) return givenProgram(given);
  return { code: BMLT_PROGRAM, how: 'format', reason: "BMLT is Narcotics Anonymous's format; choose another with --program" };
}

async function loadBmlt(location: string, options: LoadOptions): Promise<LoadedFeed> {
  const program = bmltProgram(options.defaults);
  const defaults: FeedDefaults = { ...(options.defaults ?? NO_DEFAULTS), program: program.code };
  if (!isUrl(location)) {
    // A saved GetSearchResults answer: meetings (and formats, with get_used_formats) only.
    const body = await readLocal(location, options.maxBytes ?? DEFAULT_MAX_BYTES);
    options.progress?.('parse', 0, 1);
    const feed = parseBmltMeetings(json(body), undefined, defaults);
    wholeFeedProblem(feed.skipped, body.from);
    return { feed: { ...feed, program }, warnings: [] };
  }
  let requests;
  try {
    requests = bmltRequests(location);
  } catch (error) {
    if (error instanceof FetchError || error instanceof TypeError) throw new FeedError(error.message);
    throw error;
  }
  const formatsBody = await read(requests.formats, options);
  const bodiesBody = await read(requests.serviceBodies, options);
  const meetingsBody = await read(requests.meetings, options);
  options.progress?.('parse', 0, 1);
  const formats = parseBmltFormats(json(formatsBody));
  const bodies = parseBmltServiceBodies(json(bodiesBody));
  wholeFeedProblem(bodies.skipped, bodiesBody.from);
  const feed = parseBmltMeetings(json(meetingsBody), formats, defaults);
  wholeFeedProblem(feed.skipped, meetingsBody.from);
  const warnings = bodies.skipped.map((s) => ({
    row: null,
    externalId: s.externalId,
    message: `service body row ${s.row} left out: ${s.reason}`,
  }));
  return { feed: { ...feed, serviceBodies: bodies.serviceBodies, program }, warnings };
}

function isJson(body: Body): boolean {
  const type = body.contentType?.toLowerCase() ?? '';
  if (type.includes('json')) return true;
  if (type.includes('csv')) return false;
  return /^\s*[[{]/.test(body.text);
}

async function loadMeetingGuide(location: string, options: LoadOptions): Promise<LoadedFeed> {
  const body = await read(location, options);
  options.progress?.('parse', 0, 1);
  const feed = isJson(body) ? parseMeetingGuideJson(json(body), options.defaults) : parseMeetingGuideCsv(body.text, options.defaults);
  wholeFeedProblem(feed.skipped, body.from);
  return { feed, warnings: [] };
}

/** Reads a feed from a URL or a file and parses it; rows the parser cannot read come back as skipped. */
export async function loadFeed(kind: FeedKind, location: string, options: LoadOptions = {}): Promise<LoadedFeed> {
  const loaded = kind === 'bmlt' ? await loadBmlt(location, options) : await loadMeetingGuide(location, options);
  options.progress?.('parse', 1, 1);
  return loaded;
}

/** A kind from a URL: BMLT root servers live under main_server or answer at client_interface. */
export function guessKind(url: string): FeedKind {
  return /client_interface|main_server/i.test(url) ? 'bmlt' : 'meeting-guide';
}
