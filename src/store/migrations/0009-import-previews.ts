import type { Kysely } from 'kysely';

/**
 * What an admin saw before replacing a source (issue 12, import preview): the feed as it was
 * fetched and parsed, so that "Apply" imports exactly that feed and not a newer one, and the
 * plan it showed, so that the import can check it still does the same.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('import_previews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // Removing a source drops the previews of it.
    .addColumn('source', 'text', (c) => c.notNull().references('sources.name').onDelete('cascade'))
    .addColumn('account_id', 'integer', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The parsed feed and its warnings, as JSON.
    .addColumn('feed', 'text', (c) => c.notNull())
    // The dry run's report and plan, as JSON.
    .addColumn('preview', 'text', (c) => c.notNull())
    .addColumn('plan_key', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_previews_created').on('import_previews').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('import_previews').execute();
}
