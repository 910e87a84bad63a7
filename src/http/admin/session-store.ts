import type { SessionStore } from '@fastify/session';
import type { SessionRepository } from '../../store/session-repository.js';

declare module 'fastify' {
  interface Session {
    /** Set once the login succeeds; absent on the login page's session, which only holds its CSRF secret. */
    accountId?: number;
  }
}

/** How long a session lasts without use: a volunteer's evening of edits, not a week on a shared computer. */
export const SESSION_HOURS = 8;

/** Hands a promise's end to a Node-style callback. */
function settle(work: Promise<unknown>, callback: (error?: unknown) => void): void {
  work.then(
    () => {
      callback();
    },
    (error: unknown) => {
      callback(error);
    },
  );
}

/** @fastify/session's callback store over the sessions table, so every node shares every session. */
export function databaseSessionStore(sessions: SessionRepository): SessionStore {
  return {
    set(id, session, callback) {
      const expires = session.cookie.expires ?? new Date(Date.now() + SESSION_HOURS * 3_600_000);
      settle(sessions.set(id, { data: session, accountId: session.accountId ?? null, expiresAt: expires.toISOString() }), callback);
    },
    get(id, callback) {
      sessions.get(id).then(
        // @fastify/session rebuilds its Session from the stored plain object.
        (found) => {
          callback(null, (found?.data ?? null) as Parameters<typeof callback>[1]);
        },
        (error: unknown) => {
          callback(error);
        },
      );
    },
    destroy(id, callback) {
      settle(sessions.destroy(id), callback);
    },
  };
}
