import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLink } from '../../src/interop/links/check-link.js';
import { isReservedHost, LinkChecker } from '../../src/interop/links/link-checker.js';
import { engines } from '../support/engines.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';
import { initSearch, type TestSearch } from '../support/harness.js';

/** Made-up public names, routed to the local server: no request leaves the machine. */
const HOSTS = ['links-one.openrooms-check.net', 'links-two.openrooms-check.net'];

describe('the link check', () => {
  let server: Server;
  let port: number;
  const seen: { method: string; host: string; path: string; at: number }[] = [];
  let inFlight = new Map<string, number>();
  let mostAtOnce = 0;

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const host = (req.headers.host ?? '').split(':')[0]!;
      seen.push({ method: req.method ?? '', host, path: req.url ?? '', at: Date.now() });
      inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
      mostAtOnce = Math.max(mostAtOnce, inFlight.get(host)!);
      const answer = (status: number, headers: Record<string, string> = {}) =>
        setTimeout(() => {
          inFlight.set(host, inFlight.get(host)! - 1);
          res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : 'body');
        }, 20);
      if (req.url === '/fine') return answer(200);
      if (req.url === '/gone') return answer(404);
      if (req.url === '/no-head') return answer(req.method === 'HEAD' ? 405 : 200);
      if (req.url === '/moved') return answer(301, { location: '/fine' });
      if (req.url === '/slow') return; // never answers
      if (req.url?.startsWith('/page')) return answer(200);
      return answer(500);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const local = () => Promise.resolve({ address: '127.0.0.1', family: 4 as const });
  const url = (path: string, host = HOSTS[0]!) => `http://${host}:${port}${path}`;

  it('answers with the final status: HEAD first, GET when HEAD is refused, redirects followed', async () => {
    seen.length = 0;
    expect(await checkLink(url('/fine'), { resolve: local })).toEqual({ status: 200, error: null });
    expect(seen.map((s) => s.method)).toEqual(['HEAD']);
    expect(await checkLink(url('/gone'), { resolve: local })).toEqual({ status: 404, error: null });
    seen.length = 0;
    expect(await checkLink(url('/no-head'), { resolve: local })).toEqual({ status: 200, error: null });
    expect(seen.map((s) => s.method)).toEqual(['HEAD', 'GET']);
    expect(await checkLink(url('/moved'), { resolve: local })).toEqual({ status: 200, error: null });
  });

  it('gives up on a server that does not answer, and never throws', async () => {
    const answer = await checkLink(url('/slow'), { resolve: local, timeoutMs: 200 });
    expect(answer).toEqual({ status: null, error: 'no answer in time' });
    expect((await checkLink('not a url')).status).toBeNull();
    expect((await checkLink('ftp://files.openrooms-check.net/')).error).toMatch(/only http and https/);
  });

  it('refuses private networks, as imports do', async () => {
    const answer = await checkLink(`http://127.0.0.1:${port}/fine`);
    expect(answer.status).toBeNull();
    expect(answer.error).toMatch(/loopback address, which is refused/);
  });

  it('leaves reserved names alone', () => {
    expect(isReservedHost('meet.sample.example')).toBe(true);
    expect(isReservedHost('bmlt.example.org')).toBe(true);
    expect(isReservedHost('meet.test.example')).toBe(true);
    expect(isReservedHost('zoom.us')).toBe(false);
    expect(isReservedHost('links-one.openrooms-check.net')).toBe(false);
  });

  describe.each(engines())('over the store ($name)', (engine) => {
    let t: TestSearch;

    beforeAll(async () => {
      t = await initSearch(engine, {
        meetings: [
          meetingInput({ name: 'Fine page', website: url('/fine') }),
          meetingInput({ name: 'Gone page', website: url('/gone') }),
          onlineMeetingInput({ name: 'Dead link', online: { ...onlineMeetingInput().online, conferenceUrl: url('/broken', HOSTS[1]) } }),
          meetingInput({ name: 'Many pages', website: url('/page-1') }),
          meetingInput({ name: 'Many pages 2', website: url('/page-2') }),
          meetingInput({ name: 'Many pages 3', website: url('/page-3', HOSTS[1]) }),
          meetingInput({ name: 'Reserved', website: 'https://group.example.org/' }),
          meetingInput({ name: 'Sample', website: url('/sample'), sample: true }),
        ],
      });
    });

    afterAll(() => t.dispose());

    it('checks each link once, one request per host at a time and a few a second, and records the answers', async () => {
      seen.length = 0;
      inFlight = new Map();
      mostAtOnce = 0;
      const checker = new LinkChecker(t.store, { perSecond: 10, hosts: 2, check: (u) => checkLink(u, { resolve: local }) });
      expect(await checker.tick()).toBe(6);
      expect(mostAtOnce).toBe(1);
      // Ten a second: six starts span at least half a second.
      const starts = seen.map((s) => s.at).sort((a, b) => a - b);
      expect(starts[starts.length - 1]! - starts[0]!).toBeGreaterThanOrEqual(450);
      expect(seen.some((s) => s.path === '/sample')).toBe(false);
      const checks = new Map((await t.store.linkChecks.all()).map((c) => [c.url, c]));
      expect(checks.get(url('/fine'))).toMatchObject({ status: 200, error: null });
      expect(checks.get(url('/gone'))).toMatchObject({ status: 404 });
      expect(checks.get(url('/broken', HOSTS[1]))).toMatchObject({ status: 500 });
      expect(checks.has('https://group.example.org/')).toBe(false);
      // Checked within the week: nothing is due until then.
      expect(await checker.tick()).toBe(0);
    });
  });
});
