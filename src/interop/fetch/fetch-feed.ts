import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { resolveHost, type CheckedAddress } from './address-policy.js';
import { FetchError, shownUrl } from './fetch-error.js';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_REDIRECTS = 5;

export interface FetchOptions {
  /** Allow private, loopback and other non-public addresses (a feed on the operator's own network). */
  allowPrivate?: boolean;
  /** The most bytes the body may have once decompressed; more fails the fetch. */
  maxBytes?: number;
  /** For the whole fetch, redirects included. */
  timeoutMs?: number;
  /** Bytes received so far, and the announced length (0 when unknown). */
  onProgress?: (received: number, total: number) => void;
  accept?: string;
  /** How a host is resolved and checked; tests route a made-up public name to a local server. */
  resolve?: (hostname: string, allowPrivate: boolean) => Promise<CheckedAddress>;
}

export interface FetchedFeed {
  /** Where the body came from, after redirects. */
  url: string;
  contentType: string | null;
  text: string;
}

export const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parses and checks a URL: only http and https are fetched. */
export function feedUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new FetchError(`"${text}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`only http and https URLs can be fetched, not ${url.protocol} (${shownUrl(url)})`);
  }
  return url;
}

/** Connects to the address that was checked, whatever a new lookup would say. */
export function pinnedLookup(checked: CheckedAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: checked.address, family: checked.family }]);
    else callback(null, checked.address, checked.family);
  };
}

function request(url: URL, checked: CheckedAddress, signal: AbortSignal, accept: string): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method: 'GET',
      signal,
      lookup: pinnedLookup(checked),
      headers: { accept, 'accept-encoding': 'gzip, deflate, br', 'user-agent': 'OpenRooms importer' },
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
}

function decoded(response: IncomingMessage): Readable {
  switch ((response.headers['content-encoding'] ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

async function readBody(url: URL, response: IncomingMessage, maxBytes: number, onProgress?: FetchOptions['onProgress']): Promise<string> {
  const announced = Number(response.headers['content-length'] ?? 0) || 0;
  const tooLarge = (): FetchError => new FetchError(`${shownUrl(url)} is larger than the limit of ${megabytes(maxBytes)}`);
  if (announced > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const body = decoded(response);
  const chunks: Buffer[] = [];
  let received = 0;
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      received += chunk.length;
      // Counted after decompression, so a small compressed bomb is stopped too.
      if (received > maxBytes) throw tooLarge();
      chunks.push(chunk);
      onProgress?.(received, announced);
    }
  } finally {
    response.destroy();
    body.destroy();
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

function describeFailure(url: URL, error: unknown, signal: AbortSignal, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  if (signal.aborted) return new FetchError(`${shownUrl(url)} did not answer within ${timeoutMs / 1000} s`);
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return new FetchError(`cannot fetch ${shownUrl(url)}: ${reason}`);
}

/**
 * Fetches a feed over http(s) with the limits an importer needs against someone else's
 * server: a size limit, an overall timeout, at most five redirects, and no requests to
 * private networks unless allowed (every redirect target is checked again).
 */
export async function fetchFeed(text: string, options: FetchOptions = {}): Promise<FetchedFeed> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = feedUrl(text);
  for (let redirects = 0; ; redirects++) {
    try {
      const checked = await (options.resolve ?? resolveHost)(url.hostname, options.allowPrivate ?? false);
      if (signal.aborted) throw signal.reason;
      const response = await request(url, checked, signal, options.accept ?? 'application/json, text/csv, */*;q=0.5');
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (REDIRECTS.has(status) && location) {
        response.destroy();
        if (redirects >= MAX_REDIRECTS) throw new FetchError(`${shownUrl(url)} redirected more than ${MAX_REDIRECTS} times`);
        url = feedUrl(new URL(location, url).href);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.destroy();
        throw new FetchError(`${shownUrl(url)} answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`);
      }
      const contentType = response.headers['content-type'] ?? null;
      return { url: url.href, contentType, text: await readBody(url, response, maxBytes, options.onProgress) };
    } catch (error) {
      throw describeFailure(url, error, signal, timeoutMs);
    }
  }
}
