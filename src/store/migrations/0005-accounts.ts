import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect/dialect-of.js';

/** The volunteers who keep the lists (issue 12): an account, its argon2id hash, its role and its service bodies. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const key = dialectOf(db).serialKey;
  await db.schema
    .createTable('accounts')
    .addColumn('id', key.type, key.build)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(sql`true`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('account_service_bodies')
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('service_body_id', 'integer', (c) => c.notNull().references('service_bodies.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('account_service_bodies_pk', ['account_id', 'service_body_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('account_service_bodies').execute();
  await db.schema.dropTable('accounts').execute();
}
