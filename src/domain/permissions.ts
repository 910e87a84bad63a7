import { bodiesInReach, mayEditMeetingOf, type Account, type Role } from './account.js';
import type { ServiceBody } from './service-body.js';

/**
 * Who is acting, and the service bodies their role reaches: what every admin page and API
 * route asks before it shows or changes anything. One set of rules for pages, API and tests.
 */
export interface Actor {
  account: Pick<Account, 'id' | 'email' | 'name' | 'role' | 'serviceBodyIds' | 'active'>;
  /** The bodies the role acts on (a body admin's bodies and every body below them). */
  reach: ReadonlySet<number>;
  bodies: readonly Pick<ServiceBody, 'id' | 'parentId'>[];
}

export function actorOf(account: Actor['account'], bodies: readonly Pick<ServiceBody, 'id' | 'parentId'>[]): Actor {
  return { account, reach: bodiesInReach(account, bodies), bodies };
}

/** The name the change log keeps for the actor: their email, which outlives a deactivation. */
export function actorName(actor: Actor): string {
  return actor.account.email;
}

export function isServerAdmin(actor: Actor): boolean {
  return actor.account.active && actor.account.role === 'admin';
}

/** Whether the actor sees a meeting of this body in the admin, published or not, with its private fields. */
export function maySeeMeetingOf(actor: Actor, serviceBodyId: number | null): boolean {
  if (!actor.account.active) return false;
  if (actor.account.role === 'admin') return true;
  return serviceBodyId !== null && actor.reach.has(serviceBodyId);
}

/** Whether the actor may create, change or delete a meeting of this body (observers never). */
export function mayEditMeetingIn(actor: Actor, serviceBodyId: number | null): boolean {
  return mayEditMeetingOf(actor.account, serviceBodyId, actor.bodies);
}

/** Whether the actor edits any meeting at all: the create button and bulk edit show only then. */
export function editsMeetings(actor: Actor): boolean {
  return actor.account.active && actor.account.role !== 'observer';
}

/**
 * Whether the actor may change this service body, or add one below it (parentId): a body admin
 * within its own bodies; only a server admin adds or moves a body at the top.
 */
export function mayManageServiceBody(actor: Actor, serviceBodyId: number | null): boolean {
  if (isServerAdmin(actor)) return true;
  return actor.account.active && actor.account.role === 'body-admin' && serviceBodyId !== null && actor.reach.has(serviceBodyId);
}

/** Formats, programs, import sources, API-wide settings: the server admin's. */
export function mayManageServer(actor: Actor): boolean {
  return isServerAdmin(actor);
}

/** The roles an actor may give: a body admin makes editors and observers of its bodies. */
export function rolesGrantable(actor: Actor): readonly Role[] {
  if (isServerAdmin(actor)) return ['admin', 'body-admin', 'editor', 'observer'];
  if (actor.account.active && actor.account.role === 'body-admin') return ['editor', 'observer'];
  return [];
}

/** Whether the actor may create or change an account with this role and these bodies. */
export function mayManageAccount(actor: Actor, target: Pick<Account, 'role' | 'serviceBodyIds'>): boolean {
  if (isServerAdmin(actor)) return true;
  if (!rolesGrantable(actor).includes(target.role)) return false;
  return target.serviceBodyIds.length > 0 && target.serviceBodyIds.every((id) => actor.reach.has(id));
}

/**
 * Whether the actor sees the email a visitor left with a correction of a meeting of this body:
 * the admins of the body (a server admin, a body admin reaching it), not editors or observers.
 */
export function maySeeCorrectionEmail(actor: Actor, serviceBodyId: number | null): boolean {
  if (isServerAdmin(actor)) return true;
  return actor.account.active && actor.account.role === 'body-admin' && serviceBodyId !== null && actor.reach.has(serviceBodyId);
}

/** Whether the actor looks after any meetings: the correction queue and data quality show their bodies' meetings. */
export function looksAfterMeetings(actor: Actor): boolean {
  return actor.account.active && (actor.account.role === 'admin' || actor.reach.size > 0);
}
