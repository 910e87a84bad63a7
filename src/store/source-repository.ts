import type { Kysely, Selectable } from 'kysely';
import type { Database, SourcesTable } from './schema.js';

export type SourceKind = 'bmlt' | 'meeting-guide';

/** A named feed and how its imports went. */
export interface Source {
  name: string;
  kind: SourceKind;
  url: string;
  /** Seconds between scheduled imports; null: imported only by hand. */
  everySeconds: number | null;
  allowPrivate: boolean;
  /** The program of every meeting; null: the feed's rule decides (BMLT: NA; Meeting Guide: see decision 0009). */
  program: string | null;
  /** The IANA zone of rows that give none; null: from each row's place. */
  timeZone: string | null;
  nextRunAt: string | null;
  lastRunAt: string | null;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  /** The last import's report, as it was saved. */
  lastReport: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface NewSource {
  name: string;
  kind: SourceKind;
  url: string;
  everySeconds: number | null;
  allowPrivate: boolean;
  program?: string | null;
  timeZone?: string | null;
}

export type RunOutcome = { ok: true; report: unknown } | { ok: false; error: string };

function rowToSource(row: Selectable<SourcesTable>): Source {
  return {
    name: row.name,
    kind: row.kind as SourceKind,
    url: row.url,
    everySeconds: row.every_seconds,
    allowPrivate: Boolean(row.allow_private),
    program: row.program,
    timeZone: row.time_zone,
    nextRunAt: row.next_run_at,
    lastRunAt: row.last_run_at,
    lastSuccessAt: row.last_success_at,
    lastErrorAt: row.last_error_at,
    lastError: row.last_error,
    lastReport: row.last_report === null ? null : (JSON.parse(row.last_report) as unknown),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * The sources table. It is configuration, not meeting data, so its writes are not in the
 * change log; the imports it starts are.
 */
export class SourceRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly clock: () => Date,
  ) {}

  async list(): Promise<Source[]> {
    const rows = await this.db.selectFrom('sources').selectAll().orderBy('name').execute();
    return rows.map(rowToSource);
  }

  async get(name: string): Promise<Source | undefined> {
    const row = await this.db.selectFrom('sources').selectAll().where('name', '=', name).executeTakeFirst();
    return row && rowToSource(row);
  }

  /** Adds a source; false when the name is taken. A new scheduled source is due at once. */
  async add(source: NewSource): Promise<boolean> {
    const at = this.clock().toISOString();
    const result = await this.db
      .insertInto('sources')
      .values({
        name: source.name,
        kind: source.kind,
        url: source.url,
        every_seconds: source.everySeconds,
        allow_private: source.allowPrivate ? 1 : 0,
        program: source.program ?? null,
        time_zone: source.timeZone ?? null,
        next_run_at: null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.column('name').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /**
   * Changes a source's settings (not its name, which its meetings carry), only if nobody saved
   * it since `ifUpdatedAt`: 'stale' then, and nothing is written. A new interval is due at once.
   */
  async update(name: string, settings: Omit<NewSource, 'name'>, ifUpdatedAt: string): Promise<'updated' | 'missing' | 'stale'> {
    const result = await this.db
      .updateTable('sources')
      .set({
        kind: settings.kind,
        url: settings.url,
        every_seconds: settings.everySeconds,
        allow_private: settings.allowPrivate ? 1 : 0,
        program: settings.program ?? null,
        time_zone: settings.timeZone ?? null,
        next_run_at: null,
        updated_at: this.clock().toISOString(),
      })
      .where('name', '=', name)
      .where('updated_at', '=', ifUpdatedAt)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0) return 'updated';
    return (await this.get(name)) ? 'stale' : 'missing';
  }

  async remove(name: string): Promise<boolean> {
    const result = await this.db.deleteFrom('sources').where('name', '=', name).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Scheduled sources whose next run is due (a hint: claim() decides who runs them). */
  async due(now: Date): Promise<Source[]> {
    const rows = await this.db
      .selectFrom('sources')
      .selectAll()
      .where('every_seconds', 'is not', null)
      .where((eb) => eb.or([eb('next_run_at', 'is', null), eb('next_run_at', '<=', now.toISOString())]))
      .orderBy('name')
      .execute();
    return rows.map(rowToSource);
  }

  /**
   * Claims a due source for one run by moving its next run on. The update is conditional,
   * so when several servers share the store only the one whose update changed the row runs it.
   */
  async claim(name: string, now: Date): Promise<boolean> {
    const source = await this.get(name);
    if (!source || source.everySeconds === null) return false;
    const nowIso = now.toISOString();
    const next = new Date(now.getTime() + source.everySeconds * 1000).toISOString();
    const result = await this.db
      .updateTable('sources')
      .set({ next_run_at: next })
      .where('name', '=', name)
      .where((eb) => eb.or([eb('next_run_at', 'is', null), eb('next_run_at', '<=', nowIso)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Records how a run ended. The error is kept to its first line: no stack traces. */
  async recordRun(name: string, startedAt: Date, outcome: RunOutcome): Promise<void> {
    const at = this.clock().toISOString();
    const base = { last_run_at: startedAt.toISOString(), updated_at: at };
    const set = outcome.ok
      ? { ...base, last_success_at: at, last_report: JSON.stringify(outcome.report) }
      : { ...base, last_error_at: at, last_error: oneLine(outcome.error) };
    await this.db.updateTable('sources').set(set).where('name', '=', name).execute();
  }
}

export function oneLine(message: string): string {
  return (message.split('\n')[0] ?? '').trim().slice(0, 500);
}
