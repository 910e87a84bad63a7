/** The matrix's rows for service bodies, formats, programs, users, the own account, API tokens and the admin API. */
import { expect } from 'vitest';
import type { Meeting } from '../../../src/domain/meeting.js';
import {
  AREA_EDITORS,
  AREA_VIEWERS,
  SERVER_ADMIN,
  SIGNED_IN,
  type AccessCase,
  type AccessWorld,
  type ActorName,
} from '../../support/access.js';
import { addAccount, TEST_PASSWORD } from '../../support/admin.js';
import { meetingInput } from '../../support/fixtures.js';

const MANAGERS: readonly ActorName[] = ['body-admin-parent', 'admin'];

let serial = 0;
/** A name no other request of the run has used. */
function fresh(prefix: string): string {
  serial += 1;
  return `${prefix}${serial}`;
}

async function areaEditor(world: AccessWorld) {
  return addAccount(world.site.store, { email: `${fresh('target')}@example.org`, role: 'editor', bodies: [world.area.id] });
}

async function areaMeeting(world: AccessWorld): Promise<Meeting> {
  return world.site.store.meetings.create(meetingInput({ name: fresh('Matrix API meeting '), serviceBodyId: world.area.id }), 'test');
}

async function firstFormat(world: AccessWorld): Promise<string> {
  return (await world.site.store.reference.formats())[0]!.code;
}

const get = (
  label: string,
  route: string,
  allowed: readonly ActorName[],
  path: (world: AccessWorld) => Promise<string> | string,
): AccessCase => ({
  label: `GET ${label}`,
  method: 'GET',
  route,
  request: async (world) => ({ path: await path(world) }),
  allowed,
  writes: false,
});

export const cases: AccessCase[] = [
  // Service bodies.
  get('/admin/service-bodies', '/admin/service-bodies', SIGNED_IN, () => '/admin/service-bodies'),
  get('/admin/service-bodies/new', '/admin/service-bodies/new', MANAGERS, () => '/admin/service-bodies/new'),
  {
    label: 'POST /admin/service-bodies (a group below the area)',
    method: 'POST',
    route: '/admin/service-bodies',
    request: (world) =>
      Promise.resolve({
        path: '/admin/service-bodies',
        form: { name: fresh('Matrix Group '), type: 'group', parentId: String(world.area.id) },
      }),
    allowed: MANAGERS,
    writes: true,
  },
  get('/admin/service-bodies/:id (the area)', '/admin/service-bodies/:id', MANAGERS, (world) => `/admin/service-bodies/${world.area.id}`),
  {
    label: 'POST /admin/service-bodies/:id (edit the area)',
    method: 'POST',
    route: '/admin/service-bodies/:id',
    request: async (world) => {
      const area = (await world.site.store.serviceBodies.get(world.area.id))!;
      return {
        path: `/admin/service-bodies/${area.id}`,
        form: {
          updatedAt: area.updatedAt,
          name: area.name,
          type: area.type,
          parentId: String(area.parentId),
          description: fresh('edited '),
        },
      };
    },
    allowed: MANAGERS,
    writes: true,
  },
  {
    label: 'POST /admin/service-bodies/:id/delete (an empty group below the area)',
    method: 'POST',
    route: '/admin/service-bodies/:id/delete',
    request: async (world) => {
      const group = await world.site.store.serviceBodies.create(
        { name: fresh('Doomed Group '), type: 'group', parentId: world.area.id },
        'test',
      );
      return { path: `/admin/service-bodies/${group.id}/delete`, form: {} };
    },
    allowed: MANAGERS,
    writes: true,
  },

  // Formats and programs: the server admin's.
  get('/admin/formats', '/admin/formats', SERVER_ADMIN, () => '/admin/formats'),
  get('/admin/formats/new', '/admin/formats/new', SERVER_ADMIN, () => '/admin/formats/new'),
  {
    label: 'POST /admin/formats',
    method: 'POST',
    route: '/admin/formats',
    request: () => Promise.resolve({ path: '/admin/formats', form: { code: fresh('MX'), type: 'meeting_style', nameEn: 'Matrix format' } }),
    allowed: SERVER_ADMIN,
    writes: true,
  },
  get(
    '/admin/formats/:code',
    '/admin/formats/:code',
    SERVER_ADMIN,
    async (world) => `/admin/formats/${encodeURIComponent(await firstFormat(world))}`,
  ),
  {
    label: 'POST /admin/formats/:code (edit)',
    method: 'POST',
    route: '/admin/formats/:code',
    request: async (world) => {
      const format = (await world.site.store.reference.formats())[0]!;
      return {
        path: `/admin/formats/${encodeURIComponent(format.code)}`,
        form: { type: format.type, nameEn: format.text.en.name, descriptionEn: fresh('edited ') },
      };
    },
    allowed: SERVER_ADMIN,
    writes: true,
  },
  get('/admin/programs', '/admin/programs', SERVER_ADMIN, () => '/admin/programs'),
  get('/admin/programs/new', '/admin/programs/new', SERVER_ADMIN, () => '/admin/programs/new'),
  {
    label: 'POST /admin/programs',
    method: 'POST',
    route: '/admin/programs',
    request: () =>
      Promise.resolve({ path: '/admin/programs', form: { code: fresh('MXP'), name: 'Matrix program', categories: ['addiction'] } }),
    allowed: SERVER_ADMIN,
    writes: true,
  },
  get('/admin/programs/:code', '/admin/programs/:code', SERVER_ADMIN, () => '/admin/programs/NA'),
  {
    label: 'POST /admin/programs/:code (edit)',
    method: 'POST',
    route: '/admin/programs/:code',
    request: () =>
      Promise.resolve({
        path: '/admin/programs/NA',
        form: { name: fresh('Narcotics Anonymous '), url: 'https://na.org', categories: ['addiction'] },
      }),
    allowed: SERVER_ADMIN,
    writes: true,
  },

  // Users: a body admin manages the editors and observers of its bodies.
  get('/admin/users', '/admin/users', MANAGERS, () => '/admin/users'),
  get('/admin/users/new', '/admin/users/new', MANAGERS, () => '/admin/users/new'),
  {
    label: 'POST /admin/users (an editor of the area)',
    method: 'POST',
    route: '/admin/users',
    request: (world) =>
      Promise.resolve({
        path: '/admin/users',
        form: { email: `${fresh('made')}@example.org`, role: 'editor', bodies: [String(world.area.id)], password: TEST_PASSWORD },
      }),
    allowed: MANAGERS,
    writes: true,
  },
  get(
    '/admin/users/:id (an editor of the area)',
    '/admin/users/:id',
    MANAGERS,
    async (world) => `/admin/users/${(await areaEditor(world)).id}`,
  ),
  {
    label: 'POST /admin/users/:id (make an editor of the area an observer)',
    method: 'POST',
    route: '/admin/users/:id',
    request: async (world) => {
      const target = await areaEditor(world);
      return {
        path: `/admin/users/${target.id}`,
        form: { updatedAt: target.updatedAt, name: 'Changed', role: 'observer', bodies: [String(world.area.id)] },
      };
    },
    allowed: MANAGERS,
    writes: true,
  },
  {
    label: 'POST /admin/users/:id/active (deactivate an editor of the area)',
    method: 'POST',
    route: '/admin/users/:id/active',
    request: async (world) => ({ path: `/admin/users/${(await areaEditor(world)).id}/active`, form: { active: '0' } }),
    allowed: MANAGERS,
    writes: true,
  },
  {
    label: 'POST /admin/users/:id/password (a new password for an editor of the area)',
    method: 'POST',
    route: '/admin/users/:id/password',
    request: async (world) => ({
      path: `/admin/users/${(await areaEditor(world)).id}/password`,
      form: { newPassword: 'another long password' },
    }),
    allowed: MANAGERS,
    writes: true,
  },

  // One's own account and tokens.
  get('/admin/account', '/admin/account', SIGNED_IN, () => '/admin/account'),
  {
    // The same password again (a new salt, so a new hash): the runner's later logins still work.
    label: 'POST /admin/account/password (own)',
    method: 'POST',
    route: '/admin/account/password',
    request: () =>
      Promise.resolve({
        path: '/admin/account/password',
        form: { current: TEST_PASSWORD, next: TEST_PASSWORD, confirm: TEST_PASSWORD },
      }),
    allowed: SIGNED_IN,
    writes: true,
  },
  get('/admin/tokens', '/admin/tokens', SIGNED_IN, () => '/admin/tokens'),
  {
    label: 'POST /admin/tokens (own)',
    method: 'POST',
    route: '/admin/tokens',
    request: () => Promise.resolve({ path: '/admin/tokens', form: { name: fresh('matrix script ') } }),
    allowed: SIGNED_IN,
    writes: true,
  },
  {
    label: "POST /admin/tokens/:id/revoke (another account's token)",
    method: 'POST',
    route: '/admin/tokens/:id/revoke',
    request: async (world) => {
      const owner = await areaEditor(world);
      const { token } = await world.site.store.tokens.create(owner.id, 'theirs');
      return { path: `/admin/tokens/${token.id}/revoke`, form: {} };
    },
    allowed: SERVER_ADMIN,
    writes: true,
  },

  // The admin API: the runner sends each actor's bearer token.
  {
    label: 'GET /api/v1/admin/meetings',
    method: 'GET',
    route: '/api/v1/admin/meetings',
    request: () => Promise.resolve({ path: '/api/v1/admin/meetings' }),
    allowed: SIGNED_IN,
    writes: false,
    check(response, actor, world) {
      const ids = response.json<{ meetings: { id: number }[] }>().meetings.map((m) => m.id);
      expect(ids.includes(world.meeting.id), `${actor} sees the area's meeting`).toBe(AREA_VIEWERS.includes(actor));
    },
  },
  get('/api/v1/admin/meetings/:id', '/api/v1/admin/meetings/:id', AREA_VIEWERS, (world) => `/api/v1/admin/meetings/${world.meeting.id}`),
  {
    label: 'POST /api/v1/admin/meetings (in the area)',
    method: 'POST',
    route: '/api/v1/admin/meetings',
    request: (world) =>
      Promise.resolve({
        path: '/api/v1/admin/meetings',
        json: meetingInput({ name: fresh('Matrix API new '), serviceBodyId: world.area.id }),
      }),
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'PUT /api/v1/admin/meetings/:id',
    method: 'PUT',
    route: '/api/v1/admin/meetings/:id',
    request: async (world) => {
      const meeting = await areaMeeting(world);
      return {
        path: `/api/v1/admin/meetings/${meeting.id}`,
        json: { ...meetingInput({ name: fresh('Matrix API put '), serviceBodyId: world.area.id }), updatedAt: meeting.updatedAt },
      };
    },
    allowed: AREA_EDITORS,
    writes: true,
  },
  {
    label: 'DELETE /api/v1/admin/meetings/:id',
    method: 'DELETE',
    route: '/api/v1/admin/meetings/:id',
    request: async (world) => ({ path: `/api/v1/admin/meetings/${(await areaMeeting(world)).id}` }),
    allowed: AREA_EDITORS,
    writes: true,
  },
  get('/api/v1/admin/service-bodies', '/api/v1/admin/service-bodies', SIGNED_IN, () => '/api/v1/admin/service-bodies'),
  get('/api/v1/admin/changes', '/api/v1/admin/changes', SIGNED_IN, () => '/api/v1/admin/changes'),
];
