import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportScheduler } from '../../src/interop/scheduler.js';
import { openStore, type Store } from '../../src/store/store.js';
import { engines, type TestStore } from '../support/engines.js';
import { meetingGuideRow, startFeedServer, type FeedServer } from '../support/feed-server.js';

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`scheduled sources on ${engine.name}`, () => {
    let t: TestStore;
    let feeds: FeedServer;
    let now: Date;
    const clock = () => now;
    beforeEach(async () => {
      now = new Date('2026-11-26T12:00:00Z');
      t = await engine.fresh();
      feeds = await startFeedServer();
      feeds.routes.set('/meetings.json', { type: 'application/json', body: JSON.stringify([meetingGuideRow(1), meetingGuideRow(2)]) });
    });
    afterEach(async () => {
      await feeds.close();
      await t.dispose();
    });

    async function addSource(store: Store, name: string, path = '/meetings.json'): Promise<void> {
      await store.sources.add({ name, kind: 'meeting-guide', url: `${feeds.url}${path}`, everySeconds: 3600, allowPrivate: true });
    }

    it('lets exactly one of several claimers run a due source, until it is due again', async () => {
      await addSource(t.store, 'made-up-area');
      const second = await openStore(t.config);
      try {
        const claims = await Promise.all([
          t.store.sources.claim('made-up-area', now),
          second.sources.claim('made-up-area', now),
          t.store.sources.claim('made-up-area', now),
          second.sources.claim('made-up-area', now),
        ]);
        expect(claims.filter(Boolean)).toHaveLength(1);
        expect(await t.store.sources.due(now)).toEqual([]);
        const later = new Date(now.getTime() + 3600_000);
        expect((await t.store.sources.due(later)).map((s) => s.name)).toEqual(['made-up-area']);
        expect(await second.sources.claim('made-up-area', later)).toBe(true);
      } finally {
        await second.close();
      }
    });

    it('imports due sources once across two schedulers, and records a failure without throwing', async () => {
      await addSource(t.store, 'made-up-area');
      await addSource(t.store, 'gone-area', '/missing.json');
      await t.store.sources.add({
        name: 'by-hand',
        kind: 'meeting-guide',
        url: `${feeds.url}/meetings.json`,
        everySeconds: null,
        allowPrivate: true,
      });
      const second = await openStore(t.config);
      const lines: string[] = [];
      const a = new ImportScheduler(t.store, { clock, log: (line) => lines.push(line) });
      const b = new ImportScheduler(second, { clock, log: (line) => lines.push(line) });
      try {
        await Promise.all([a.tick(), b.tick()]);
        expect(feeds.hits.filter((h) => h === '/meetings.json')).toHaveLength(1);
        expect(feeds.hits.filter((h) => h === '/missing.json')).toHaveLength(1);
        expect(await t.store.meetings.countBySource('made-up-area')).toBe(2);
        expect(await t.store.meetings.countBySource('by-hand')).toBe(0);

        const [gone, area] = [await t.store.sources.get('gone-area'), await t.store.sources.get('made-up-area')];
        expect(gone).toMatchObject({ lastSuccessAt: null, lastError: expect.stringMatching(/missing\.json answered HTTP 404/) as string });
        expect(gone!.lastError).not.toMatch(/\n|\bat /);
        expect(area).toMatchObject({ lastError: null, lastReport: { added: 2, source: 'made-up-area' } });
        expect(area!.nextRunAt).toBe(new Date(now.getTime() + 3600_000).toISOString());
        expect(lines.sort()).toEqual([
          expect.stringMatching(/^openrooms: import of source "gone-area" failed: .*HTTP 404/) as string,
          'openrooms: imported source "made-up-area": 2 added, 0 changed, 0 removed, 0 skipped',
        ]);

        // Nothing is due an hour early; an hour later both run again.
        await a.tick();
        expect(feeds.hits).toHaveLength(2);
        now = new Date(now.getTime() + 3600_000);
        await a.tick();
        expect(feeds.hits).toHaveLength(4);
        expect((await t.store.sources.get('made-up-area'))!.lastReport).toMatchObject({ added: 0, unchanged: 2 });
      } finally {
        await a.stop();
        await b.stop();
        await second.close();
      }
    });
  });
}
