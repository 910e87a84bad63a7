import type { Kysely } from 'kysely';

/**
 * A source says what its feed does not: the program of its meetings and the time zone of
 * rows that give none (`--program`, `--timezone`). Null leaves it to the feed's rule.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sources').addColumn('program', 'text').execute();
  await db.schema.alterTable('sources').addColumn('time_zone', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sources').dropColumn('time_zone').execute();
  await db.schema.alterTable('sources').dropColumn('program').execute();
}
