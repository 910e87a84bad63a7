import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Values the site makes for itself once and every node reads from the same database. */
export class Settings {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * A random secret under this key, made on first use. Two nodes starting at once may both try:
   * the first insert wins and both read it back.
   */
  async secret(key: string): Promise<string> {
    const found = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
    if (found) return found.value;
    await this.db
      .insertInto('settings')
      .values({ key, value: randomBytes(32).toString('base64url') })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirstOrThrow();
    return row.value;
  }
}
