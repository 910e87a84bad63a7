import { isCommonPassword } from './common-passwords.js';
import { descendantIds, type ServiceBody } from './service-body.js';

/**
 * The people who keep the lists, with the roles service bodies work by (issue 12):
 * - admin: everything on the server;
 * - body-admin: its service bodies and those below them, their meetings and their editors;
 * - editor: the meetings of the bodies assigned to them;
 * - observer: sees unpublished meetings and private fields of its bodies, changes nothing.
 * A deactivated account keeps its history and cannot log in.
 */
export const ROLES = ['admin', 'body-admin', 'editor', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export interface AccountInput {
  email: string;
  name: string | null;
  role: Role;
  /** The service bodies the role applies to: none for an admin, at least one for any other role. */
  serviceBodyIds: number[];
}

export interface Account extends AccountInput {
  id: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Long enough to resist guessing at the rate a login allows, short enough to type (NIST SP 800-63B asks for at least 8). */
export const MIN_PASSWORD_LENGTH = 12;
/** argon2 takes any length; a bound keeps one request from costing more than a login should. */
export const MAX_PASSWORD_LENGTH = 1024;

/** Emails are compared as one address whatever their case: "Sam@Example.org" and "sam@example.org" are one account. */
export function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

// One @, something before it, a dot in the domain, no spaces: what every mail system agrees on.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** What is wrong with an account, naming the field; null when nothing is. */
export function accountProblem(input: AccountInput, knownBodyIds: ReadonlySet<number>): string | null {
  const email = normalEmail(input.email);
  if (email.length > 254 || !EMAIL.test(email)) return `email must be an address such as volunteer@example.org, not "${input.email}"`;
  if (input.name !== null && input.name.length > 200) return 'name must be at most 200 characters';
  if (!isRole(input.role)) return `role must be one of ${ROLES.join(', ')}`;
  if (input.role === 'admin' && input.serviceBodyIds.length > 0) return 'an admin has every service body: give no --body';
  if (input.role !== 'admin' && input.serviceBodyIds.length === 0)
    return `role ${input.role} needs at least one --body (a service body id)`;
  const unknown = input.serviceBodyIds.filter((id) => !knownBodyIds.has(id));
  if (unknown.length > 0) return `body ${unknown.join(', ')}: no service body has that id`;
  return null;
}

/** What is wrong with a password, or null. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `the password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `the password must be at most ${MAX_PASSWORD_LENGTH} characters`;
  if (isCommonPassword(password)) return 'the password is one of the most common ones, which are guessed first: choose another';
  return null;
}

/** The service bodies an account acts on: for a body admin, its bodies and every body below them. */
export function bodiesInReach(
  account: Pick<Account, 'role' | 'serviceBodyIds'>,
  bodies: readonly Pick<ServiceBody, 'id' | 'parentId'>[],
): Set<number> {
  if (account.role === 'admin') return new Set(bodies.map((b) => b.id));
  if (account.role === 'body-admin') return new Set(account.serviceBodyIds.flatMap((id) => [...descendantIds(bodies, id)]));
  return new Set(account.serviceBodyIds);
}

/** Whether the account may change a meeting of this service body (null: a meeting with none, an admin's alone). */
export function mayEditMeetingOf(
  account: Pick<Account, 'role' | 'serviceBodyIds' | 'active'>,
  serviceBodyId: number | null,
  bodies: readonly Pick<ServiceBody, 'id' | 'parentId'>[],
): boolean {
  if (!account.active || account.role === 'observer') return false;
  if (account.role === 'admin') return true;
  return serviceBodyId !== null && bodiesInReach(account, bodies).has(serviceBodyId);
}
