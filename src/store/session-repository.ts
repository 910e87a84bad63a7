import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A stored session: the web layer's own object, and the account it belongs to once logged in. */
export interface StoredSession {
  data: unknown;
  accountId: number | null;
  expiresAt: string;
}

/**
 * Admin sessions, kept in the database so that every node knows every session and "log out
 * everywhere" is one DELETE. Visitors never have one: only /admin sets the cookie.
 */
export class SessionRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date,
  ) {}

  /** The session, unless it is missing or has expired. */
  async get(id: string): Promise<StoredSession | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', id)
      .where('expires_at', '>', this.clock().toISOString())
      .executeTakeFirst();
    return row ? { data: JSON.parse(row.data) as unknown, accountId: row.account_id, expiresAt: row.expires_at } : undefined;
  }

  async set(id: string, session: StoredSession): Promise<void> {
    const data = JSON.stringify(session.data);
    await this.db
      .insertInto('sessions')
      .values({ id, account_id: session.accountId, data, expires_at: session.expiresAt, created_at: this.clock().toISOString() })
      .onConflict((oc) => oc.column('id').doUpdateSet({ account_id: session.accountId, data, expires_at: session.expiresAt }))
      .execute();
  }

  async destroy(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  /** Ends every session of an account: "log out everywhere", a new password, a deactivation. Returns how many. */
  async destroyForAccount(accountId: number): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('account_id', '=', accountId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async countForAccount(accountId: number): Promise<number> {
    const row = await this.db
      .selectFrom('sessions')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('account_id', '=', accountId)
      .where('expires_at', '>', this.clock().toISOString())
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Forgets expired sessions; returns how many. */
  async purgeExpired(): Promise<number> {
    const result = await this.db.deleteFrom('sessions').where('expires_at', '<=', this.clock().toISOString()).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
