/** The authorization matrix's rows for history, revert, restore and bulk edit (issue 12 §4, §5). */
import { inputOfMeeting } from '../../../src/domain/meeting-input.js';
import type { Meeting } from '../../../src/domain/meeting.js';
import { AREA_EDITORS, AREA_VIEWERS, SIGNED_IN, type AccessCase, type AccessWorld } from '../../support/access.js';
import { meetingInput } from '../../support/fixtures.js';

/** A fresh meeting of the area with one edit after its creation, so it has an earlier version. */
async function editedMeeting(world: AccessWorld): Promise<{ meeting: Meeting; createSeq: number; batch: string }> {
  const store = world.site.store;
  const made = await store.meetings.create(meetingInput({ name: 'Matrix History', serviceBodyId: world.area.id }), 'test');
  const meeting = (await store.meetings.update(made.id, { ...inputOfMeeting(made), notes: 'edited' }, 'test'))!;
  const changes = await store.changes.forEntity('meeting', made.id);
  return { meeting, createSeq: changes[0]!.seq, batch: changes.at(-1)!.batch! };
}

export const cases: AccessCase[] = [
  {
    label: 'GET /admin/history',
    method: 'GET',
    route: '/admin/history',
    request: () => Promise.resolve({ path: '/admin/history' }),
    allowed: SIGNED_IN,
    writes: false,
  },
  {
    label: 'GET /admin/meetings/:id/history',
    method: 'GET',
    route: '/admin/meetings/:id/history',
    request: (world) => Promise.resolve({ path: `/admin/meetings/${world.meeting.id}/history` }),
    allowed: AREA_VIEWERS,
    writes: false,
  },
  {
    label: 'POST /admin/meetings/:id/revert',
    method: 'POST',
    route: '/admin/meetings/:id/revert',
    request: async (world) => {
      const { meeting, createSeq } = await editedMeeting(world);
      return { path: `/admin/meetings/${meeting.id}/revert`, form: { seq: String(createSeq) } };
    },
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'POST /admin/history/batch/:batch/revert',
    method: 'POST',
    route: '/admin/history/batch/:batch/revert',
    request: async (world) => {
      const { batch } = await editedMeeting(world);
      return { path: `/admin/history/batch/${batch}/revert`, form: {} };
    },
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'GET /admin/deleted',
    method: 'GET',
    route: '/admin/deleted',
    request: () => Promise.resolve({ path: '/admin/deleted' }),
    allowed: SIGNED_IN,
    writes: false,
  },
  {
    label: 'POST /admin/deleted/:id/restore',
    method: 'POST',
    route: '/admin/deleted/:id/restore',
    request: async (world) => {
      const store = world.site.store;
      const gone = await store.meetings.create(meetingInput({ name: 'Matrix Deleted', serviceBodyId: world.area.id }), 'test');
      await store.meetings.remove(gone.id, 'test');
      return { path: `/admin/deleted/${gone.id}/restore`, form: {} };
    },
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'GET /admin/bulk',
    method: 'GET',
    route: '/admin/bulk',
    request: () => Promise.resolve({ path: '/admin/bulk?q=Matrix' }),
    allowed: ['editor-other', ...AREA_EDITORS],
    writes: false,
  },
  {
    label: 'POST /admin/bulk (apply)',
    method: 'POST',
    route: '/admin/bulk',
    request: async (world) => {
      const meeting = await world.site.store.meetings.create(meetingInput({ name: 'Matrix Bulk', serviceBodyId: world.area.id }), 'test');
      return {
        path: '/admin/bulk',
        form: { search: '', confirm: '1', edit: `${meeting.id}@${meeting.updatedAt}`, field: 'published', published: 'no', skipped: '0' },
      };
    },
    allowed: AREA_EDITORS,
    writes: true,
  },
];
