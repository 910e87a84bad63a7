import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id at the library's defaults (19 MiB, 2 passes): OWASP's recommended minimum, about
 * 12 ms a hash here. The encoded string carries its own parameters, so they can rise later.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A hash of nothing anyone types, checked when no account has the email given, so that a
// login for a missing account costs what one for a real account does.
const DECOY = hash('not a password: no account has this email');

/** Whether the password matches the encoded hash; null checks against the decoy and is always false. */
export async function passwordMatches(encoded: string | null, password: string): Promise<boolean> {
  try {
    const matches = await verify(encoded ?? (await DECOY), password);
    return encoded !== null && matches;
  } catch {
    // A malformed stored hash is a wrong password, never a crash of the login.
    return false;
  }
}
