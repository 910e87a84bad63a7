import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addressRange, isPublicAddress, resolveHost } from '../../src/interop/fetch/address-policy.js';
import { bmltRequests } from '../../src/interop/fetch/bmlt-urls.js';
import { FetchError } from '../../src/interop/fetch/fetch-error.js';
import { fetchFeed } from '../../src/interop/fetch/fetch-feed.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const routes: Record<string, Handler> = {
  '/feed.json': (_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end('[{"name":"Made-up Hope"}]');
  },
  '/big': (_req, res) => {
    res.end('x'.repeat(10_000));
  },
  '/big-unannounced': (_req, res) => {
    res.setHeader('transfer-encoding', 'chunked');
    for (let i = 0; i < 10; i++) res.write('y'.repeat(1000));
    res.end();
  },
  '/bomb': (_req, res) => {
    res.setHeader('content-encoding', 'gzip');
    res.end(gzipSync(Buffer.alloc(100_000, 'z')));
  },
  '/slow': (_req, res) => {
    res.write('[');
    setTimeout(() => res.end(']'), 2000).unref();
  },
  '/hop': (_req, res) => {
    res.writeHead(302, { location: '/feed.json' }).end();
  },
  '/loop': (_req, res) => {
    res.writeHead(301, { location: '/loop' }).end();
  },
  '/to-ftp': (_req, res) => {
    res.writeHead(302, { location: 'ftp://example.org/feed.json' }).end();
  },
  '/to-private': (_req, res) => {
    res.writeHead(302, { location: 'http://10.1.2.3/feed.json' }).end();
  },
  '/to-localhost': (_req, res) => {
    res.writeHead(307, { location: 'http://localhost/feed.json' }).end();
  },
  '/missing': (_req, res) => {
    res.writeHead(404).end();
  },
};

describe('fetching a feed', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const handler = routes[new URL(req.url ?? '/', 'http://x').pathname];
      if (handler) handler(req, res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('refuses a server on 127.0.0.1 unless private addresses are allowed', async () => {
    await expect(fetchFeed(`${base}/feed.json`)).rejects.toThrow(/resolves to a loopback address, which is refused/);
    const fetched = await fetchFeed(`${base}/feed.json`, { allowPrivate: true });
    expect(fetched).toEqual({ url: `${base}/feed.json`, contentType: 'application/json', text: '[{"name":"Made-up Hope"}]' });
  });

  it('refuses localhost by name too, since it resolves to loopback', async () => {
    const port = (server.address() as AddressInfo).port;
    await expect(fetchFeed(`http://localhost:${port}/feed.json`)).rejects.toThrow(/"localhost" resolves to a loopback address/);
  });

  it('stops at the size limit, announced or not, and after decompression', async () => {
    const options = { allowPrivate: true, maxBytes: 5000 };
    await expect(fetchFeed(`${base}/big`, options)).rejects.toThrow(/\/big is larger than the limit/);
    await expect(fetchFeed(`${base}/big-unannounced`, options)).rejects.toThrow(/larger than the limit/);
    await expect(fetchFeed(`${base}/bomb`, options)).rejects.toThrow(/larger than the limit/);
    expect((await fetchFeed(`${base}/bomb`, { allowPrivate: true })).text).toHaveLength(100_000);
  });

  it('gives up after the timeout', async () => {
    const started = performance.now();
    await expect(fetchFeed(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 })).rejects.toThrow(/\/slow did not answer within 0.3 s/);
    expect(performance.now() - started).toBeLessThan(1500);
  });

  it('follows a few redirects, checking each target, and no more than five', async () => {
    expect((await fetchFeed(`${base}/hop`, { allowPrivate: true })).url).toBe(`${base}/feed.json`);
    await expect(fetchFeed(`${base}/loop`, { allowPrivate: true })).rejects.toThrow(/redirected more than 5 times/);
    await expect(fetchFeed(`${base}/to-ftp`, { allowPrivate: true })).rejects.toThrow(/only http and https URLs can be fetched, not ftp:/);
  });

  it('refuses a redirect from a public address to a private one', async () => {
    // "feed.example.org" stands for a public server: it is routed to the local one, and
    // every other host is resolved and checked for real.
    const port = (server.address() as AddressInfo).port;
    const resolve = (host: string, allowPrivate: boolean) =>
      host === 'feed.example.org' ? Promise.resolve({ address: '127.0.0.1', family: 4 as const }) : resolveHost(host, allowPrivate);
    expect((await fetchFeed(`http://feed.example.org:${port}/feed.json`, { resolve })).text).toContain('Made-up Hope');
    await expect(fetchFeed(`http://feed.example.org:${port}/to-private`, { resolve })).rejects.toThrow(
      /"10\.1\.2\.3" resolves to a private address/,
    );
    await expect(fetchFeed(`http://feed.example.org:${port}/to-localhost`, { resolve })).rejects.toThrow(
      /"localhost" resolves to a loopback address/,
    );
    await expect(resolveHost('[::ffff:127.0.0.1]', false)).rejects.toThrow(/loopback address/);
  });

  it('refuses ftp:, file: and things that are not URLs', async () => {
    await expect(fetchFeed('ftp://example.org/feed.json')).rejects.toThrow(/only http and https URLs can be fetched, not ftp:/);
    await expect(fetchFeed('file:///etc/passwd')).rejects.toThrow(/not file:/);
    await expect(fetchFeed('not a url')).rejects.toThrow(FetchError);
  });

  it('names the HTTP status of a failed answer', async () => {
    await expect(fetchFeed(`${base}/missing`, { allowPrivate: true })).rejects.toThrow(/\/missing answered HTTP 404 Not Found/);
  });
});

describe('address ranges', () => {
  it('allows only public unicast addresses', () => {
    for (const address of ['93.184.216.34', '2606:4700::1']) expect(isPublicAddress(address), address).toBe(true);
    const refused: [string, string][] = [
      ['10.0.0.1', 'private'],
      ['192.168.1.1', 'private'],
      ['172.16.0.1', 'private'],
      ['127.0.0.1', 'loopback'],
      ['169.254.169.254', 'linkLocal'],
      ['100.64.0.1', 'carrierGradeNat'],
      ['0.0.0.0', 'unspecified'],
      ['224.0.0.1', 'multicast'],
      ['::1', 'loopback'],
      ['fc00::1', 'uniqueLocal'],
      ['fe80::1', 'linkLocal'],
      ['::', 'unspecified'],
      ['ff02::1', 'multicast'],
      ['::ffff:10.0.0.1', 'private'],
    ];
    for (const [address, range] of refused) {
      expect(addressRange(address), address).toBe(range);
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});

describe('BMLT request URLs', () => {
  it('reads the three switchers under a root server', () => {
    expect(bmltRequests('https://example.org/main_server')).toEqual({
      meetings: 'https://example.org/main_server/client_interface/json/?switcher=GetSearchResults',
      formats: 'https://example.org/main_server/client_interface/json/?switcher=GetFormats',
      serviceBodies: 'https://example.org/main_server/client_interface/json/?switcher=GetServiceBodies',
    });
  });

  it('reads a GetSearchResults URL as it is, with formats and bodies from the same server', () => {
    const url = 'https://example.org/main_server/client_interface/json/?switcher=GetSearchResults&services=5&recursive=1';
    expect(bmltRequests(url)).toEqual({
      meetings: url,
      formats: 'https://example.org/main_server/client_interface/json/?switcher=GetFormats',
      serviceBodies: 'https://example.org/main_server/client_interface/json/?switcher=GetServiceBodies',
    });
    expect(() => bmltRequests('https://example.org/main_server/client_interface/json/?switcher=GetChanges')).toThrow(/asks for GetChanges/);
  });
});
