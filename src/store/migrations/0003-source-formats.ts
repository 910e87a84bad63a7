import type { Kysely } from 'kysely';

/**
 * Formats a feed brought that the catalogue lacks (a BMLT server's "Ti", a sheet's
 * "Potluck") are kept as formats of their import source: `source` names it (null for the
 * catalogue's), `source_key` is the feed's own key, by which a re-import finds it again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('formats').addColumn('source', 'text').execute();
  await db.schema.alterTable('formats').addColumn('source_key', 'text').execute();
  await db.schema.createIndex('formats_source_key').unique().on('formats').columns(['source', 'source_key']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('formats_source_key').execute();
  await db.schema.alterTable('formats').dropColumn('source_key').execute();
  await db.schema.alterTable('formats').dropColumn('source').execute();
}
