import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { ChangesTable, Database } from './schema.js';

export type EntityType = 'meeting' | 'service_body' | 'format' | 'program';
export type ChangeAction = 'create' | 'update' | 'delete';

export interface PendingChange {
  entityType: EntityType;
  entityId: string | number;
  action: ChangeAction;
  before: unknown;
  after: unknown;
}

export interface Change {
  seq: number;
  at: string;
  actor: string;
  entityType: EntityType;
  entityId: string;
  action: ChangeAction;
  before: unknown;
  after: unknown;
  /** Shared by every change of one write (null for changes written before batches were kept). */
  batch: string | null;
  /** What the write was for, when its author said. */
  note: string | null;
}

/** What a write may say about itself. */
export interface WriteOptions {
  note?: string;
}

/** Rows per INSERT: well under both engines' bound-parameter limits. */
const BATCH = 400;

/** Notes a change for the change log of the write it is called in. */
export type ChangeRecord = (change: PendingChange) => void;

/**
 * The one way to write: runs the work in a transaction, appends a change-log row for every
 * change it records in that same transaction, and announces the changes only once they
 * are committed. A failure anywhere leaves neither data nor log behind.
 */
export class ChangeLog {
  readonly events = new EventEmitter<{ committed: [Change[]] }>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  now(): string {
    return this.clock().toISOString();
  }

  async write<T>(
    actor: string,
    work: (trx: Transaction<Database>, record: ChangeRecord) => Promise<T>,
    options: WriteOptions = {},
  ): Promise<T> {
    const pending: PendingChange[] = [];
    const at = this.now();
    const stamp = { at, actor, batch: randomUUID(), note: options.note ?? null };
    const { result, changes } = await this.db.transaction().execute(async (trx) => {
      const result = await work(trx, (change) => pending.push(change));
      const changes = await appendChanges(trx, stamp, pending);
      return { result, changes };
    });
    if (changes.length > 0) this.events.emit('committed', changes);
    return result;
  }

  /** Changes after a sequence number, oldest first: what another process replays to catch up. */
  async since(seq: number, limit = 1000): Promise<Change[]> {
    const rows = await this.db.selectFrom('changes').selectAll().where('seq', '>', seq).orderBy('seq').limit(limit).execute();
    return rows.map(rowToChange);
  }

  async forEntity(entityType: EntityType, entityId: string | number): Promise<Change[]> {
    const rows = await this.db
      .selectFrom('changes')
      .selectAll()
      .where('entity_type', '=', entityType)
      .where('entity_id', '=', String(entityId))
      .orderBy('seq')
      .execute();
    return rows.map(rowToChange);
  }

  /**
   * Changes made in [fromIso, toIso), newest first (at most `limit`, 10,000 by default), optionally of one kind of entity or one
   * entity: the history that BMLT's GetChanges reads. Either bound may be null (open).
   */
  async between(
    fromIso: string | null,
    toIso: string | null,
    filter: { entityType?: EntityType; entityId?: string | number; action?: ChangeAction; limit?: number } = {},
  ): Promise<Change[]> {
    let query = this.db.selectFrom('changes').selectAll();
    if (fromIso !== null) query = query.where('at', '>=', fromIso);
    if (toIso !== null) query = query.where('at', '<', toIso);
    if (filter.entityType !== undefined) query = query.where('entity_type', '=', filter.entityType);
    if (filter.entityId !== undefined) query = query.where('entity_id', '=', String(filter.entityId));
    if (filter.action !== undefined) query = query.where('action', '=', filter.action);
    // Newest first, so that the cap leaves out the oldest history, not the latest.
    const rows = await query
      .orderBy('seq', 'desc')
      .limit(filter.limit ?? 10_000)
      .execute();
    return rows.map(rowToChange);
  }

  /** Every change of one write, in the order it made them. */
  async inBatch(batch: string): Promise<Change[]> {
    const rows = await this.db.selectFrom('changes').selectAll().where('batch', '=', batch).orderBy('seq').execute();
    return rows.map(rowToChange);
  }

  async latestSeq(): Promise<number> {
    const row = await this.db
      .selectFrom('changes')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst();
    return row?.seq ?? 0;
  }
}

interface Stamp {
  at: string;
  actor: string;
  batch: string;
  note: string | null;
}

async function appendChanges(trx: Transaction<Database>, stamp: Stamp, pending: readonly PendingChange[]): Promise<Change[]> {
  const written: Change[] = [];
  for (let start = 0; start < pending.length; start += BATCH) {
    const rows = pending.slice(start, start + BATCH).map((change) => ({
      ...stamp,
      entity_type: change.entityType,
      entity_id: String(change.entityId),
      action: change.action,
      before: change.before === null ? null : JSON.stringify(change.before),
      after: change.after === null ? null : JSON.stringify(change.after),
    }));
    const inserted = await trx.insertInto('changes').values(rows).returning('seq').execute();
    inserted.forEach(({ seq }, i) => {
      const change = pending[start + i]!;
      written.push({ ...change, ...stamp, seq, entityId: String(change.entityId) });
    });
  }
  return written;
}

export function rowToChange(row: Selectable<ChangesTable>): Change {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    entityType: row.entity_type as EntityType,
    entityId: row.entity_id,
    action: row.action as ChangeAction,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
    batch: row.batch,
    note: row.note,
  };
}
