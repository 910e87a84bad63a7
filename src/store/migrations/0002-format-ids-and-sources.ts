import { sql, type Kysely } from 'kysely';
import { catalogueNumber, FORMAT_CATALOGUE } from '../../domain/formats-catalogue.js';

/**
 * Formats get the number that BMLT clients match them by (`id`, `format_shared_id_list`):
 * catalogue formats take their place in the catalogue, so every server numbers them alike;
 * others follow after. Import sources get their own table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('formats').addColumn('id', 'integer').execute();
  const typed = db as Kysely<{ formats: { code: string; id: number | null } }>;
  const rows = await typed.selectFrom('formats').select('code').orderBy('code').execute();
  let next = FORMAT_CATALOGUE.length + 1;
  for (const { code } of rows) {
    await typed
      .updateTable('formats')
      .set({ id: catalogueNumber(code) ?? next++ })
      .where('code', '=', code)
      .execute();
  }
  await db.schema.createIndex('formats_id').unique().on('formats').column('id').execute();

  await db.schema
    .createTable('sources')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('every_seconds', 'integer')
    .addColumn('allow_private', 'boolean', (c) => c.notNull().defaultTo(sql`false`))
    .addColumn('next_run_at', 'text')
    .addColumn('last_run_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_report', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sources').execute();
  await db.schema.dropIndex('formats_id').execute();
  await db.schema.alterTable('formats').dropColumn('id').execute();
}
