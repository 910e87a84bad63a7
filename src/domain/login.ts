/**
 * When repeated failed logins lock an account. Five tries cover a mistyped password or two;
 * fifteen minutes make guessing slow without locking a volunteer out for the evening.
 */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

/** What a failed login leaves: the new count of failures, and the lock's end when it locks. */
export function afterFailedLogin(failures: number, now: Date): { failures: number; lockedUntil: string | null } {
  const next = failures + 1;
  if (next < LOCK_AFTER_FAILURES) return { failures: next, lockedUntil: null };
  return { failures: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() };
}

/** Whether a lock is still on at `now`. */
export function isLocked(lockedUntil: string | null, now: Date): boolean {
  return lockedUntil !== null && Date.parse(lockedUntil) > now.getTime();
}
