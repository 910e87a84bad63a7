import { sql, type Kysely } from 'kysely';

/**
 * The numbers this migration gave the catalogue's formats when it was written (each one's
 * place in the catalogue then). Frozen here, so that the migration numbers a store alike
 * whatever the catalogue holds today; the catalogue pins the same numbers as `id`.
 */
const NUMBERS_AT_0002: Readonly<Record<string, number>> = {
  O: 1,
  C: 2,
  D: 3,
  SD: 4,
  So: 5,
  To: 6,
  QA: 7,
  RF: 8,
  ME: 9,
  BT: 10,
  JT: 11,
  IW: 12,
  SG: 13,
  LC: 14,
  GP: 15,
  SPAD: 16,
  IP: 17,
  BK: 18,
  St: 19,
  Tr: 20,
  CP: 21,
  B: 22,
  M: 23,
  W: 24,
  YP: 25,
  GL: 26,
  CW: 27,
  NC: 28,
  SL: 29,
  NS: 30,
  RA: 31,
  WC: 32,
  CL: 33,
  CH: 34,
  VM: 35,
  HY: 36,
  TC: 37,
  ENG: 38,
  ES: 39,
  FR: 40,
  FIN: 41,
  PER: 42,
  BL: 43,
};
const FIRST_OTHER = 44;

/**
 * Formats get the number that BMLT clients match them by (`id`, `format_shared_id_list`):
 * the catalogue's formats the numbers above, so every server numbers them alike; others
 * follow after. Import sources get their own table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('formats').addColumn('id', 'integer').execute();
  const typed = db as Kysely<{ formats: { code: string; id: number | null } }>;
  const rows = await typed.selectFrom('formats').select('code').orderBy('code').execute();
  let next = FIRST_OTHER;
  for (const { code } of rows) {
    await typed
      .updateTable('formats')
      .set({ id: Object.hasOwn(NUMBERS_AT_0002, code) ? NUMBERS_AT_0002[code]! : next++ })
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
