import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting.js';
import type { Store } from '../../src/store/store.js';
import { AdminClient, signedIn } from '../support/admin.js';
import { engines } from '../support/engines.js';
import { meetingGuideRow, startFeedServer, type FeedServer } from '../support/feed-server.js';
import { initSite, type TestSite } from '../support/harness.js';

function serveRows(server: FeedServer, rows: unknown[]): void {
  server.routes.set('/feed.json', { type: 'application/json', body: JSON.stringify(rows) });
}

async function sourceMeetings(store: Store, source: string): Promise<Meeting[]> {
  const all: Meeting[] = [];
  for await (const page of store.meetings.all()) all.push(...page.filter((m) => m.provenance.source === source));
  return all.sort((a, b) => (a.provenance.externalId ?? '').localeCompare(b.provenance.externalId ?? ''));
}

async function storeState(store: Store): Promise<unknown> {
  return {
    seq: await store.changes.latestSeq(),
    meetings: await sourceMeetings(store, 'area'),
    sources: await store.sources.list(),
  };
}

/** The id in a preview's address. */
function previewId(location: string): string {
  const id = /^\/admin\/sources\/area\/preview\/([^/?]+)$/.exec(location)?.[1];
  if (id === undefined) throw new Error(`not a preview: ${location}`);
  return id;
}

/** The text of a page without its tags, with runs of space made one. */
function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`import sources in the admin on ${engine.name}`, () => {
    let site: TestSite;
    let server: FeedServer;
    let admin: AdminClient;
    beforeAll(async () => {
      server = await startFeedServer();
      site = await initSite(engine);
      admin = await signedIn(site.app, site.store, { email: 'admin@example.org', role: 'admin' });
    });
    afterAll(async () => {
      await site.dispose();
      await server.close();
    });
    beforeEach(async () => {
      for (const source of await site.store.sources.list()) {
        await site.store.sourceData.removeAll(source.name, 'test');
        await site.store.sources.remove(source.name);
      }
      serveRows(server, [meetingGuideRow(1), meetingGuideRow(2), meetingGuideRow(3)]);
    });

    async function addSource(): Promise<void> {
      const added = await admin.post(
        '/admin/sources',
        { name: 'area', url: `${server.url}/feed.json`, kind: 'meeting-guide', every: '6h', allowPrivate: '1', program: '', timeZone: '' },
        '/admin/sources/new',
      );
      expect(added.statusCode).toBe(303);
      expect(added.headers.location).toBe('/admin/sources/area?done=added');
    }

    /** Previews and applies the feed as it is served now. */
    async function importNow(): Promise<void> {
      const preview = await admin.post('/admin/sources/area/preview', {}, '/admin/sources/area');
      expect(preview.statusCode).toBe(303);
      const id = previewId(String(preview.headers.location));
      const applied = await admin.post(`/admin/sources/area/preview/${id}/apply`, {}, '/admin/sources/area');
      expect(applied.statusCode).toBe(303);
    }

    it('adds a source, lists it with its schedule and last run, and previews a changed feed: added, changed with its diff, removed and skipped', async () => {
      await addSource();
      const list = await admin.get('/admin/sources');
      expect(list.statusCode).toBe(200);
      const listed = textOf(list.body);
      expect(listed).toContain('area');
      expect(listed).toContain('Meeting Guide');
      expect(listed).toContain(`${server.url}/feed.json`);
      expect(listed).toContain('every 6h');
      expect(listed).toMatch(/area Meeting Guide \S+ every 6h never never none/);

      await importNow();
      expect((await sourceMeetings(site.store, 'area')).map((m) => m.name)).toEqual([
        'Made-up Meeting 1',
        'Made-up Meeting 2',
        'Made-up Meeting 3',
      ]);
      const after = textOf((await admin.get('/admin/sources')).body);
      expect(after).toContain('3 added, 0 changed, 0 removed, 0 skipped');

      serveRows(server, [
        meetingGuideRow(1, { name: 'Made-up Renamed', location: 'New Hall' }),
        meetingGuideRow(3),
        meetingGuideRow(4),
        { slug: 'no-name', day: 9 },
      ]);
      const before = await storeState(site.store);
      const preview = await admin.post('/admin/sources/area/preview', {}, '/admin/sources/area');
      expect(preview.statusCode).toBe(303);
      const page = await admin.get(String(preview.headers.location));
      expect(page.statusCode).toBe(200);
      const shown = textOf(page.body);
      expect(shown).toContain('1 to add, 1 to change, 1 unchanged, 1 to remove, 1 row(s) skipped.');
      expect(shown).toMatch(/Meetings to add \(1\) .*Made-up Meeting 4 Thursday 19:00 Springfield made-up-4/);
      expect(shown).toMatch(
        /Meetings to change \(1\) .*Made-up Renamed \(Monday 19:00, Springfield\) .*Name Made-up Meeting 1 Made-up Renamed .*Place name Made-up Hall New Hall/,
      );
      expect(shown).toMatch(/Meetings to remove \(1\) .*Made-up Meeting 2 Tuesday 19:00 Springfield made-up-2/);
      expect(shown).toMatch(/Rows skipped \(1\) .*Row 4, no-name/);
      // A preview is only a preview.
      expect(await storeState(site.store)).toEqual(before);
    });

    it('applies exactly the previewed feed in one change, and public search shows it at once', async () => {
      await addSource();
      await importNow();
      const [one, two] = await sourceMeetings(site.store, 'area');
      serveRows(server, [meetingGuideRow(1, { name: 'Made-up Renamed' }), meetingGuideRow(3), meetingGuideRow(4)]);
      const preview = await admin.post('/admin/sources/area/preview', {}, '/admin/sources/area');
      const id = previewId(String(preview.headers.location));
      // The feed changes again after the preview: Apply imports what was previewed, not this.
      serveRows(server, [meetingGuideRow(9)]);
      const seq = await site.store.changes.latestSeq();

      const applied = await admin.post(`/admin/sources/area/preview/${id}/apply`, {}, '/admin/sources/area');
      expect(applied.statusCode).toBe(303);
      expect(applied.headers.location).toBe('/admin/sources/area?done=applied');
      const result = textOf((await admin.get(String(applied.headers.location))).body);
      expect(result).toContain('Import applied: 1 added, 1 changed, 1 removed.');

      const now = await sourceMeetings(site.store, 'area');
      expect(now.map((m) => m.provenance.externalId)).toEqual(['made-up-1', 'made-up-3', 'made-up-4']);
      expect(now[0]).toMatchObject({ id: one!.id, name: 'Made-up Renamed' });
      const changes = await site.store.changes.since(seq);
      expect(new Set(changes.map((c) => c.batch)).size).toBe(1);
      expect(changes.every((c) => c.actor === 'admin@example.org')).toBe(true);

      await site.search.settled();
      expect(site.search.meeting(String(one!.id))?.meeting.name).toBe('Made-up Renamed');
      expect(site.search.meeting(String(two!.id))).toBeUndefined();
      expect(site.search.meeting(String(now[2]!.id))?.meeting.name).toBe('Made-up Meeting 4');
      const source = await site.store.sources.get('area');
      expect(source?.lastSuccessAt).not.toBeNull();

      // Applied once: the preview is gone.
      const again = await admin.post(`/admin/sources/area/preview/${id}/apply`, {}, '/admin/sources/area');
      expect(again.statusCode).toBe(404);
      expect(textOf(again.body)).toContain('Preview the import again');
    });

    it('cancels a preview without changing anything', async () => {
      await addSource();
      await importNow();
      serveRows(server, [meetingGuideRow(1, { name: 'Made-up Renamed' })]);
      const preview = await admin.post('/admin/sources/area/preview', {}, '/admin/sources/area');
      const id = previewId(String(preview.headers.location));
      const before = await storeState(site.store);
      const cancelled = await admin.post(`/admin/sources/area/preview/${id}/cancel`, {}, '/admin/sources/area');
      expect(cancelled.statusCode).toBe(303);
      expect(textOf((await admin.get(String(cancelled.headers.location))).body)).toContain(
        'The preview was cancelled. Nothing was changed.',
      );
      expect(await storeState(site.store)).toEqual(before);
      expect(await site.store.importPreviews.count()).toBe(0);
      expect((await admin.get(`/admin/sources/area/preview/${id}`)).statusCode).toBe(404);
    });

    it('refuses to apply a preview once the source changed since, and offers a new preview', async () => {
      await addSource();
      await importNow();
      const [one] = await sourceMeetings(site.store, 'area');
      serveRows(server, [meetingGuideRow(1), meetingGuideRow(2), meetingGuideRow(3), meetingGuideRow(4)]);
      const preview = await admin.post('/admin/sources/area/preview', {}, '/admin/sources/area');
      const id = previewId(String(preview.headers.location));
      // A volunteer edits a meeting of the source meanwhile: the import would now undo that too.
      const { id: _id, slug: _slug, createdAt: _c, updatedAt: _u, checkedAt: _k, ...input } = one!;
      await site.store.meetings.update(one!.id, { ...input, name: 'Edited by hand' }, 'editor@example.org');
      const before = await storeState(site.store);
      const refused = await admin.post(`/admin/sources/area/preview/${id}/apply`, {}, '/admin/sources/area');
      expect(refused.statusCode).toBe(409);
      const said = textOf(refused.body);
      expect(said).toContain('The data changed since the preview');
      expect(said).toContain('Preview again');
      expect(refused.body).toContain('action="/admin/sources/area/preview"');
      expect(await storeState(site.store)).toEqual(before);
    });

    it('shows a failed fetch and a feed with nothing to import as errors, and changes nothing', async () => {
      await addSource();
      await importNow();
      const before = await storeState(site.store);
      server.routes.delete('/feed.json');
      const failed = await admin.post('/admin/sources/area/preview', {}, '/admin/sources/area');
      expect(failed.statusCode).toBe(502);
      expect(textOf(failed.body)).toMatch(/The feed could not be imported .*Nothing was changed\. The reason: .*404/);
      serveRows(server, [{ slug: 'no-name', day: 9 }]);
      const empty = await admin.post('/admin/sources/area/preview', {}, '/admin/sources/area');
      expect(empty.statusCode).toBe(422);
      expect(textOf(empty.body)).toContain('the feed has no meeting that can be imported');
      expect(await storeState(site.store)).toEqual(before);
      expect(await site.store.importPreviews.count()).toBe(0);
    });

    it('re-renders the source form with each error beside its field and the input kept', async () => {
      const bad = await admin.post(
        '/admin/sources',
        { name: 'Bad Name', url: 'ftp://example.org/feed.json', kind: '', every: '1m', program: 'nope', timeZone: 'Mars/Base' },
        '/admin/sources/new',
      );
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toMatch(/id="url"[^>]*aria-describedby="url-hint url-error"|aria-describedby="url-hint url-error"[^>]*id="url"/);
      expect(bad.body).toContain('<p class="field-error" id="url-error">Only http and https URLs can be imported.</p>');
      expect(bad.body).toContain('value="ftp://example.org/feed.json"');
      expect(bad.body).toContain('id="name-error">Use only lower-case letters');
      expect(bad.body).toContain('id="every-error">The shortest is 5m');
      expect(bad.body).toContain('id="program-error">');
      expect(bad.body).toContain('id="timeZone-error">');
      expect(bad.body).toContain('value="Bad Name"');
      const notUrl = await admin.post('/admin/sources', { name: 'ok-name', url: 'not a url' }, '/admin/sources/new');
      expect(notUrl.statusCode).toBe(400);
      expect(notUrl.body).toContain('id="url-error">This is not a URL.');
      expect(await site.store.sources.list()).toEqual([]);
    });

    it('edits a source, refuses a stale edit, and removes a source with its meetings', async () => {
      await addSource();
      await importNow();
      const form = await admin.get('/admin/sources/area');
      const updatedAt = /name="updatedAt" value="([^"]+)"/.exec(form.body)![1]!;
      const saved = await admin.post(
        '/admin/sources/area',
        {
          url: `${server.url}/feed.json`,
          kind: 'meeting-guide',
          every: '1d',
          allowPrivate: '1',
          program: 'na',
          timeZone: 'america/chicago',
          updatedAt,
        },
        '/admin/sources/area',
      );
      expect(saved.statusCode).toBe(303);
      expect(await site.store.sources.get('area')).toMatchObject({ everySeconds: 86_400, program: 'NA', timeZone: 'America/Chicago' });
      const stale = await admin.post(
        '/admin/sources/area',
        { url: 'https://example.org/other.json', every: '', updatedAt },
        '/admin/sources/area',
      );
      expect(stale.statusCode).toBe(409);
      expect(textOf(stale.body)).toContain('Someone saved this source after you opened it');
      expect((await site.store.sources.get('area'))?.url).toBe(`${server.url}/feed.json`);

      const removed = await admin.post('/admin/sources/area/delete', { deleteMeetings: '1' }, '/admin/sources/area');
      expect(removed.statusCode).toBe(303);
      expect(textOf((await admin.get(String(removed.headers.location))).body)).toContain('Removed source area.');
      expect(await site.store.sources.get('area')).toBeUndefined();
      expect(await sourceMeetings(site.store, 'area')).toEqual([]);
    });
  });
}
