import { bodiesInReach, mayEditMeetingOf, type Account, type Role } from './account.js';
import type { Query } from './query.js';
import { descendantIds, type ServiceBody } from './service-body.js';

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

/** Whether the actor has a meeting list: every active role sees the meetings of its bodies. */
export function listsMeetings(actor: Actor): boolean {
  return actor.account.active;
}

/**
 * The admin list's search narrowed to the meetings the actor may see (`maySeeMeetingOf`): the
 * bodies asked for (all, when none) that are in their reach, exactly. Null when none of them is:
 * an empty list of bodies would mean "any".
 */
export function meetingQueryInReach(actor: Actor, query: Query): Query | null {
  if (!actor.account.active) return null;
  if (actor.account.role === 'admin') return query;
  const asked =
    query.serviceBodies.length === 0
      ? [...actor.reach]
      : query.serviceBodies.flatMap((id) => ((query.serviceBodyScope ?? 'tree') === 'tree' ? [...descendantIds(actor.bodies, id)] : [id]));
  const ids = [...new Set(asked.filter((id) => actor.reach.has(id)))].sort((a, b) => a - b);
  return ids.length === 0 ? null : { ...query, serviceBodies: ids, serviceBodyScope: 'exact' };
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
 * Whether the actor sees a logged change in the history: an admin every one; anyone else the
 * changes of meetings and service bodies in their reach (`bodyIds`: see changeBodyIds).
 */
export function maySeeChangeOf(actor: Actor, entityType: string, bodyIds: readonly number[]): boolean {
  if (!actor.account.active) return false;
  if (actor.account.role === 'admin') return true;
  if (entityType !== 'meeting' && entityType !== 'service_body') return false;
  return bodyIds.some((id) => actor.reach.has(id));
}

/** Who opens the history, the deleted meetings and bulk edit at all: anyone signed in and active. */
export function seesHistory(actor: Actor): boolean {
  return actor.account.active;
}

/**
 * Whether the actor may put a body (new: `body` null) under `parentId`: a body admin only
 * within its reach, keeping a body it manages where it is or moving it inside its own tree;
 * only a server admin adds or moves a body to the top or out of a tree.
 */
export function mayPlaceServiceBody(actor: Actor, body: Pick<ServiceBody, 'id' | 'parentId'> | null, parentId: number | null): boolean {
  if (isServerAdmin(actor)) return true;
  if (body === null) return mayManageServiceBody(actor, parentId);
  if (!mayManageServiceBody(actor, body.id)) return false;
  return parentId === body.parentId || mayManageServiceBody(actor, parentId);
}

/** Deleting a body takes the one who manages its parent: a body admin cannot delete the top of its own tree. */
export function mayDeleteServiceBody(actor: Actor, body: Pick<ServiceBody, 'id' | 'parentId'>): boolean {
  return isServerAdmin(actor) || (body.parentId !== null && mayManageServiceBody(actor, body.parentId));
}

/** The users page: server admins and body admins (who manage their editors and observers). */
export function managesAccounts(actor: Actor): boolean {
  return rolesGrantable(actor).length > 0;
}

/** API tokens: their owner's, and every token is a server admin's to see and revoke. */
export function mayManageToken(actor: Actor, ownerId: number): boolean {
  return actor.account.active && (actor.account.id === ownerId || isServerAdmin(actor));
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
