import { ACTORS, SIGNED_IN, type AccessCase } from '../../support/access.js';
import { addAccount, TEST_PASSWORD } from '../../support/admin.js';

let logins = 0;

/** The login itself, the dashboard and the two ways out. */
export const cases: AccessCase[] = [
  {
    label: 'GET /admin/login (the form, or /admin when signed in)',
    method: 'GET',
    route: '/admin/login',
    request: () => Promise.resolve({ path: '/admin/login' }),
    allowed: ACTORS,
    writes: false,
  },
  {
    label: 'POST /admin/login with a right password: anyone may log in to their own account',
    method: 'POST',
    route: '/admin/login',
    request: async (world) => {
      const email = `login-${++logins}@example.org`;
      await addAccount(world.site.store, { email, role: 'observer', bodies: [world.area.id] });
      return { path: '/admin/login', form: { email, password: TEST_PASSWORD } };
    },
    allowed: ACTORS,
    // Making the account is the case's set-up; the login itself changes no data.
    writes: false,
  },
  {
    label: 'GET /admin (the dashboard)',
    method: 'GET',
    route: '/admin',
    request: () => Promise.resolve({ path: '/admin' }),
    allowed: SIGNED_IN,
    writes: false,
  },
  {
    label: 'POST /admin/logout: harmless for anyone',
    method: 'POST',
    route: '/admin/logout',
    request: () => Promise.resolve({ path: '/admin/logout', form: {} }),
    allowed: ACTORS,
    writes: false,
  },
  {
    label: 'POST /admin/logout-everywhere',
    method: 'POST',
    route: '/admin/logout-everywhere',
    request: () => Promise.resolve({ path: '/admin/logout-everywhere', form: {} }),
    allowed: SIGNED_IN,
    writes: false,
  },
];
