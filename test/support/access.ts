/**
 * The authorization matrix (issue 12): every admin route and admin API endpoint, for each kind
 * of actor. Each admin area writes its cases in test/integration/admin-access/<area>.cases.ts;
 * admin-access.test.ts runs them all and fails for any admin route that has no case.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { Meeting } from '../../src/domain/meeting.js';
import type { ServiceBody } from '../../src/domain/service-body.js';
import type { TestSite } from './harness.js';
import type { FormFields } from './admin.js';

/**
 * Who asks. The world has a region with an area below it (the meeting's) and another area:
 * - anonymous: no session or token;
 * - deactivated: an editor of the area whose account was turned off after it logged in;
 * - observer: observer of the area;
 * - editor-other: editor of the other area;
 * - editor: editor of the area;
 * - body-admin-parent: body admin of the region (so of the area below it);
 * - admin: the server admin.
 */
export const ACTORS = ['anonymous', 'deactivated', 'observer', 'editor-other', 'editor', 'body-admin-parent', 'admin'] as const;
export type ActorName = (typeof ACTORS)[number];

/** Everyone signed in and active; handy for read-only pages every role may see. */
export const SIGNED_IN: readonly ActorName[] = ['observer', 'editor-other', 'editor', 'body-admin-parent', 'admin'];
/** Who may change a meeting of the area. */
export const AREA_EDITORS: readonly ActorName[] = ['editor', 'body-admin-parent', 'admin'];
/** Who may see the area's private and unpublished meetings. */
export const AREA_VIEWERS: readonly ActorName[] = ['observer', 'editor', 'body-admin-parent', 'admin'];
export const SERVER_ADMIN: readonly ActorName[] = ['admin'];

export interface AccessWorld {
  site: TestSite;
  region: ServiceBody;
  /** Below the region: the meeting's body. */
  area: ServiceBody;
  /** Beside the region, not below it. */
  otherArea: ServiceBody;
  /** A published meeting of the area. */
  meeting: Meeting;
}

/** What one request of a case sends. Page routes get `form` (urlencoded, with a CSRF token); API routes get `json`. */
export interface AccessRequest {
  path: string;
  form?: FormFields;
  json?: unknown;
}

export interface AccessCase {
  /** "GET /admin/meetings", "POST /admin/meetings/:id (edit)": what the row is about. */
  label: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /**
   * The route pattern as registered ("/admin/meetings/:id"): the matrix fails for any admin
   * route that no case names.
   */
  route: string;
  /**
   * Makes what the request acts on (a fresh meeting to delete, say) and returns the request. It
   * runs once per actor, before that actor's request, so a case that deletes can be repeated.
   */
  request(world: AccessWorld): Promise<AccessRequest>;
  /** The actors whose request succeeds; every other one is refused and changes nothing. */
  allowed: readonly ActorName[];
  /** Whether the request changes the store when allowed (GETs do not). */
  writes: boolean;
  /** Optional extra check of an allowed answer (a page that shows only the actor's meetings). */
  check?(response: LightMyRequestResponse, actor: ActorName, world: AccessWorld): void;
}
