import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/domain/problem.js';
import type { Change } from '../../src/store/change-log.js';
import { migrateToLatest, MigrationError } from '../../src/store/migrate.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { connect } from '../../src/store/store.js';
import { engines, type TestStore } from '../support/engines.js';
import { meetingInput, onlineMeetingInput } from '../support/fixtures.js';

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`store contract on ${engine.name}`, () => {
    let t: TestStore;
    let tick = 0;
    beforeEach(async () => {
      tick = 0;
      // A clock that moves a second per call, so created and updated times differ.
      t = await engine.fresh({ clock: () => new Date(Date.UTC(2026, 10, 26, 12, 0, tick++)) });
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('starts with the format catalogue and programs, and no meetings', async () => {
      const formats = await t.store.reference.formats();
      expect(formats.map((f) => f.code)).toEqual(expect.arrayContaining(['O', 'C', 'BT', 'VM', 'HY', 'ES']));
      expect(formats.find((f) => f.code === 'C')?.text.es.name).toBe('Cerrada');
      const programs = await t.store.reference.programs();
      expect(programs.map((p) => p.code)).toContain('NA');
      expect(await t.store.meetings.count()).toBe(0);
      expect(await t.store.isFresh()).toBe(true);
    });

    it('migrates idempotently and re-adds no reference data', async () => {
      expect(await migrateToLatest(t.store.db as Kysely<unknown>)).toEqual([]);
      expect(await t.store.reference.ensureDefaults('test')).toBe(0);
    });

    it('creates a meeting and reads back every field, with normalised types', async () => {
      const input = meetingInput();
      const created = await t.store.meetings.create(input, 'alice');
      expect(created.id).toBeTypeOf('number');
      expect(created.slug).toBe('test-tuesday-night-portland-or');
      const read = await t.store.meetings.get(created.id);
      expect(read).toEqual({
        ...input,
        slug: created.slug,
        id: created.id,
        createdAt: created.createdAt,
        updatedAt: created.updatedAt,
        checkedAt: null,
      });
      expect(read?.published).toBe(true);
      expect(read?.venue.approximate).toBe(false);
      expect(read?.venue.latitude).toBeCloseTo(45.5152, 6);
      expect(await t.store.meetings.getBySlug(created.slug)).toEqual(read);
      expect(await t.store.meetings.count()).toBe(1);
      expect(await t.store.isFresh()).toBe(false);
    });

    it('keeps format order as given', async () => {
      const created = await t.store.meetings.create(meetingInput({ formats: ['WC', 'C', 'JT'] }), 'alice');
      expect((await t.store.meetings.get(created.id))?.formats).toEqual(['WC', 'C', 'JT']);
    });

    it('logs every write with actor, before and after, in the same transaction', async () => {
      const created = await t.store.meetings.create(meetingInput(), 'alice');
      const updated = await t.store.meetings.update(created.id, { ...meetingInput(), name: 'Renamed' }, 'bob');
      expect(updated?.name).toBe('Renamed');
      expect(updated?.slug).toBe(created.slug);
      expect(updated!.updatedAt > created.updatedAt).toBe(true);
      expect(await t.store.meetings.remove(created.id, 'carol')).toBe(true);
      expect(await t.store.meetings.get(created.id)).toBeUndefined();

      const log = await t.store.changes.forEntity('meeting', created.id);
      expect(log.map((c) => [c.action, c.actor])).toEqual([
        ['create', 'alice'],
        ['update', 'bob'],
        ['delete', 'carol'],
      ]);
      expect(log[0]?.before).toBeNull();
      expect(log[0]?.after).toMatchObject({ name: 'Test Tuesday Night', id: created.id });
      expect(log[1]?.before).toMatchObject({ name: 'Test Tuesday Night' });
      expect(log[1]?.after).toMatchObject({ name: 'Renamed' });
      expect(log[2]?.after).toBeNull();
      const seqs = log.map((c) => c.seq);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      expect(await t.store.changes.latestSeq()).toBe(seqs[2]);
    });

    it('rejects an invalid meeting naming every field at fault, and writes nothing', async () => {
      const seqBefore = await t.store.changes.latestSeq();
      const bad = {
        ...meetingInput(),
        name: '',
        schedule: { weekday: 9, startTime: '7pm', durationMinutes: 60, timeZone: 'Mars/Olympus' },
        formats: ['C', 'NOPE'],
      };
      const error = await t.store.meetings.create(bad, 'alice').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      const fields = (error as ValidationError).problems.map((p) => p.field);
      expect(fields).toEqual(expect.arrayContaining(['name', 'schedule.weekday', 'schedule.startTime', 'schedule.timeZone', 'formats']));
      expect(await t.store.meetings.count()).toBe(0);
      expect(await t.store.changes.latestSeq()).toBe(seqBefore);
    });

    it('writes a batch all or nothing: one bad meeting leaves no partial write', async () => {
      const seqBefore = await t.store.changes.latestSeq();
      const batch = [meetingInput(), meetingInput({ name: 'Second' }), { ...meetingInput(), attendance: 'online' }];
      const error = await t.store.meetings.createMany(batch, 'importer').catch((e: unknown) => e);
      expect((error as ValidationError).problems.map((p) => p.field)).toEqual(['2.online.conferenceUrl']);
      expect(await t.store.meetings.count()).toBe(0);
      expect(await t.store.changes.latestSeq()).toBe(seqBefore);
    });

    it('rolls back a batch that fails inside the database, including its change-log rows', async () => {
      await t.store.meetings.create(meetingInput({ slug: 'taken' }), 'alice');
      const seqBefore = await t.store.changes.latestSeq();
      const committed: Change[][] = [];
      t.store.changes.events.on('committed', (changes) => committed.push(changes));
      const error = await t.store.meetings
        .createMany([meetingInput({ name: 'Fine' }), meetingInput({ serviceBodyId: 999_999 })], 'importer')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(await t.store.meetings.count()).toBe(1);
      expect(await t.store.changes.latestSeq()).toBe(seqBefore);
      expect(committed).toEqual([]);
    });

    it('announces changes only after they are committed', async () => {
      const seqBefore = await t.store.changes.latestSeq();
      const committed: Change[][] = [];
      t.store.changes.events.on('committed', (changes) => committed.push(changes));
      const created = await t.store.meetings.createMany([meetingInput(), onlineMeetingInput()], 'alice');
      expect(committed).toHaveLength(1);
      expect(committed[0]?.map((c) => c.entityId)).toEqual(created.map((m) => String(m.id)));
      const logged = await t.store.changes.since(seqBefore);
      expect(logged.map((c) => c.seq)).toEqual(committed[0]?.map((c) => c.seq));
    });

    it('makes slugs unique and refuses a taken explicit slug', async () => {
      const a = await t.store.meetings.create(meetingInput(), 'alice');
      const b = await t.store.meetings.create(meetingInput(), 'alice');
      const [c, d] = await t.store.meetings.createMany([meetingInput(), meetingInput()], 'alice');
      expect([a.slug, b.slug, c?.slug, d?.slug]).toEqual([
        'test-tuesday-night-portland-or',
        'test-tuesday-night-portland-or-2',
        'test-tuesday-night-portland-or-3',
        'test-tuesday-night-portland-or-4',
      ]);
      const error = await t.store.meetings.create(meetingInput({ slug: a.slug }), 'alice').catch((e: unknown) => e);
      expect((error as ValidationError).problems).toEqual([{ field: 'slug', message: 'is taken' }]);
      const clash = await t.store.meetings.update(b.id, meetingInput({ slug: a.slug }), 'alice').catch((e: unknown) => e);
      expect(clash).toBeInstanceOf(ValidationError);
    });

    it('keeps source and external id unique, so re-imports can match', async () => {
      const provenance = { source: 'bmlt:test', externalId: '42' };
      await t.store.meetings.create(meetingInput({ provenance }), 'importer');
      await expect(t.store.meetings.create(meetingInput({ provenance }), 'importer')).rejects.toThrow();
      await t.store.meetings.create(meetingInput({ provenance: { source: 'bmlt:other', externalId: '42' } }), 'importer');
      expect(await t.store.meetings.count()).toBe(2);
    });

    it('counts published US meetings by state, leaving out unpublished and foreign ones', async () => {
      const base = meetingInput();
      await t.store.meetings.createMany(
        [
          meetingInput(),
          meetingInput(),
          meetingInput({ published: false }),
          meetingInput({ venue: { ...base.venue, state: 'DC', city: 'Washington', postalCode: '20001' } }),
          meetingInput({ venue: { ...base.venue, country: 'CA', state: 'ON', postalCode: 'M5V 2T6' } }),
        ],
        'alice',
      );
      expect(Object.fromEntries(await t.store.meetings.countPublishedByState())).toEqual({ OR: 2, DC: 1 });
      expect(await t.store.meetings.count({ publishedOnly: true })).toBe(4);
      expect(await t.store.meetings.count()).toBe(5);
    });

    it('reads every meeting in pages, with formats, or only the published ones', async () => {
      const inputs = Array.from({ length: 5200 }, (_, i) =>
        meetingInput({ name: `M${i}`, published: i % 100 !== 0, formats: i % 2 ? ['O'] : ['C', 'D'] }),
      );
      await t.store.meetings.createMany(inputs, 'alice');
      const pages: number[] = [];
      const all = [];
      for await (const page of t.store.meetings.all()) {
        pages.push(page.length);
        all.push(...page);
      }
      expect(pages).toEqual([2000, 2000, 1200]);
      expect(all.map((m) => m.name)).toEqual(inputs.map((m) => m.name));
      expect(all.every((m, i) => m.formats.join() === inputs[i]!.formats.join())).toBe(true);
      let published = 0;
      for await (const page of t.store.meetings.all({ publishedOnly: true })) published += page.length;
      expect(published).toBe(5200 - 52);
    });

    it('holds a service-body tree and refuses a parent that does not exist', async () => {
      const region = await t.store.serviceBodies.create({ name: 'Test Region', type: 'region', helpline: '+1 555-0100' }, 'alice');
      const area = await t.store.serviceBodies.create({ name: 'Test Area', type: 'area', parentId: region.id }, 'alice');
      expect(area.parentId).toBe(region.id);
      expect((await t.store.serviceBodies.list()).map((b) => b.name)).toEqual(['Test Region', 'Test Area']);
      const error = await t.store.serviceBodies.create({ name: 'Orphan', type: 'area', parentId: 9999 }, 'alice').catch((e: unknown) => e);
      expect((error as ValidationError).problems).toEqual([{ field: 'parentId', message: 'no service body has id 9999' }]);
      const updated = await t.store.serviceBodies.update(area.id, { name: 'Renamed Area', type: 'area', parentId: region.id }, 'bob');
      expect(updated?.name).toBe('Renamed Area');
      expect((await t.store.changes.forEntity('service_body', area.id)).map((c) => c.action)).toEqual(['create', 'update']);
      const meeting = await t.store.meetings.create(meetingInput({ serviceBodyId: area.id }), 'alice');
      expect(meeting.serviceBodyId).toBe(area.id);
    });

    it('removes only sample meetings when the sample is replaced', async () => {
      await t.store.meetings.createMany([meetingInput({ sample: true }), meetingInput({ sample: true }), meetingInput()], 'alice');
      expect(await t.store.meetings.hasSample()).toBe(true);
      expect(await t.store.meetings.removeSample('seeder')).toBe(2);
      expect(await t.store.meetings.hasSample()).toBe(false);
      expect(await t.store.meetings.count()).toBe(1);
      const deletes = (await t.store.changes.since(0)).filter((c) => c.action === 'delete');
      expect(deletes).toHaveLength(2);
      expect(deletes[0]?.before).toMatchObject({ sample: true, formats: ['C', 'BT', 'WC'] });
    });
  });

  describe.skipIf(!engine.available)(`migrations on ${engine.name}`, () => {
    it('roll back whole when one fails, leaving the schema as it was', async () => {
      const database = await engine.emptyDatabase();
      const db = await connect(database.config);
      try {
        const broken = {
          ...MIGRATIONS,
          '0002-broken': {
            up: async (trx: Kysely<unknown>) => {
              await trx.schema.createTable('half_done').addColumn('id', 'integer').execute();
              await sql`select * from no_such_table`.execute(trx);
            },
          },
        };
        const error = await migrateToLatest(db as Kysely<unknown>, broken).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(MigrationError);
        expect((error as MigrationError).message).toMatch(/0002-broken failed and was rolled back/);
        const tables = (await db.introspection.getTables()).map((table) => table.name);
        expect(tables).not.toContain('half_done');
        expect(tables).not.toContain('meetings');
        expect(await migrateToLatest(db as Kysely<unknown>)).toEqual(Object.keys(MIGRATIONS));
      } finally {
        await db.destroy();
        await database.dispose();
      }
    });
  });
}
