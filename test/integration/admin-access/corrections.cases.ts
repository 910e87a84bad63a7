/**
 * The authorization matrix's rows for correction requests and data quality (issue 12 §7, §8).
 * The public POST /meetings/:idOrSlug/corrections is not an admin route: anyone may send one.
 */
import { expect } from 'vitest';
import { AREA_EDITORS, AREA_VIEWERS, SIGNED_IN, type AccessCase, type AccessWorld } from '../../support/access.js';

const MARK = 'matrix: the time on the door says 20:00';

/** A fresh open request about the world's meeting, so that each actor's Apply or Dismiss has one to act on. */
async function openRequest(world: AccessWorld): Promise<number> {
  const request = await world.site.store.corrections.add({
    meetingId: world.meeting.id,
    kind: 'correction',
    proposed: { startTime: '20:00' },
    missedOn: null,
    message: MARK,
    email: 'matrix-sender@test.example',
  });
  return request.id;
}

export const cases: AccessCase[] = [
  {
    label: 'GET /admin/corrections (the queue)',
    method: 'GET',
    route: '/admin/corrections',
    request: async (world) => {
      await openRequest(world);
      return { path: '/admin/corrections' };
    },
    allowed: SIGNED_IN,
    writes: false,
    check(response, actor) {
      // Every signed-in role opens the queue; only those who see the area's meetings find its request.
      expect(response.body.includes(MARK)).toBe(AREA_VIEWERS.includes(actor));
      // The sender's email is for the body's admins.
      expect(response.body.includes('matrix-sender@test.example')).toBe(actor === 'body-admin-parent' || actor === 'admin');
    },
  },
  {
    label: 'POST /admin/corrections/:id/apply',
    method: 'POST',
    route: '/admin/corrections/:id/apply',
    request: async (world) => ({ path: `/admin/corrections/${await openRequest(world)}/apply`, form: {} }),
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'POST /admin/corrections/:id/dismiss',
    method: 'POST',
    route: '/admin/corrections/:id/dismiss',
    request: async (world) => ({ path: `/admin/corrections/${await openRequest(world)}/dismiss`, form: {} }),
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'GET /admin/quality',
    method: 'GET',
    route: '/admin/quality',
    request: () => Promise.resolve({ path: '/admin/quality' }),
    allowed: SIGNED_IN,
    writes: false,
    check(response) {
      expect(response.body).toContain('<h1>Data quality</h1>');
    },
  },
];
