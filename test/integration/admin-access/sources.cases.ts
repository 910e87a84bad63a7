/**
 * Import sources and the import preview (issue 12 §3, §6): server admins only. Each request
 * makes a source of its own (and a preview of it, where the route needs one), so that a case
 * that removes or applies can run once per actor.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { planKey } from '../../../src/domain/import-plan.js';
import { previewParsedFeed } from '../../../src/interop/import/preview-feed.js';
import { loadForImport } from '../../../src/interop/import/run-import.js';
import type { Store } from '../../../src/store/store.js';
import { SERVER_ADMIN, type AccessCase, type AccessWorld } from '../../support/access.js';
import { meetingGuideRow } from '../../support/feed-server.js';

let feedUrl: Promise<string> | undefined;

/** One small Meeting Guide feed on 127.0.0.1 for every case; it never keeps the test process alive. */
function feed(): Promise<string> {
  feedUrl ??= new Promise((resolve) => {
    const body = JSON.stringify([meetingGuideRow(1), meetingGuideRow(2)]);
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(body);
    });
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.json`);
    });
  });
  return feedUrl;
}

let made = 0;

/** A new source on the feed, imported only by hand. */
async function newSource(world: AccessWorld): Promise<string> {
  const name = `access-${++made}`;
  await world.site.store.sources.add({ name, kind: 'meeting-guide', url: await feed(), everySeconds: null, allowPrivate: true });
  return name;
}

/** A preview of a new source, kept as the preview route keeps one. */
async function newPreview(world: AccessWorld): Promise<{ name: string; id: string }> {
  const store: Store = world.site.store;
  const name = await newSource(world);
  const source = (await store.sources.get(name))!;
  const loaded = await loadForImport({ kind: source.kind, location: source.url, source: name, allowPrivate: true });
  const preview = await previewParsedFeed(store, loaded.feed, { source: name, actor: 'test', warnings: loaded.warnings });
  const accountId = (await store.accounts.list())[0]!.id;
  const id = await store.importPreviews.add({ source: name, accountId, feed: loaded, preview, planKey: planKey(preview.plan) });
  return { name, id };
}

const settings = async () => ({ url: await feed(), kind: 'meeting-guide', every: '6h', allowPrivate: '1', program: '', timeZone: '' });

export const cases: AccessCase[] = [
  {
    label: 'GET /admin/sources',
    method: 'GET',
    route: '/admin/sources',
    request: async (world) => {
      await newSource(world);
      return { path: '/admin/sources' };
    },
    allowed: SERVER_ADMIN,
    writes: false,
  },
  {
    label: 'GET /admin/sources/new',
    method: 'GET',
    route: '/admin/sources/new',
    request: () => Promise.resolve({ path: '/admin/sources/new' }),
    allowed: SERVER_ADMIN,
    writes: false,
  },
  {
    label: 'POST /admin/sources (add)',
    method: 'POST',
    route: '/admin/sources',
    request: async () => ({ path: '/admin/sources', form: { name: `added-${++made}`, ...(await settings()) } }),
    allowed: SERVER_ADMIN,
    writes: true,
  },
  {
    label: 'GET /admin/sources/:name',
    method: 'GET',
    route: '/admin/sources/:name',
    request: async (world) => ({ path: `/admin/sources/${await newSource(world)}` }),
    allowed: SERVER_ADMIN,
    writes: false,
  },
  {
    label: 'POST /admin/sources/:name (edit)',
    method: 'POST',
    route: '/admin/sources/:name',
    request: async (world) => {
      const name = await newSource(world);
      const source = (await world.site.store.sources.get(name))!;
      return { path: `/admin/sources/${name}`, form: { ...(await settings()), every: '1d', updatedAt: source.updatedAt } };
    },
    allowed: SERVER_ADMIN,
    writes: true,
  },
  {
    label: 'POST /admin/sources/:name/delete',
    method: 'POST',
    route: '/admin/sources/:name/delete',
    request: async (world) => ({ path: `/admin/sources/${await newSource(world)}/delete`, form: { deleteMeetings: '1' } }),
    allowed: SERVER_ADMIN,
    writes: true,
  },
  {
    label: 'POST /admin/sources/:name/preview',
    method: 'POST',
    route: '/admin/sources/:name/preview',
    request: async (world) => ({ path: `/admin/sources/${await newSource(world)}/preview`, form: {} }),
    allowed: SERVER_ADMIN,
    writes: true,
  },
  {
    label: 'GET /admin/sources/:name/preview/:id',
    method: 'GET',
    route: '/admin/sources/:name/preview/:id',
    request: async (world) => {
      const { name, id } = await newPreview(world);
      return { path: `/admin/sources/${name}/preview/${id}` };
    },
    allowed: SERVER_ADMIN,
    writes: false,
  },
  {
    label: 'POST /admin/sources/:name/preview/:id/apply',
    method: 'POST',
    route: '/admin/sources/:name/preview/:id/apply',
    request: async (world) => {
      const { name, id } = await newPreview(world);
      return { path: `/admin/sources/${name}/preview/${id}/apply`, form: {} };
    },
    allowed: SERVER_ADMIN,
    writes: true,
  },
  {
    label: 'POST /admin/sources/:name/preview/:id/cancel',
    method: 'POST',
    route: '/admin/sources/:name/preview/:id/cancel',
    request: async (world) => {
      const { name, id } = await newPreview(world);
      return { path: `/admin/sources/${name}/preview/${id}/cancel`, form: {} };
    },
    allowed: SERVER_ADMIN,
    writes: true,
  },
];
