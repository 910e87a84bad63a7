import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting.js';
import { EmptyFeedError, importParsedFeed, StrictImportError } from '../../src/interop/import/import-feed.js';
import type { ParsedFeed } from '../../src/interop/parsed-feed.js';
import type { Store } from '../../src/store/store.js';
import { engines, type TestStore } from '../support/engines.js';
import { feedBody, feedMeeting, smallFeed } from '../support/feeds.js';
import { meetingInput } from '../support/fixtures.js';

async function sourceMeetings(store: Store, source: string): Promise<Meeting[]> {
  const all: Meeting[] = [];
  for await (const page of store.meetings.all()) all.push(...page.filter((m) => m.provenance.source === source));
  return all.sort((a, b) => (a.provenance.externalId ?? '').localeCompare(b.provenance.externalId ?? ''));
}

/** Everything a test can compare to prove nothing was written. */
async function snapshot(store: Store): Promise<unknown> {
  const meetings: Meeting[] = [];
  for await (const page of store.meetings.all()) meetings.push(...page);
  return { meetings, bodies: await store.serviceBodies.list(), seq: await store.changes.latestSeq() };
}

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`replacing a source on ${engine.name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await engine.fresh();
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('adds a feed, then finds it unchanged on a second run, with ids and slugs stable and no new log rows', async () => {
      const feed = smallFeed(5);
      const first = await importParsedFeed(t.store, feed, { source: 'example-org' });
      expect(first).toMatchObject({ source: 'example-org', dryRun: false, added: 5, changed: 0, unchanged: 0, removed: 0, skipped: [] });
      expect(first.serviceBodies).toEqual({ added: 3, changed: 0, removed: 0 });
      const before = await sourceMeetings(t.store, 'example-org');
      const bodies = await t.store.serviceBodies.list();
      const region = bodies.find((b) => b.externalId === '1')!;
      expect(bodies.find((b) => b.externalId === '2')).toMatchObject({ parentId: region.id, source: 'example-org' });
      expect(before[0]!.serviceBodyId).toBe(bodies.find((b) => b.externalId === '2')!.id);
      expect(before.map((m) => m.provenance)).toContainEqual({ source: 'example-org', externalId: '100' });
      const seq = await t.store.changes.latestSeq();

      const second = await importParsedFeed(t.store, feed, { source: 'example-org' });
      expect(second).toMatchObject({ added: 0, changed: 0, unchanged: 5, removed: 0, serviceBodies: { added: 0, changed: 0, removed: 0 } });
      expect(await sourceMeetings(t.store, 'example-org')).toEqual(before);
      expect(await t.store.changes.latestSeq()).toBe(seq);
    });

    it('updates an edited row in place and deletes a dropped one, logging both', async () => {
      const feed = smallFeed(4);
      await importParsedFeed(t.store, feed, { source: 'example-org' });
      const [a, b] = await sourceMeetings(t.store, 'example-org');
      const edited: ParsedFeed = {
        ...feed,
        meetings: feed.meetings
          .filter((m) => m.externalId !== '101')
          .map((m) => (m.externalId === '100' ? { ...m, input: { ...m.input, name: 'Made-up Renamed', formats: ['O', 'D'] } } : m)),
      };
      const report = await importParsedFeed(t.store, edited, { source: 'example-org', actor: 'tester' });
      expect(report).toMatchObject({ added: 0, changed: 1, unchanged: 2, removed: 1 });

      const after = await t.store.meetings.get(a!.id);
      expect(after).toMatchObject({ id: a!.id, slug: a!.slug, name: 'Made-up Renamed', formats: ['O', 'D'], createdAt: a!.createdAt });
      expect(await t.store.meetings.get(b!.id)).toBeUndefined();

      const updates = await t.store.changes.forEntity('meeting', a!.id);
      expect(updates.map((c) => c.action)).toEqual(['create', 'update']);
      expect(updates[1]).toMatchObject({ actor: 'tester', before: { name: a!.name }, after: { name: 'Made-up Renamed', slug: a!.slug } });
      const deletes = await t.store.changes.forEntity('meeting', b!.id);
      expect(deletes.map((c) => c.action)).toEqual(['create', 'delete']);
      expect(deletes[1]).toMatchObject({ before: { id: b!.id }, after: null });
    });

    it('leaves hand-entered meetings and other sources alone, and makes new slugs unique against them', async () => {
      const hand = await t.store.meetings.create(meetingInput({ name: 'Made-up Meeting 100' }), 'admin');
      await importParsedFeed(t.store, smallFeed(3), { source: 'other-org' });
      const other = await snapshot(t.store);
      await importParsedFeed(t.store, smallFeed(3), { source: 'example-org' });
      await importParsedFeed(
        t.store,
        { meetings: [], serviceBodies: [feedBody('1', null)], skipped: [] },
        { source: 'example-org', allowEmpty: true },
      );

      expect(await t.store.meetings.get(hand.id)).toEqual(hand);
      expect(await snapshot(t.store)).toMatchObject({ meetings: (other as { meetings: Meeting[] }).meetings });
      const slugs = (await sourceMeetings(t.store, 'other-org')).map((m) => m.slug);
      expect(slugs).not.toContain(hand.slug);
      expect(new Set(slugs).size).toBe(3);
    });

    it('skips invalid and duplicate rows with their reasons and imports the rest', async () => {
      const feed: ParsedFeed = {
        serviceBodies: [],
        meetings: [feedMeeting('1', 1), feedMeeting('2', 2, { formats: ['NOPE'] }), feedMeeting('1', 3, { name: 'Made-up Twin' })],
        skipped: [{ row: 4, externalId: null, name: null, reason: 'not a meeting object' }],
      };
      feed.meetings[0]!.warnings.push('unknown type code "ZZ" dropped');
      const report = await importParsedFeed(t.store, feed, { source: 'example-org' });
      expect(report.added).toBe(1);
      expect(report.skipped).toEqual([
        { row: 4, externalId: null, name: null, reason: 'not a meeting object' },
        { row: 2, externalId: '2', name: 'Made-up Meeting 2', reason: 'formats: unknown format codes: NOPE' },
        { row: 3, externalId: '1', name: 'Made-up Twin', reason: 'the same id as row 1' },
      ]);
      expect(report.warnings).toEqual([{ row: 1, externalId: '1', message: 'unknown type code "ZZ" dropped' }]);
    });

    it('reports the same counts on a dry run as on the real run, and writes nothing', async () => {
      await importParsedFeed(t.store, smallFeed(6), { source: 'example-org' });
      const next = smallFeed(8);
      next.meetings = next.meetings
        .filter((m) => m.externalId !== '102')
        .map((m) => (m.externalId === '103' ? { ...m, input: { ...m.input, notes: 'Moved.' } } : m));
      next.serviceBodies = next.serviceBodies.filter((b) => b.externalId !== '3').concat(feedBody('4', '1'));
      next.meetings = next.meetings.map((m) => (m.serviceBodyExternalId === '3' ? { ...m, serviceBodyExternalId: '4' } : m));
      const before = await snapshot(t.store);
      const dry = await importParsedFeed(t.store, next, { source: 'example-org', dryRun: true });
      expect(await snapshot(t.store)).toEqual(before);
      const real = await importParsedFeed(t.store, next, { source: 'example-org' });
      expect(dry).toEqual({ ...real, dryRun: true });
      expect(real).toMatchObject({ added: 2, changed: 3, removed: 1, serviceBodies: { added: 1, changed: 0, removed: 1 } });
    });

    it('aborts a strict import with a skipped row before writing anything', async () => {
      const before = await snapshot(t.store);
      const feed = smallFeed(3);
      feed.meetings.push(
        feedMeeting('bad', 4, { schedule: { weekday: 1, startTime: '25:00', durationMinutes: 60, timeZone: 'America/Chicago' } }),
      );
      const error = await importParsedFeed(t.store, feed, { source: 'example-org', strict: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StrictImportError);
      expect((error as StrictImportError).report.skipped).toHaveLength(1);
      expect(await snapshot(t.store)).toEqual(before);
    });

    it('refuses a feed with no good meetings for a source that has some', async () => {
      await importParsedFeed(t.store, smallFeed(2), { source: 'example-org' });
      await expect(importParsedFeed(t.store, { meetings: [], serviceBodies: [], skipped: [] }, { source: 'example-org' })).rejects.toThrow(
        EmptyFeedError,
      );
      expect(await t.store.meetings.countBySource('example-org')).toBe(2);
    });

    it('rolls back everything when a failure is injected in the middle of the writes', async () => {
      await importParsedFeed(t.store, smallFeed(900), { source: 'example-org' });
      const before = await snapshot(t.store);
      const next = smallFeed(1800);
      next.meetings = next.meetings.map((m) => ({ ...m, input: { ...m.input, notes: 'Changed.' } }));
      let batches = 0;
      const failing = importParsedFeed(t.store, next, {
        source: 'example-org',
        progress: () => {
          if (++batches === 3) throw new Error('injected failure');
        },
      });
      await expect(failing).rejects.toThrow('injected failure');
      expect(batches).toBe(3);
      expect(await snapshot(t.store)).toEqual(before);
    });

    it('keeps a service body that left the feed while a hand-entered meeting still uses it', async () => {
      await importParsedFeed(t.store, smallFeed(2), { source: 'example-org' });
      const area = (await t.store.serviceBodies.list()).find((b) => b.externalId === '3')!;
      await t.store.meetings.create(meetingInput({ name: 'Made-up Hand Entered', serviceBodyId: area.id }), 'admin');
      const next = smallFeed(2);
      next.serviceBodies = next.serviceBodies.filter((b) => b.externalId !== '3');
      next.serviceBodies[1] = feedBody('2', '1', 'Made-up Area Renamed');
      next.meetings = next.meetings.map((m) => ({ ...m, serviceBodyExternalId: '2' }));
      const report = await importParsedFeed(t.store, next, { source: 'example-org' });
      expect(report.serviceBodies).toEqual({ added: 0, changed: 1, removed: 0 });
      expect(report.warnings.map((w) => w.message).join('\n')).toMatch(/left the feed but other records still use it/);
      expect(await t.store.serviceBodies.get(area.id)).toBeDefined();
    });

    it('gives the bodies a feed names but does not describe a body of the source, named by its id until it is described', async () => {
      // A saved GetSearchResults file: meetings name bodies 2 and 3, and nothing describes them.
      const file = smallFeed(4);
      file.serviceBodies = [];
      const first = await importParsedFeed(t.store, file, { source: 'example-org' });
      expect(first.serviceBodies).toEqual({ added: 2, changed: 0, removed: 0 });
      expect(first.warnings.map((w) => w.message)).toContain(
        'service body 2 is not described by the feed: added as "Service body 2" for its 2 meeting(s), until the source describes it',
      );
      const bodies = await t.store.serviceBodies.list();
      expect(bodies.map((b) => [b.externalId, b.name, b.source]).sort()).toEqual([
        ['2', 'Service body 2', 'example-org'],
        ['3', 'Service body 3', 'example-org'],
      ]);
      const meetings = await sourceMeetings(t.store, 'example-org');
      expect(meetings.every((m) => m.serviceBodyId !== null)).toBe(true);
      expect(meetings[0]!.serviceBodyId).toBe(bodies.find((b) => b.externalId === '2')!.id);

      // The same file again changes nothing; the root server then describes them, in place.
      expect(await importParsedFeed(t.store, file, { source: 'example-org' })).toMatchObject({
        unchanged: 4,
        serviceBodies: { added: 0, changed: 0, removed: 0 },
      });
      const described = await importParsedFeed(t.store, smallFeed(4), { source: 'example-org' });
      expect(described.serviceBodies).toEqual({ added: 1, changed: 2, removed: 0 });
      const after = await t.store.serviceBodies.list();
      expect(after.find((b) => b.externalId === '2')).toMatchObject({
        id: bodies.find((b) => b.externalId === '2')!.id,
        name: 'Made-up Area 2',
      });

      // A file after that keeps the described names.
      await importParsedFeed(t.store, file, { source: 'example-org' });
      expect((await t.store.serviceBodies.list()).find((b) => b.externalId === '3')!.name).toBe('Made-up Area 3');
    });

    it('deletes every meeting and body of a source on removeAll', async () => {
      await importParsedFeed(t.store, smallFeed(3), { source: 'example-org' });
      const result = await t.store.sourceData.removeAll('example-org', 'admin');
      expect(result).toMatchObject({ removed: 3, serviceBodies: { removed: 3 } });
      expect(await t.store.meetings.countBySource('example-org')).toBe(0);
      expect(await t.store.serviceBodies.list()).toEqual([]);
    });
  });
}
