import type { Meeting } from '../../../src/domain/meeting.js';
import { formValuesOfMeeting } from '../../../src/http/admin/meeting-form.js';
import { AREA_EDITORS, AREA_VIEWERS, SIGNED_IN, type AccessCase, type AccessWorld } from '../../support/access.js';
import type { FormFields } from '../../support/admin.js';
import { meetingInput } from '../../support/fixtures.js';

/** The meeting form's fields for a meeting, as its edit page would post them. */
function formFor(meeting: Meeting): FormFields {
  const values = formValuesOfMeeting(meeting);
  return { ...values.fields, formats: values.formats, categories: values.categories, _updatedAt: meeting.updatedAt };
}

let made = 0;

/** A meeting of the area of its own for one actor's request: a write by an allowed actor cannot spoil the next cell. */
function freshMeeting(world: AccessWorld, published = true): Promise<Meeting> {
  made++;
  return world.site.store.meetings.create(meetingInput({ name: `Matrix Fresh ${made}`, serviceBodyId: world.area.id, published }), 'test');
}

const EDITS_MEETINGS = ['editor-other', 'editor', 'body-admin-parent', 'admin'] as const;

export const cases: AccessCase[] = [
  {
    label: 'GET /admin/meetings (the list)',
    method: 'GET',
    route: '/admin/meetings',
    request: () => Promise.resolve({ path: '/admin/meetings?q=matrix' }),
    allowed: SIGNED_IN,
    writes: false,
    check(response, actor, world) {
      // Only those who may see the area's meetings find its meeting in the list.
      const listed = response.body.includes(`href="/admin/meetings/${world.meeting.id}"`);
      if (listed !== AREA_VIEWERS.includes(actor)) throw new Error(`${actor}: the area's meeting is ${listed ? '' : 'not '}listed`);
    },
  },
  {
    label: 'GET /admin/meetings/new',
    method: 'GET',
    route: '/admin/meetings/new',
    request: () => Promise.resolve({ path: '/admin/meetings/new' }),
    allowed: EDITS_MEETINGS,
    writes: false,
  },
  {
    label: 'POST /admin/meetings (create in the area)',
    method: 'POST',
    route: '/admin/meetings',
    request: (world) => {
      const { fields, formats, categories } = formValuesOfMeeting(meetingInput({ name: 'Matrix Created', serviceBodyId: world.area.id }));
      return Promise.resolve({ path: '/admin/meetings', form: { ...fields, formats, categories } });
    },
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'GET /admin/meetings/:id (the form, with private fields)',
    method: 'GET',
    route: '/admin/meetings/:id',
    request: (world) => Promise.resolve({ path: `/admin/meetings/${world.meeting.id}` }),
    allowed: AREA_VIEWERS,
    writes: false,
    check(response) {
      if (!response.body.includes('secretary@test.example')) throw new Error('the private contact is not on the form');
    },
  },
  {
    label: 'POST /admin/meetings/:id (save)',
    method: 'POST',
    route: '/admin/meetings/:id',
    request: async (world) => {
      const meeting = await freshMeeting(world);
      return { path: `/admin/meetings/${meeting.id}`, form: { ...formFor(meeting), name: 'Matrix Saved' } };
    },
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'POST /admin/meetings/:id/copy (save as copy)',
    method: 'POST',
    route: '/admin/meetings/:id/copy',
    request: async (world) => {
      const meeting = await freshMeeting(world);
      return { path: `/admin/meetings/${meeting.id}/copy`, form: formFor(meeting) };
    },
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'POST /admin/meetings/:id/publish',
    method: 'POST',
    route: '/admin/meetings/:id/publish',
    request: async (world) => ({ path: `/admin/meetings/${(await freshMeeting(world, false)).id}/publish`, form: {} }),
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'POST /admin/meetings/:id/unpublish',
    method: 'POST',
    route: '/admin/meetings/:id/unpublish',
    request: async (world) => ({ path: `/admin/meetings/${(await freshMeeting(world)).id}/unpublish`, form: {} }),
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'POST /admin/meetings/:id/checked (still right)',
    method: 'POST',
    route: '/admin/meetings/:id/checked',
    request: async (world) => ({ path: `/admin/meetings/${(await freshMeeting(world)).id}/checked`, form: {} }),
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'POST /admin/meetings/:id/delete (the confirmation step)',
    method: 'POST',
    route: '/admin/meetings/:id/delete',
    request: async (world) => ({ path: `/admin/meetings/${(await freshMeeting(world)).id}/delete`, form: {} }),
    allowed: AREA_EDITORS,
    writes: false,
  },
  {
    label: 'POST /admin/meetings/:id/delete (confirmed)',
    method: 'POST',
    route: '/admin/meetings/:id/delete',
    request: async (world) => ({ path: `/admin/meetings/${(await freshMeeting(world)).id}/delete`, form: { confirm: 'yes' } }),
    allowed: AREA_EDITORS,
    writes: true,
  },
];
