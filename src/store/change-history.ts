import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import { rowToChange, type Change, type EntityType } from './change-log.js';
import type { Database } from './schema.js';

/** What the admin history may be narrowed to. Dates are ISO instants, `to` excluded. */
export interface HistoryFilter {
  entityType?: EntityType;
  actor?: string;
  from?: string;
  to?: string;
  /** One write only. */
  batch?: string;
}

/** One write as the history shows it: its changes (at most `MEMBERS` of them) and how many it made in all. */
export interface HistoryEntry {
  /** The batch id, or the change's seq for a change written before batches were kept. */
  key: string;
  /** The newest seq of the write: the page's cursor. */
  top: number;
  total: number;
  changes: Change[];
}

export interface HistoryPage {
  entries: HistoryEntry[];
  /** The cursor of the next (older) page, or null on the last one. */
  next: number | null;
}

/** Changes shown per write: an import of thousands says how many and shows the first of them. */
export const MEMBERS = 25;
/** Writes read per round while looking for ones the actor may see. */
const ROUND = 100;
/** Rounds at most per page, so that an editor with little in reach cannot make one request read the whole log. */
const ROUNDS = 20;

// A write's key: its batch, or for the oldest rows (no batch) the change itself.
const WRITE_KEY = sql<string>`coalesce(batch, cast(seq as text))`;

/**
 * The change log read by write, newest first, for the admin history: a bulk edit or an import
 * is one entry of many changes. `visible` is the actor's scope (permissions.maySeeChangeOf).
 */
export class ChangeHistory {
  constructor(private readonly db: Kysely<Database>) {}

  async page(
    filter: HistoryFilter,
    visible: (change: Change) => boolean,
    options: { before?: number; limit: number },
  ): Promise<HistoryPage> {
    const entries: HistoryEntry[] = [];
    let before = options.before;
    for (let round = 0; round < ROUNDS; round++) {
      let query = filtered(this.db.selectFrom('changes'), filter)
        .select([WRITE_KEY.as('key'), (eb) => eb.fn.max('seq').as('top'), (eb) => eb.fn.countAll().as('n')])
        .groupBy(WRITE_KEY);
      if (before !== undefined) query = query.having((eb) => eb.fn.max('seq'), '<', before);
      const writes = await query.orderBy('top', 'desc').limit(ROUND).execute();
      for (const write of writes) {
        const top = write.top;
        before = top;
        const changes = (await this.members(filter, write.key)).filter(visible);
        if (changes.length === 0) continue;
        entries.push({ key: write.key, top, total: Number(write.n), changes });
        if (entries.length === options.limit) return { entries, next: top };
      }
      if (writes.length < ROUND) return { entries, next: null };
    }
    return { entries, next: before ?? null };
  }

  /**
   * The delete changes of meetings that are gone for good, newest first: the last change of each
   * is its delete and no meeting holds its id now (a restored one is back).
   */
  async deletedMeetings(limit = 500): Promise<Change[]> {
    const rows = await this.db
      .selectFrom('changes as c')
      .selectAll('c')
      .where('c.entity_type', '=', 'meeting')
      .where('c.action', '=', 'delete')
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('changes as later')
              .select('later.seq')
              .whereRef('later.entity_id', '=', 'c.entity_id')
              .where('later.entity_type', '=', 'meeting')
              .whereRef('later.seq', '>', 'c.seq'),
          ),
        ),
      )
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('meetings')
              .select('meetings.id')
              .where(sql<string>`cast(meetings.id as text)`, '=', eb.ref('c.entity_id')),
          ),
        ),
      )
      .orderBy('c.seq', 'desc')
      .limit(limit)
      .execute();
    return rows.map(rowToChange);
  }

  private async members(filter: HistoryFilter, key: string): Promise<Change[]> {
    const rows = await filtered(this.db.selectFrom('changes').selectAll(), filter)
      .where((eb) =>
        /^\d+$/.test(key)
          ? eb.or([eb('batch', '=', key), eb.and([eb('batch', 'is', null), eb('seq', '=', Number(key))])])
          : eb('batch', '=', key),
      )
      .orderBy('seq')
      .limit(MEMBERS)
      .execute();
    return rows.map(rowToChange);
  }
}

function filtered<O>(query: SelectQueryBuilder<Database, 'changes', O>, filter: HistoryFilter): SelectQueryBuilder<Database, 'changes', O> {
  let q = query;
  if (filter.entityType !== undefined) q = q.where('entity_type', '=', filter.entityType);
  if (filter.actor !== undefined) q = q.where('actor', '=', filter.actor);
  if (filter.from !== undefined) q = q.where('at', '>=', filter.from);
  if (filter.to !== undefined) q = q.where('at', '<', filter.to);
  if (filter.batch !== undefined) q = q.where('batch', '=', filter.batch);
  return q;
}
