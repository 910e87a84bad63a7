import type { Kysely } from 'kysely';
import type { LinkStatus } from '../domain/data-quality.js';
import type { Database } from './schema.js';

/** How each meeting link last answered the background check: one row per URL, replaced at every check. */
export class LinkCheckRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(check: LinkStatus): Promise<void> {
    const values = { url: check.url, status: check.status, error: check.error, checked_at: check.checkedAt };
    await this.db
      .insertInto('link_checks')
      .values(values)
      .onConflict((oc) => oc.column('url').doUpdateSet({ status: check.status, error: check.error, checked_at: check.checkedAt }))
      .execute();
  }

  async all(): Promise<LinkStatus[]> {
    const rows = await this.db.selectFrom('link_checks').selectAll().orderBy('url').execute();
    return rows.map((row) => ({ url: row.url, status: row.status, error: row.error, checkedAt: row.checked_at }));
  }

  /** When each URL was last checked, to check the oldest first. */
  async checkedAt(): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('link_checks').select(['url', 'checked_at']).execute();
    return new Map(rows.map((row) => [row.url, row.checked_at]));
  }
}
