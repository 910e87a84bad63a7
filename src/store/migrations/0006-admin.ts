import type { Kysely } from 'kysely';
import { dialectOf } from '../dialect/dialect-of.js';

/**
 * What the admin side keeps (issue 12): login state and locks, sessions, API tokens, the site's
 * own secrets, writes grouped so that one bulk edit reverts as one, correction requests from
 * visitors, when a meeting was last checked, and how its links answered.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const key = dialectOf(db).serialKey;
  await db.schema
    .alterTable('accounts')
    .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('accounts').addColumn('locked_until', 'text').execute();

  // One row per browser that opened /admin. account_id is null until the login succeeds.
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) => c.references('accounts.id').onDelete('cascade'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();
  await db.schema.createIndex('sessions_expires').on('sessions').column('expires_at').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', key.type, key.build)
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    // SHA-256 of the token: the token itself is shown once and never stored.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  // Generated once and shared by every node that uses this database (the session cookie's signing key).
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  // Every change of one write shares its batch: a bulk edit is reverted as one.
  await db.schema.alterTable('changes').addColumn('batch', 'text').execute();
  await db.schema.alterTable('changes').addColumn('note', 'text').execute();
  await db.schema.createIndex('changes_batch').on('changes').column('batch').execute();

  await db.schema
    .createTable('correction_requests')
    .addColumn('id', key.type, key.build)
    // No foreign key: a request outlives a meeting deleted since, and says so.
    .addColumn('meeting_id', 'integer', (c) => c.notNull())
    // 'correction' or 'did-not-happen'.
    .addColumn('kind', 'text', (c) => c.notNull())
    // The fields the sender would change, as JSON: { field: new value }.
    .addColumn('proposed', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('message', 'text')
    // Seen by admins only.
    .addColumn('email', 'text')
    // 'open', 'applied' or 'dismissed'.
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .execute();
  await db.schema.createIndex('correction_requests_open').on('correction_requests').columns(['status', 'meeting_id']).execute();

  // When a volunteer last confirmed the meeting is as listed (an edit, an applied correction, "still right").
  await db.schema.alterTable('meetings').addColumn('checked_at', 'text').execute();

  await db.schema
    .createTable('link_checks')
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('status', 'integer')
    .addColumn('error', 'text')
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('link_checks').execute();
  await db.schema.alterTable('meetings').dropColumn('checked_at').execute();
  await db.schema.dropTable('correction_requests').execute();
  await db.schema.dropIndex('changes_batch').execute();
  await db.schema.alterTable('changes').dropColumn('note').execute();
  await db.schema.alterTable('changes').dropColumn('batch').execute();
  await db.schema.dropTable('settings').execute();
  await db.schema.dropTable('api_tokens').execute();
  await db.schema.dropTable('sessions').execute();
  await db.schema.alterTable('accounts').dropColumn('locked_until').execute();
  await db.schema.alterTable('accounts').dropColumn('failed_logins').execute();
}
