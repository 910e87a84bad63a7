import { describe, expect, it } from 'vitest';
import { accountProblem, bodiesInReach, mayEditMeetingOf, normalEmail, passwordProblem, type Account } from '../../src/domain/account.js';

// A region (1) with two areas (2, 3); area 2 has a district (4). Body 5 stands alone.
const BODIES = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 1 },
  { id: 4, parentId: 2 },
  { id: 5, parentId: null },
];
const KNOWN = new Set(BODIES.map((b) => b.id));

function account(role: Account['role'], serviceBodyIds: number[], active = true): Pick<Account, 'role' | 'serviceBodyIds' | 'active'> {
  return { role, serviceBodyIds, active };
}

describe('accounts', () => {
  it('names what is wrong with an account, field by field', () => {
    const ok = { email: 'Volunteer@Example.org', name: null, role: 'editor' as const, serviceBodyIds: [2] };
    expect(accountProblem(ok, KNOWN)).toBeNull();
    expect(accountProblem({ ...ok, email: 'volunteer' }, KNOWN)).toMatch(/^email must be an address/);
    expect(accountProblem({ ...ok, email: 'a b@example.org' }, KNOWN)).toMatch(/^email/);
    expect(accountProblem({ ...ok, serviceBodyIds: [] }, KNOWN)).toBe('role editor needs at least one --body (a service body id)');
    expect(accountProblem({ ...ok, serviceBodyIds: [2, 9] }, KNOWN)).toBe('body 9: no service body has that id');
    expect(accountProblem({ ...ok, role: 'admin' }, KNOWN)).toMatch(/^an admin has every service body/);
    expect(accountProblem({ ...ok, role: 'admin', serviceBodyIds: [] }, KNOWN)).toBeNull();
    expect(accountProblem({ ...ok, name: 'x'.repeat(201) }, KNOWN)).toMatch(/^name/);
    expect(normalEmail('  Volunteer@Example.ORG ')).toBe('volunteer@example.org');
  });

  it('takes pass phrases of 12 to 1,024 characters', () => {
    expect(passwordProblem('x'.repeat(11))).toMatch(/at least 12/);
    expect(passwordProblem('tuesday basement coffee')).toBeNull();
    expect(passwordProblem('xy'.repeat(513))).toMatch(/at most 1024/);
  });

  it('refuses the most common passwords, whatever their case and punctuation, and one character repeated', () => {
    for (const common of ['password1234', 'Password 1234!', 'QWERTY123456', '1q2w3e4r5t6y', 'x'.repeat(12)]) {
      expect(passwordProblem(common), common).toMatch(/most common/);
    }
    expect(passwordProblem('password1234 but longer and mine')).toBeNull();
  });

  it('lets a body admin act on its bodies and every body below them, an editor on its own only', () => {
    expect([...bodiesInReach(account('body-admin', [2]), BODIES)].sort()).toEqual([2, 4]);
    expect([...bodiesInReach(account('body-admin', [1]), BODIES)].sort()).toEqual([1, 2, 3, 4]);
    expect([...bodiesInReach(account('editor', [2]), BODIES)]).toEqual([2]);
    expect(bodiesInReach(account('admin', []), BODIES).size).toBe(5);
  });

  it('lets only active admins, body admins and editors change meetings, each within reach', () => {
    expect(mayEditMeetingOf(account('admin', []), null, BODIES)).toBe(true);
    expect(mayEditMeetingOf(account('body-admin', [1]), 4, BODIES)).toBe(true);
    expect(mayEditMeetingOf(account('body-admin', [2]), 3, BODIES)).toBe(false);
    expect(mayEditMeetingOf(account('editor', [2]), 2, BODIES)).toBe(true);
    expect(mayEditMeetingOf(account('editor', [2]), 4, BODIES)).toBe(false);
    expect(mayEditMeetingOf(account('editor', [2]), null, BODIES)).toBe(false);
    expect(mayEditMeetingOf(account('observer', [1]), 1, BODIES)).toBe(false);
    expect(mayEditMeetingOf(account('admin', [], false), 1, BODIES)).toBe(false);
  });
});
