import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** A kept preview; `feed` and `preview` are what the import side gave, read back from JSON. */
export interface StoredImportPreview {
  id: string;
  source: string;
  accountId: number;
  createdAt: string;
  feed: unknown;
  preview: unknown;
  planKey: string;
}

/** How long a preview may wait for Apply: a feed fetched yesterday is not what the source says today. */
export const PREVIEW_HOURS = 24;

/**
 * Previews of replacing a source, between the fetch and Apply or Cancel. Not meeting data, so
 * not in the change log: the import that applies one is.
 */
export class ImportPreviewRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date,
  ) {}

  /** Keeps a preview under a new unguessable id, and forgets those too old to apply. */
  async add(preview: Omit<StoredImportPreview, 'id' | 'createdAt'>): Promise<string> {
    const now = this.clock();
    const id = randomUUID();
    await this.db.deleteFrom('import_previews').where('created_at', '<', expiry(now)).execute();
    await this.db
      .insertInto('import_previews')
      .values({
        id,
        source: preview.source,
        account_id: preview.accountId,
        created_at: now.toISOString(),
        feed: JSON.stringify(preview.feed),
        preview: JSON.stringify(preview.preview),
        plan_key: preview.planKey,
      })
      .execute();
    return id;
  }

  /** A preview of that source that may still be applied. */
  async get(source: string, id: string): Promise<StoredImportPreview | undefined> {
    const row = await this.db
      .selectFrom('import_previews')
      .selectAll()
      .where('id', '=', id)
      .where('source', '=', source)
      .where('created_at', '>=', expiry(this.clock()))
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      source: row.source,
      accountId: row.account_id,
      createdAt: row.created_at,
      feed: JSON.parse(row.feed) as unknown,
      preview: JSON.parse(row.preview) as unknown,
      planKey: row.plan_key,
    };
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom('import_previews').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('import_previews')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

function expiry(now: Date): string {
  return new Date(now.getTime() - PREVIEW_HOURS * 3_600_000).toISOString();
}
