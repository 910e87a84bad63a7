import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toPublicMeeting, type Meeting, type MeetingInput, type PublicMeeting } from '../../src/domain/meeting.js';
import type { RawParams } from '../../src/domain/query-params.js';
import { SearchService } from '../../src/search/service.js';
import { openStore, type Store } from '../../src/store/store.js';
import { engines } from '../support/engines.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';
import { initSearch, type TestSearch } from '../support/harness.js';

/**
 * The search service follows the store without a restart: every change committed through
 * the repositories (this process's, and on PostgreSQL another process's) reaches the index
 * once `settled()` resolves. Time is fixed: Tuesday 2026-11-24 03:30 UTC.
 */

const NOW = Date.parse('2026-11-24T03:30:00Z');
const PRIVATE_TEXT = ['secretary@test.example', 'Test secretary', 'Key is with the custodian.'];

const DENVER = { city: 'Denver', county: 'Denver', state: 'CO', postalCode: '80202', latitude: 39.7525, longitude: -104.9995 };

function harborLights(): MeetingInput {
  return meetingInput({
    name: 'Harbor Lights',
    groupName: 'Harbor Lights Group',
    schedule: { weekday: 3, startTime: '19:00', durationMinutes: 60, timeZone: 'America/Los_Angeles' },
    contacts: [{ name: 'Test secretary', email: 'secretary@test.example', phone: '+1 555-0100' }],
    adminNotes: 'Key is with the custodian.',
  });
}

/** Harbor Lights renamed and moved to Denver, on Thursdays. */
function mountainSerenity(published = true): MeetingInput {
  const base = harborLights();
  return {
    ...base,
    name: 'Mountain Serenity',
    groupName: 'Mountain Serenity Group',
    schedule: { weekday: 4, startTime: '18:30', durationMinutes: 90, timeZone: 'America/Denver' },
    venue: {
      ...base.venue,
      ...DENVER,
      name: 'Larimer Square Hall',
      street: '1400 Larimer St',
      neighborhood: 'LoDo',
      regions: ['Colorado', 'Denver'],
    },
    published,
  };
}

/** No record in the index carries a private field or its text. */
function expectNothingPrivate(service: SearchService): void {
  for (const record of service.index.all()) {
    expect(record).not.toHaveProperty('contacts');
    expect(record).not.toHaveProperty('adminNotes');
    const text = JSON.stringify(record);
    for (const secret of PRIVATE_TEXT) expect(text).not.toContain(secret);
  }
}

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`search service following the store on ${engine.name}`, () => {
    let t: TestSearch;
    let service: SearchService;
    let portland: Meeting;
    let online: Meeting;
    let hidden: Meeting;

    const find = (params: RawParams): number[] => service.search(service.parse(params)).meetings.map((m) => m.id);
    const stored = async (id: number, store: Store = t.store): Promise<PublicMeeting> => toPublicMeeting((await store.meetings.get(id))!);

    beforeEach(async () => {
      t = await initSearch(engine, {
        clock: () => NOW,
        setup: async (store) => {
          portland = await store.meetings.create(meetingInput(), 'test');
          online = await store.meetings.create(onlineMeetingInput(), 'test');
          await store.meetings.create(
            meetingInput({
              name: 'Seattle Noon',
              venue: { ...meetingInput().venue, city: 'Seattle', state: 'WA', latitude: 47.6062, longitude: -122.3321 },
            }),
            'test',
          );
          hidden = await store.meetings.create(meetingInput({ name: 'Hidden Draft', published: false }), 'test');
        },
      });
      service = t.search;
    });
    afterEach(() => t.dispose());

    it('starts with the published meetings only, without private fields', async () => {
      expect(service.index.size).toBe(3);
      expect(service.index.get(portland.id)).toEqual(await stored(portland.id));
      expect(service.index.get(online.id)).toEqual(await stored(online.id));
      expect(service.index.get(hidden.id)).toBeUndefined();
      expect(find({ q: 'hidden' })).toEqual([]);
      expectNothingPrivate(service);
    });

    it('follows a meeting through creation, change, unpublishing, republishing and deletion without a restart', async () => {
      const index = service.index;

      // Appears.
      const created = await t.store.meetings.create(harborLights(), 'alice');
      await service.settled();
      expect(service.index).toBe(index);
      expect(index.get(created.id)).toEqual(await stored(created.id));
      expect(index.getBySlug(created.slug)?.id).toBe(created.id);
      expect(find({ q: 'harbor' })).toEqual([created.id]);
      expect(find({ near: 'Portland, OR', day: 'wednesday' })).toContain(created.id);
      expect(find({ near: 'Denver, CO' })).not.toContain(created.id);
      expect(service.search(service.parse({ q: 'harbor lights' })).total).toBe(1);
      expectNothingPrivate(service);

      // Changes name, place and day.
      await t.store.meetings.update(created.id, mountainSerenity(), 'bob');
      await service.settled();
      expect(index.get(created.id)).toEqual(await stored(created.id));
      expect(index.get(created.id)).toMatchObject({
        name: 'Mountain Serenity',
        venue: { city: 'Denver', state: 'CO' },
        schedule: { weekday: 4 },
      });
      expect(find({ q: 'harbor' })).toEqual([]);
      expect(find({ q: 'mountain serenity' })).toEqual([created.id]);
      expect(find({ q: 'larimer' })).toEqual([created.id]);
      expect(find({ near: 'Denver, CO' })).toEqual([created.id]);
      const [inDenver] = service.search(service.parse({ near: 'Denver, CO' })).meetings;
      expect(inDenver?.distance).toBeLessThan(5);
      expect(find({ near: 'Portland, OR' })).not.toContain(created.id);
      expect(find({ city: 'denver', state: 'Colorado' })).toEqual([created.id]);
      expect(find({ city: 'Portland' })).not.toContain(created.id);
      expect(find({ day: 'thursday' })).toContain(created.id);
      expect(find({ day: 'wednesday' })).not.toContain(created.id);
      expectNothingPrivate(service);

      // Unpublished: gone from the index and every search.
      await t.store.meetings.update(created.id, mountainSerenity(false), 'carol');
      await service.settled();
      expect(index.get(created.id)).toBeUndefined();
      expect(index.getBySlug(created.slug)).toBeUndefined();
      expect(find({ q: 'mountain' })).toEqual([]);
      expect(find({ ids: String(created.id) })).toEqual([]);
      expect(find({ near: 'Denver, CO', radius: '500' })).toEqual([]);
      expect(index.size).toBe(3);

      // Published again: back, as stored.
      await t.store.meetings.update(created.id, mountainSerenity(true), 'dave');
      await service.settled();
      expect(index.get(created.id)).toEqual(await stored(created.id));
      expect(find({ q: 'mountain' })).toEqual([created.id]);
      expect(index.size).toBe(4);
      expectNothingPrivate(service);

      // Deleted.
      expect(await t.store.meetings.remove(created.id, 'erin')).toBe(true);
      await service.settled();
      expect(index.get(created.id)).toBeUndefined();
      expect(index.getBySlug(created.slug)).toBeUndefined();
      expect(find({ q: 'mountain' })).toEqual([]);
      expect(find({ near: 'Denver, CO', radius: '500' })).toEqual([]);
      expect(index.size).toBe(3);

      // The meetings nobody touched are as they were.
      expect(index.get(portland.id)).toEqual(await stored(portland.id));
      expect(find({ q: 'test tuesday' })).toEqual([portland.id]);
    });

    it('publishes a draft when it is published, and follows a slug change', async () => {
      await t.store.meetings.update(hidden.id, { ...meetingInput({ name: 'Hidden Draft' }), slug: 'hidden-draft-live' }, 'alice');
      await service.settled();
      expect(service.index.get(hidden.id)).toEqual(await stored(hidden.id));
      expect(service.index.getBySlug('hidden-draft-live')?.id).toBe(hidden.id);
      expect(service.index.getBySlug(hidden.slug)).toBeUndefined();
      expect(find({ q: 'hidden draft' })).toEqual([hidden.id]);
    });

    it('keeps contacts and admin notes out of records and results, however a meeting arrives', async () => {
      const many = await t.store.meetings.createMany(
        [harborLights(), mountainSerenity(), { ...harborLights(), name: 'Harbor Dawn', adminNotes: 'Key is with the custodian.' }],
        'bulk',
      );
      await t.store.meetings.update(online.id, { ...onlineMeetingInput(), adminNotes: 'Key is with the custodian.' }, 'alice');
      await service.settled();
      for (const m of many) expect(service.index.get(m.id)).toEqual(await stored(m.id));
      expectNothingPrivate(service);
      const answer = service.search(service.parse({ limit: '200' }));
      expect(answer.total).toBe(6);
      const text = JSON.stringify(answer);
      for (const secret of PRIVATE_TEXT) expect(text).not.toContain(secret);
      for (const meeting of answer.meetings) {
        expect(meeting).not.toHaveProperty('contacts');
        expect(meeting).not.toHaveProperty('adminNotes');
      }
    });

    describe.skipIf(engine.name !== 'postgres')('with a second process writing to the same database', () => {
      let other: Store;
      beforeEach(async () => {
        other = await openStore(t.config);
      });
      afterEach(async () => {
        await other.close();
      });

      it('sees its creations, changes, unpublishing and deletions after settled()', async () => {
        const created = await other.meetings.create(harborLights(), 'node-2');
        // No event reaches this process and it does not poll on its own (pollMs 0): only settled() reads the log.
        expect(service.index.get(created.id)).toBeUndefined();
        await service.settled();
        expect(service.index.get(created.id)).toEqual(await stored(created.id));
        expect(find({ q: 'harbor' })).toEqual([created.id]);

        await other.meetings.update(created.id, mountainSerenity(), 'node-2');
        await service.settled();
        expect(service.index.get(created.id)).toEqual(await stored(created.id));
        expect(find({ q: 'harbor' })).toEqual([]);
        expect(find({ near: 'Denver, CO' })).toEqual([created.id]);

        await other.meetings.update(created.id, mountainSerenity(false), 'node-2');
        await service.settled();
        expect(service.index.get(created.id)).toBeUndefined();
        expect(find({ q: 'mountain' })).toEqual([]);

        await other.meetings.update(created.id, mountainSerenity(true), 'node-2');
        await service.settled();
        expect(find({ q: 'mountain' })).toEqual([created.id]);

        expect(await other.meetings.remove(portland.id, 'node-2')).toBe(true);
        expect(await other.meetings.remove(created.id, 'node-2')).toBe(true);
        await service.settled();
        expect(service.index.get(created.id)).toBeUndefined();
        expect(service.index.get(portland.id)).toBeUndefined();
        expect(find({ q: 'mountain' })).toEqual([]);
        expect(find({ q: 'test tuesday' })).toEqual([]);
        expect(service.index.size).toBe(2);
        expectNothingPrivate(service);
      });

      it("applies both processes' writes when they interleave", async () => {
        const mine = await t.store.meetings.create(meetingInput({ name: 'Mine First' }), 'node-1');
        const theirs = await other.meetings.create(meetingInput({ name: 'Theirs Between' }), 'node-2');
        // This one's event comes after a gap in the sequence: the change in the gap must be read from the log.
        const mineAgain = await t.store.meetings.create(meetingInput({ name: 'Mine Again' }), 'node-1');
        await other.meetings.update(mine.id, meetingInput({ name: 'Mine Renamed Elsewhere' }), 'node-2');
        await service.settled();
        expect(service.index.get(theirs.id)).toEqual(await stored(theirs.id));
        expect(service.index.get(mineAgain.id)).toEqual(await stored(mineAgain.id));
        expect(service.index.get(mine.id)?.name).toBe('Mine Renamed Elsewhere');
        expect(find({ q: 'theirs' })).toEqual([theirs.id]);
        expect(find({ q: 'mine' }).sort((a, b) => a - b)).toEqual([mine.id, mineAgain.id].sort((a, b) => a - b));
      });

      it("finds the other process's writes by polling, without settled()", async () => {
        const polling = await SearchService.start(t.store, { clock: () => NOW, pollMs: 20 });
        try {
          const created = await other.meetings.create(harborLights(), 'node-2');
          await vi.waitFor(
            () => {
              expect(polling.index.get(created.id)?.name).toBe('Harbor Lights');
            },
            { timeout: 10_000, interval: 20 },
          );
          await other.meetings.remove(created.id, 'node-2');
          await vi.waitFor(
            () => {
              expect(polling.index.get(created.id)).toBeUndefined();
            },
            { timeout: 10_000, interval: 20 },
          );
        } finally {
          await polling.stop();
        }
      });

      /**
       * PostgreSQL hands out sequence numbers at insert time, not at commit: a transaction that
       * took its number first may commit after a later one has been read. Here a deferred trigger holds the slow writer's commit on an advisory
       * lock until a faster write has been committed and followed; the follower must look again.
       */
      it('applies a change whose transaction took a lower sequence number but committed later', async () => {
        await sql`
          create function openrooms_test_gate() returns trigger language plpgsql as $$
          begin
            if new.actor = 'slow-writer' then perform pg_advisory_xact_lock_shared(4242); end if;
            return null;
          end $$`.execute(t.store.db);
        await sql`
          create constraint trigger openrooms_test_gate after insert on changes
          deferrable initially deferred for each row execute function openrooms_test_gate()`.execute(t.store.db);
        const gate = new pg.Client({ connectionString: t.config.databaseUrl });
        await gate.connect();
        try {
          await gate.query('select pg_advisory_lock(4242)');
          const slow = other.meetings.create(meetingInput({ name: 'Slow Commit' }), 'slow-writer');
          // Wait until the slow writer has its sequence number and is blocked at commit.
          await vi.waitFor(
            async () => {
              const waiting = await gate.query<{ n: string }>(
                "select count(*) as n from pg_locks where locktype = 'advisory' and not granted",
              );
              expect(Number(waiting.rows[0]?.n)).toBe(1);
            },
            { timeout: 10_000, interval: 20 },
          );
          const fast = await t.store.meetings.create(meetingInput({ name: 'Fast Commit' }), 'node-1');
          await service.settled();
          expect(service.index.get(fast.id)?.name).toBe('Fast Commit');
          await gate.query('select pg_advisory_unlock(4242)');
          const late = await slow;
          expect(late.id).toBeLessThan(fast.id);
          await service.settled();
          expect(service.index.get(late.id)?.name).toBe('Slow Commit');
        } finally {
          await gate.end();
        }
      });
    });
  });
}
