import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/domain/meeting.js';
import { inputOfMeeting } from '../../src/domain/meeting-input.js';
import type { ServiceBody } from '../../src/domain/service-body.js';
import { signedIn, type AdminClient } from '../support/admin.js';
import { engines } from '../support/engines.js';
import { meetingInput } from '../support/fixtures.js';
import { initSite, type TestSite } from '../support/harness.js';

const BMLT = '/main_server/client_interface/json/';

type Row = { change_type: string; user_name: string; json_data: { after: Record<string, string> } };

for (const engine of engines()) {
  describe.skipIf(!engine.available)(`admin history, revert, restore and bulk edit on ${engine.name}`, () => {
    let t: TestSite;
    let area: ServiceBody;
    let otherArea: ServiceBody;
    let admin: AdminClient;
    let editor: AdminClient;

    beforeAll(async () => {
      t = await initSite(engine, {
        setup: async (store) => {
          const region = await store.serviceBodies.create({ name: 'History Region', type: 'region' }, 'test');
          area = await store.serviceBodies.create({ name: 'History Area', type: 'area', parentId: region.id }, 'test');
          otherArea = await store.serviceBodies.create({ name: 'Other Area', type: 'area' }, 'test');
        },
      });
      admin = await signedIn(t.app, t.store, { email: 'admin@test.example', role: 'admin' });
      editor = await signedIn(t.app, t.store, { email: 'editor@test.example', role: 'editor', bodies: [area.id] });
    });
    afterAll(() => t.dispose());

    async function meeting(
      name: string,
      bodyId: number | null = area.id,
      overrides: Parameters<typeof meetingInput>[0] = {},
    ): Promise<Meeting> {
      return t.store.meetings.create(meetingInput({ name, serviceBodyId: bodyId, ...overrides }), 'test');
    }

    it('shows an edit in the history with its field-by-field diff, and reverting restores it in public search at once', async () => {
      const m = await meeting('Diff Group');
      await t.store.meetings.update(
        m.id,
        { ...inputOfMeeting(m), schedule: { ...m.schedule, startTime: '20:15' }, formats: ['C', 'O'] },
        'editor@test.example',
      );
      const page = await admin.get('/admin/history?entityType=meeting');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<table class="diff">');
      expect(page.body).toMatch(/Start time<\/th><td><del>19:30<\/del><\/td><td><ins>20:15<\/ins>/);
      expect(page.body).toContain('aria-label="O added">O</ins>');
      expect(page.body).toContain('aria-label="BT removed">BT</del>');
      expect(page.body).toContain('editor@test.example');
      expect(page.body).toContain(' UTC</time>');

      const created = (await t.store.changes.forEntity('meeting', m.id))[0]!;
      const versions = await admin.get(`/admin/meetings/${m.id}/history`);
      expect(versions.body).toContain('Revert to this version');
      const reverted = await admin.post(`/admin/meetings/${m.id}/revert`, { seq: String(created.seq) }, `/admin/meetings/${m.id}/history`);
      expect(reverted.statusCode).toBe(303);
      expect(reverted.headers.location).toBe(`/admin/meetings/${m.id}/history?reverted=${created.seq}`);
      const back = (await t.store.meetings.get(m.id))!;
      expect(back.schedule.startTime).toBe('19:30');
      expect(back.formats).toEqual(['C', 'BT', 'WC']);
      const last = (await t.store.changes.forEntity('meeting', m.id)).at(-1)!;
      expect(last.actor).toBe('admin@test.example');
      expect(last.note).toMatch(/^revert to version of .+ UTC by test$/);
      await t.search.settled();
      expect(t.search.meeting(String(m.id))!.meeting.schedule.startTime).toBe('19:30');
      expect((await admin.get(last.note ? `/admin/meetings/${m.id}/history?reverted=${created.seq}` : '')).body).toContain(
        'The meeting is back',
      );
    });

    it('refuses a revert whose slug another meeting took since, and changes nothing', async () => {
      const m = await meeting('Slug Group', area.id, { slug: 'slug-group-one' });
      const first = (await t.store.changes.forEntity('meeting', m.id))[0]!;
      await t.store.meetings.update(m.id, { ...inputOfMeeting(m), slug: 'slug-group-two' }, 'test');
      await meeting('Squatter', area.id, { slug: 'slug-group-one' });
      const before = await t.store.changes.latestSeq();
      const refused = await admin.post(`/admin/meetings/${m.id}/revert`, { seq: String(first.seq) }, '/admin/history');
      expect(refused.statusCode).toBe(409);
      expect(refused.body).toContain('now belongs to another meeting');
      expect(await t.store.changes.latestSeq()).toBe(before);
      expect((await t.store.meetings.get(m.id))!.slug).toBe('slug-group-two');
    });

    it('lists a deleted meeting and restores it under its old id', async () => {
      const m = await meeting('Gone Group');
      await t.store.meetings.remove(m.id, 'test');
      const list = await editor.get('/admin/deleted');
      expect(list.body).toContain('Gone Group');
      const restored = await editor.post(`/admin/deleted/${m.id}/restore`, {}, '/admin/deleted');
      expect(restored.statusCode).toBe(303);
      const back = (await t.store.meetings.get(m.id))!;
      expect(back).toMatchObject({ id: m.id, name: 'Gone Group', slug: m.slug, createdAt: m.createdAt });
      const last = (await t.store.changes.forEntity('meeting', m.id)).at(-1)!;
      expect(last).toMatchObject({ action: 'create', actor: 'editor@test.example' });
      await t.search.settled();
      expect(t.search.meeting(String(m.id))?.meeting.name).toBe('Gone Group');
      expect((await editor.get('/admin/deleted')).body).not.toContain('Gone Group</a>');
      // A new meeting after the restore gets a fresh id, not the restored one's.
      expect((await meeting('After Restore')).id).toBeGreaterThan(m.id);
    });

    it('bulk-edits N meetings in one batch, and reverts them as one', async () => {
      const ms = await Promise.all(['Bulk A', 'Bulk B', 'Bulk C'].map((name) => meeting(name, area.id, { groupName: 'Bulkers' })));
      await t.search.settled();
      const search = 'q=Bulk';
      const page = await admin.get(`/admin/bulk?${search}`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Select all 3 results of this search');
      const form = { search, all: '1', field: 'formats-add', formats: 'O', note: '' };
      const preview = await admin.post('/admin/bulk', form, `/admin/bulk?${search}`);
      expect(preview.statusCode).toBe(200);
      expect(preview.body).toContain('This will change 3 meetings.');
      const edits = [...preview.body.matchAll(/name="edit" value="([^"]+)"/g)].map((match) => match[1]!);
      expect(edits).toHaveLength(3);
      const before = await t.store.changes.latestSeq();
      const applied = await admin.post('/admin/bulk', { ...form, confirm: '1', edit: edits, skipped: '0' }, `/admin/bulk?${search}`);
      expect(applied.statusCode).toBe(303);
      const written = await t.store.changes.since(before);
      expect(written).toHaveLength(3);
      const batch = written[0]!.batch!;
      expect(written.every((c) => c.batch === batch && c.note === 'bulk edit: Add formats')).toBe(true);
      expect(applied.headers.location).toBe(`/admin/history?batch=${batch}&done=3&skipped=0`);
      for (const m of ms) expect((await t.store.meetings.get(m.id))!.formats).toContain('O');
      const history = await admin.get(applied.headers.location as string);
      expect(history.body).toContain('Changed 3 meetings in one write');
      expect(history.body).toContain('3 changes in one write');

      // BMLT's GetChanges reads the same log: the bulk edit is there (its author's email is not: it is personal).
      const changes = (await t.app.inject({ method: 'GET', url: `${BMLT}?switcher=GetChanges&meeting_id=${ms[0]!.id}` })).json<Row[]>();
      const bulkChange = changes.find((c) => c.change_type === 'comdef_change_type_change')!;
      expect(bulkChange.json_data.after.formats).toContain('O');
      expect(JSON.stringify(changes)).not.toContain('admin@test.example');

      const revert = await admin.post(`/admin/history/batch/${batch}/revert`, {}, '/admin/history');
      expect(revert.statusCode).toBe(303);
      const undo = await t.store.changes.since(before + 3);
      expect(undo).toHaveLength(3);
      expect(new Set(undo.map((c) => c.batch)).size).toBe(1);
      for (const m of ms) expect((await t.store.meetings.get(m.id))!.formats).toEqual(['C', 'BT', 'WC']);
      await t.search.settled();
      expect(t.search.meeting(String(ms[1]!.id))!.meeting.formats).not.toContain('O');
    });

    it('publishes drafts in bulk: the search reaches unpublished meetings as the meetings list does', async () => {
      const drafts = await Promise.all(['Draftwork One', 'Draftwork Two'].map((name) => meeting(name, area.id, { published: false })));
      await t.search.settled();
      const search = 'q=Draftwork';
      const page = await admin.get(`/admin/bulk?${search}`);
      expect(page.body).toContain('Select all 2 results of this search');
      const form = { search, all: '1', field: 'published', published: 'yes', note: '' };
      const preview = await admin.post('/admin/bulk', form, `/admin/bulk?${search}`);
      expect(preview.body).toContain('This will change 2 meetings.');
      const edits = [...preview.body.matchAll(/name="edit" value="([^"]+)"/g)].map((match) => match[1]!);
      const applied = await admin.post('/admin/bulk', { ...form, confirm: '1', edit: edits, skipped: '0' }, `/admin/bulk?${search}`);
      expect(applied.statusCode).toBe(303);
      for (const d of drafts) expect((await t.store.meetings.get(d.id))!.published).toBe(true);
      await t.search.settled();
      expect(t.search.meeting(String(drafts[0]!.id))?.meeting.name).toBe('Draftwork One');
    });

    it('refuses to revert a write when one of its meetings changed since, and names it', async () => {
      const m = await meeting('Changed Since');
      await t.search.settled();
      const form = { search: 'q=Changed Since', id: String(m.id), field: 'published', published: 'no' };
      const preview = await admin.post('/admin/bulk', form, '/admin/bulk');
      const edits = [...preview.body.matchAll(/name="edit" value="([^"]+)"/g)].map((match) => match[1]!);
      expect((await admin.post('/admin/bulk', { ...form, confirm: '1', edit: edits }, '/admin/bulk')).statusCode).toBe(303);
      const batch = (await t.store.changes.forEntity('meeting', m.id)).at(-1)!.batch!;
      const now = (await t.store.meetings.get(m.id))!;
      await t.store.meetings.update(m.id, { ...inputOfMeeting(now), name: 'Changed Since Renamed' }, 'test');
      const seq = await t.store.changes.latestSeq();
      const refused = await admin.post(`/admin/history/batch/${batch}/revert`, {}, '/admin/history');
      expect(refused.statusCode).toBe(409);
      expect(refused.body).toContain('Changed Since Renamed: changed since');
      expect(await t.store.changes.latestSeq()).toBe(seq);
    });

    it("skips, in an editor's bulk edit, the meetings of bodies they may not edit, and says why", async () => {
      const mine = await meeting('Scope Mine', area.id);
      const theirs = await meeting('Scope Theirs', otherArea.id);
      await t.search.settled();
      const form = { search: 'q=Scope', all: '1', field: 'time-zone', timeZone: 'America/Denver' };
      const preview = await editor.post('/admin/bulk', form, '/admin/bulk');
      expect(preview.body).toContain('This will change one meeting.');
      expect(preview.body).toContain('Scope Theirs: you may not edit meetings of its service body');
      const edits = [...preview.body.matchAll(/name="edit" value="([^"]+)"/g)].map((match) => match[1]!);
      // Even a forged apply naming the other body's meeting leaves it alone.
      const forged = [...edits, `${theirs.id}@${theirs.updatedAt}`];
      const applied = await editor.post('/admin/bulk', { ...form, confirm: '1', edit: forged, skipped: '1' }, '/admin/bulk');
      expect(applied.statusCode).toBe(303);
      expect((await t.store.meetings.get(mine.id))!.schedule.timeZone).toBe('America/Denver');
      expect((await t.store.meetings.get(theirs.id))!.schedule.timeZone).toBe('America/Los_Angeles');
    });

    it('re-renders the bulk form with the error beside the field and the input kept', async () => {
      const bad = await admin.post(
        '/admin/bulk',
        { search: 'q=Bulk', all: '1', field: 'time-zone', timeZone: 'Mars/Olympus' },
        '/admin/bulk',
      );
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('id="timeZone-error"');
      expect(bad.body).toContain('value="Mars/Olympus"');
      const none = await admin.post('/admin/bulk', { search: 'q=Bulk', field: 'published', published: 'no' }, '/admin/bulk');
      expect(none.statusCode).toBe(400);
      expect(none.body).toContain('choose at least one meeting');
    });

    it('shows an editor only the history of meetings in reach; GetChanges shows an admin edit', async () => {
      const theirs = await meeting('Hidden From Editor', otherArea.id);
      await t.store.meetings.update(theirs.id, { ...inputOfMeeting(theirs), notes: 'edited by admin' }, 'admin@test.example');
      expect((await admin.get('/admin/history')).body).toContain('Hidden From Editor');
      expect((await editor.get('/admin/history')).body).not.toContain('Hidden From Editor');
      expect((await editor.get(`/admin/meetings/${theirs.id}/history`)).statusCode).toBe(403);
      const changes = (await t.app.inject({ method: 'GET', url: `${BMLT}?switcher=GetChanges&meeting_id=${theirs.id}` })).json<Row[]>();
      expect(changes.find((c) => c.change_type === 'comdef_change_type_change')?.json_data.after.comments).toBe('edited by admin');
      expect((await admin.get('/admin/history?from=2026-02-30')).statusCode).toBe(400);
    });
  });
}
