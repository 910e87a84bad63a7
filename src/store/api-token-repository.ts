import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A token as its owner sees it: never the token itself, which is shown once when made. */
export interface ApiToken {
  id: number;
  accountId: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The lower-case hex SHA-256 of the whole token string, as the client sends it after "Bearer ". */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

const PREFIX = 'orat_';

interface Row {
  id: number;
  account_id: number;
  name: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

function toToken(row: Row): ApiToken {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/**
 * Bearer tokens for the admin API. Only a SHA-256 of each is kept: a token has 256 random bits,
 * so a slow hash (as for passwords) would add nothing, and a leaked table opens no door.
 */
export class ApiTokenRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date,
  ) {}

  /** Makes a token for the account; the returned `secret` is the only time anyone sees it. */
  async create(accountId: number, name: string): Promise<{ token: ApiToken; secret: string }> {
    const secret = PREFIX + randomBytes(32).toString('base64url');
    const row = await this.db
      .insertInto('api_tokens')
      .values({ account_id: accountId, name, token_hash: tokenHash(secret), created_at: this.clock().toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { token: toToken(row), secret };
  }

  async get(id: number): Promise<ApiToken | undefined> {
    const row = await this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toToken(row) : undefined;
  }

  /** One account's tokens, or everyone's (undefined), newest first. */
  async list(accountId?: number): Promise<ApiToken[]> {
    let query = this.db.selectFrom('api_tokens').selectAll();
    if (accountId !== undefined) query = query.where('account_id', '=', accountId);
    const rows = await query.orderBy('id', 'desc').execute();
    return rows.map(toToken);
  }

  /** The unrevoked token a client sent; undefined for an unknown or revoked one. */
  async find(secret: string): Promise<ApiToken | undefined> {
    const row = await this.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash(secret))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row ? toToken(row) : undefined;
  }

  /** Notes that a token was used for a request that was answered. */
  async touch(id: number): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: this.clock().toISOString() }).where('id', '=', id).execute();
  }

  /** Revokes a token for good; false when it was unknown or revoked already. */
  async revoke(id: number): Promise<boolean> {
    const result = await this.db
      .updateTable('api_tokens')
      .set({ revoked_at: this.clock().toISOString() })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
