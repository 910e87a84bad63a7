import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { resolveHost, type CheckedAddress } from '../fetch/address-policy.js';
import { FetchError } from '../fetch/fetch-error.js';
import { feedUrl, MAX_REDIRECTS, pinnedLookup, REDIRECTS } from '../fetch/fetch-feed.js';

export const LINK_TIMEOUT_MS = 10_000;

export interface LinkCheckOptions {
  /** For each request (HEAD, then GET if needed), redirects included. */
  timeoutMs?: number;
  /** How a host is resolved and checked; tests route a made-up public name to a local server. */
  resolve?: (hostname: string, allowPrivate: boolean) => Promise<CheckedAddress>;
}

/** How a link answered: its final HTTP status after redirects, or no answer and why. */
export interface LinkAnswer {
  status: number | null;
  error: string | null;
}

function ask(method: 'HEAD' | 'GET', url: URL, checked: CheckedAddress, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method,
      signal,
      lookup: pinnedLookup(checked),
      headers: { accept: 'text/html, */*;q=0.5', 'user-agent': 'OpenRooms link check' },
    });
    req.once('response', resolve);
    req.once('error', reject);
    req.end();
  });
}

/** Follows redirects with `method`, checking every host as imports do (no private networks), and reads no body. */
async function statusOf(method: 'HEAD' | 'GET', start: URL, options: LinkCheckOptions): Promise<number> {
  const signal = AbortSignal.timeout(options.timeoutMs ?? LINK_TIMEOUT_MS);
  let url = start;
  for (let redirects = 0; ; redirects++) {
    const checked = await (options.resolve ?? resolveHost)(url.hostname, false);
    const response = await ask(method, url, checked, signal);
    // The status is all we need: the body is never read.
    response.destroy();
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (!REDIRECTS.has(status) || !location) return status;
    if (redirects >= MAX_REDIRECTS) throw new FetchError(`redirected more than ${MAX_REDIRECTS} times`);
    url = feedUrl(new URL(location, url).href);
  }
}

function reason(error: unknown): string {
  if (error instanceof FetchError) return error.message;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'no answer in time';
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Whether a meeting's link works: HEAD first (cheap for the other server), then GET when HEAD
 * is refused or errs, since many servers answer HEAD badly. Never throws.
 */
export async function checkLink(text: string, options: LinkCheckOptions = {}): Promise<LinkAnswer> {
  let url: URL;
  try {
    url = feedUrl(text);
  } catch (error) {
    return { status: null, error: reason(error) };
  }
  let headFailure: string | null = null;
  try {
    const status = await statusOf('HEAD', url, options);
    if (status < 400) return { status, error: null };
  } catch (error) {
    headFailure = reason(error);
  }
  try {
    return { status: await statusOf('GET', url, options), error: null };
  } catch (error) {
    return { status: null, error: reason(error) || headFailure };
  }
}
