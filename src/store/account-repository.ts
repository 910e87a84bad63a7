import type { Kysely } from 'kysely';
import { isRole, normalEmail, type Account, type AccountInput, type Role } from '../domain/account.js';
import { afterFailedLogin } from '../domain/login.js';
import type { Database } from './schema.js';

/** An account with this email exists already: one address is one account. */
export class AccountExistsError extends Error {
  constructor(email: string) {
    super(`an account for ${email} exists already`);
    this.name = 'AccountExistsError';
  }
}

/** An account as the login needs it: with its hash, which nothing else reads. */
export interface StoredAccount extends Account {
  passwordHash: string;
  failedLogins: number;
  /** ISO 8601; a login before then is refused. */
  lockedUntil: string | null;
}

interface Row {
  id: number;
  email: string;
  name: string | null;
  password_hash: string;
  role: string;
  active: number | boolean;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

/** The volunteers' accounts and the service bodies each one's role applies to. */
export class AccountRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date,
  ) {}

  /** Adds an account with its bodies in one transaction; the hash is made by the caller (argon2id). */
  async add(input: AccountInput, passwordHash: string): Promise<Account> {
    const email = normalEmail(input.email);
    const now = this.clock().toISOString();
    const id = await this.db.transaction().execute(async (trx) => {
      const taken = await trx.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst();
      if (taken) throw new AccountExistsError(email);
      const row = await trx
        .insertInto('accounts')
        .values({ email, name: input.name, password_hash: passwordHash, role: input.role, active: 1, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      const bodies = [...new Set(input.serviceBodyIds)];
      if (bodies.length > 0) {
        await trx
          .insertInto('account_service_bodies')
          .values(bodies.map((serviceBodyId) => ({ account_id: row.id, service_body_id: serviceBodyId })))
          .execute();
      }
      return row.id;
    });
    return (await this.get(id))!;
  }

  async get(id: number): Promise<StoredAccount | undefined> {
    const row = await this.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? this.withBodies(row) : undefined;
  }

  /** By email, whatever its case. */
  async byEmail(email: string): Promise<StoredAccount | undefined> {
    const row = await this.db.selectFrom('accounts').selectAll().where('email', '=', normalEmail(email)).executeTakeFirst();
    return row ? this.withBodies(row) : undefined;
  }

  /**
   * Turns an account off (it can no longer log in) or on again. It is never deleted: the history
   * of changes names who made each one. Undefined when no account has this email.
   */
  async setActive(email: string, active: boolean): Promise<StoredAccount | undefined> {
    const updated = await this.db.transaction().execute(async (trx) => {
      const row = await trx
        .updateTable('accounts')
        .set({ active: active ? 1 : 0, updated_at: this.clock().toISOString() })
        .where('email', '=', normalEmail(email))
        .returning('id')
        .executeTakeFirst();
      // Turned off: signed out everywhere in the same step, not at each session's next request.
      if (row && !active) await trx.deleteFrom('sessions').where('account_id', '=', row.id).execute();
      return row;
    });
    return updated ? this.get(updated.id) : undefined;
  }

  /** Changes an account's name, role and bodies in one transaction (the email stays: the change log names people by it). */
  async update(id: number, input: Omit<AccountInput, 'email'>): Promise<StoredAccount | undefined> {
    const found = await this.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('accounts')
        .set({ name: input.name, role: input.role, updated_at: this.clock().toISOString() })
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirst();
      if (!updated) return false;
      await trx.deleteFrom('account_service_bodies').where('account_id', '=', id).execute();
      const bodies = [...new Set(input.serviceBodyIds)];
      if (bodies.length > 0) {
        await trx
          .insertInto('account_service_bodies')
          .values(bodies.map((serviceBodyId) => ({ account_id: id, service_body_id: serviceBodyId })))
          .execute();
      }
      return true;
    });
    return found ? this.get(id) : undefined;
  }

  /** How many accounts act on a service body: a body someone acts on is not deleted from under them. */
  async countForServiceBody(serviceBodyId: number): Promise<number> {
    const row = await this.db
      .selectFrom('account_service_bodies')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('service_body_id', '=', serviceBodyId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Counts a failed login, and locks the account when they pile up (domain/login.ts). */
  async recordFailedLogin(id: number): Promise<void> {
    const account = await this.get(id);
    if (!account) return;
    const { failures, lockedUntil } = afterFailedLogin(account.failedLogins, this.clock());
    await this.db
      .updateTable('accounts')
      .set({ failed_logins: failures, locked_until: lockedUntil ?? account.lockedUntil })
      .where('id', '=', id)
      .execute();
  }

  /** A successful login clears the count and any lock. */
  async recordLogin(id: number): Promise<void> {
    await this.db.updateTable('accounts').set({ failed_logins: 0, locked_until: null }).where('id', '=', id).execute();
  }

  /**
   * A new password; every session of the account ends with it (whoever knew the old one is
   * signed out), except `keepSession`, the one that changed it. Clears a lock too.
   */
  async setPassword(id: number, passwordHash: string, keepSession?: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('accounts')
        .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null, updated_at: this.clock().toISOString() })
        .where('id', '=', id)
        .execute();
      let sessions = trx.deleteFrom('sessions').where('account_id', '=', id);
      if (keepSession !== undefined) sessions = sessions.where('id', '!=', keepSession);
      await sessions.execute();
    });
  }

  /** Every account, by email, without hashes. */
  async list(): Promise<Account[]> {
    const rows = await this.db.selectFrom('accounts').selectAll().orderBy('email').execute();
    const links = await this.db.selectFrom('account_service_bodies').selectAll().orderBy('service_body_id').execute();
    return rows.map((row) => {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      const { passwordHash, failedLogins, lockedUntil, ...account } = toAccount(
        row,
        links.filter((link) => link.account_id === row.id).map((link) => link.service_body_id),
      );
      return account;
    });
  }

  private async withBodies(row: Row): Promise<StoredAccount> {
    const links = await this.db
      .selectFrom('account_service_bodies')
      .select('service_body_id')
      .where('account_id', '=', row.id)
      .orderBy('service_body_id')
      .execute();
    return toAccount(
      row,
      links.map((link) => link.service_body_id),
    );
  }
}

function toAccount(row: Row, serviceBodyIds: number[]): StoredAccount {
  // A role this version does not know (written by a newer one) is the least it could be.
  const role: Role = isRole(row.role) ? row.role : 'observer';
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role,
    serviceBodyIds,
    active: Boolean(row.active),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    passwordHash: row.password_hash,
    failedLogins: row.failed_logins,
    lockedUntil: row.locked_until,
  };
}
