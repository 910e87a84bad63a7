import type { Kysely, Transaction } from 'kysely';
import type { Meeting, MeetingInput } from '../domain/meeting.js';
import { inputOfMeeting } from '../domain/meeting-input.js';
import { validateMeetingInput, type MeetingRules } from '../domain/meeting-validation.js';
import { ValidationError, type Problem } from '../domain/problem.js';
import { slugify, uniqueSlug } from '../domain/slug.js';
import type { ChangeLog, ChangeRecord, WriteOptions } from './change-log.js';
import { formatsByMeeting, meetingToRow, rowToMeeting, type MeetingRow } from './meeting-rows.js';
import type { Database } from './schema.js';

/** Rows per INSERT: 45 columns × 400 stays under SQLite's and PostgreSQL's parameter limits. */
export const BATCH = 400;
/** Meetings per page when reading the whole table. */
const PAGE = 2000;

export interface BulkProgress {
  (done: number, total: number): void;
}

export type Db = Kysely<Database> | Transaction<Database>;

export interface UpdateOptions {
  /** The `updatedAt` the editor started from: a later save by someone else is not overwritten. */
  ifUpdatedAt?: string;
  /** The volunteer confirmed the meeting as they saved it. */
  checked?: boolean;
  /** What the change was for, kept in the change log. */
  note?: string;
  /** More work for the same transaction (closing the correction request the edit applies): all or nothing. */
  alongside?: (trx: Transaction<Database>) => Promise<void>;
}

/** Someone else saved the meeting after the editor opened it: `current` is what it is now. */
export class StaleEditError extends Error {
  constructor(readonly current: Meeting) {
    super(`meeting ${current.id} was changed at ${current.updatedAt}, after this edit began`);
    this.name = 'StaleEditError';
  }
}

/** One meeting of a bulk write: its new fields, and the stamp the editor saw (a later save refuses the write). */
export interface MeetingEdit {
  id: number;
  input: MeetingInput;
  ifUpdatedAt?: string;
}

/** A deleted meeting cannot come back under its id: another meeting holds it. */
export class RestoreError extends Error {
  constructor(readonly id: number) {
    super(`meeting id ${id} is in use`);
    this.name = 'RestoreError';
  }
}

/** The slug a meeting gets when none is given: its name, city and state. */
export function defaultSlug(input: MeetingInput): string {
  return slugify([input.name, input.venue.city, input.venue.state].filter(Boolean).join(' '));
}

export class MeetingRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly log: ChangeLog,
  ) {}

  async get(id: number): Promise<Meeting | undefined> {
    return this.getWhere(this.db, 'id', id);
  }

  async getBySlug(slug: string): Promise<Meeting | undefined> {
    return this.getWhere(this.db, 'slug', slug);
  }

  private async getWhere(db: Db, column: 'id' | 'slug', value: number | string): Promise<Meeting | undefined> {
    const row = await db.selectFrom('meetings').selectAll().where(column, '=', value).executeTakeFirst();
    if (!row) return undefined;
    const formats = await db
      .selectFrom('meeting_formats')
      .select('format_code')
      .where('meeting_id', '=', row.id)
      .orderBy('position')
      .execute();
    return rowToMeeting(
      row,
      formats.map((f) => f.format_code),
    );
  }

  /** Every meeting (or every published, or unpublished, one), read in pages by id so memory stays flat. */
  async *all(options: { publishedOnly?: boolean; unpublishedOnly?: boolean } = {}): AsyncGenerator<Meeting[]> {
    let after = 0;
    for (;;) {
      let query = this.db.selectFrom('meetings').selectAll().where('id', '>', after);
      if (options.publishedOnly) query = query.where('published', '=', 1);
      if (options.unpublishedOnly) query = query.where('published', '=', 0);
      const rows = await query.orderBy('id').limit(PAGE).execute();
      if (rows.length === 0) return;
      yield await withFormats(this.db, rows);
      after = rows[rows.length - 1]!.id;
    }
  }

  async count(options: { publishedOnly?: boolean } = {}): Promise<number> {
    let query = this.db.selectFrom('meetings').select((eb) => eb.fn.countAll().as('n'));
    if (options.publishedOnly) query = query.where('published', '=', 1);
    const row = await query.executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** How many meetings a named import source holds. */
  async countBySource(source: string): Promise<number> {
    const row = await this.db
      .selectFrom('meetings')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('source', '=', source)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Published US meetings per state code (meetings without one are left out). */
  async countPublishedByState(): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('meetings')
      .select(['state', (eb) => eb.fn.countAll().as('n')])
      .where('published', '=', 1)
      .where('country', '=', 'US')
      .where('state', 'is not', null)
      .groupBy('state')
      .execute();
    return new Map(rows.map((r) => [r.state ?? '', Number(r.n)]));
  }

  async hasSample(): Promise<boolean> {
    const row = await this.db.selectFrom('meetings').select('id').where('sample', '=', 1).limit(1).executeTakeFirst();
    return row !== undefined;
  }

  async create(raw: unknown, actor: string): Promise<Meeting> {
    const [meeting] = await this.createMany([raw], actor);
    return meeting!;
  }

  /**
   * Creates meetings in one transaction, all or none. Every input is validated first and
   * every problem reported, prefixed by its position when there is more than one.
   */
  async createMany(raws: readonly unknown[], actor: string, progress?: BulkProgress): Promise<Meeting[]> {
    const rules = await this.rules();
    const inputs = validateAll(raws, rules);
    return this.log.write(actor, async (trx, record) => {
      const taken = await slugsTaken(
        trx,
        inputs.map((input) => input.slug ?? defaultSlug(input)),
      );
      const problems: Problem[] = [];
      const slugs = inputs.map((input, i) => {
        if (input.slug) {
          if (taken.has(input.slug)) problems.push({ field: fieldAt(inputs.length, i, 'slug'), message: 'is taken' });
          taken.add(input.slug);
          return input.slug;
        }
        return claimSlug(defaultSlug(input), taken);
      });
      if (problems.length > 0) throw new ValidationError(problems);
      return insertMeetings(trx, inputs, slugs, this.log.now(), record, progress);
    });
  }

  /**
   * Replaces a meeting's fields. The slug stays unless a new one is given. With `ifUpdatedAt`,
   * a meeting changed since that stamp (someone else saved first) is not overwritten: a
   * StaleEditError carries what it is now. `checked` records that a volunteer confirmed it.
   */
  async update(id: number, raw: unknown, actor: string, options: UpdateOptions = {}): Promise<Meeting | undefined> {
    const input = validateOne(raw, await this.rules());
    return this.log.write(
      actor,
      async (trx, record) => {
        const after = await this.replaceIn(trx, record, id, input, options);
        if (after) await options.alongside?.(trx);
        return after;
      },
      options.note === undefined ? {} : { note: options.note },
    );
  }

  /**
   * Replaces several meetings in ONE write, so that every change shares one batch and can be
   * reverted as one (bulk edit, the revert of a bulk edit). All or none: any invalid input, any
   * stale `ifUpdatedAt` or taken slug refuses the whole write. Ids no longer in the store are
   * passed over and returned in `missing`.
   */
  async updateMany(
    edits: readonly MeetingEdit[],
    actor: string,
    options: WriteOptions = {},
  ): Promise<{ updated: Meeting[]; missing: number[] }> {
    const rules = await this.rules();
    const inputs = validateAll(
      edits.map((edit) => edit.input),
      rules,
    );
    return this.log.write(
      actor,
      async (trx, record) => {
        const updated: Meeting[] = [];
        const missing: number[] = [];
        for (const [i, edit] of edits.entries()) {
          const after = await this.replaceIn(
            trx,
            record,
            edit.id,
            inputs[i]!,
            edit.ifUpdatedAt === undefined ? {} : { ifUpdatedAt: edit.ifUpdatedAt },
          );
          if (after) updated.push(after);
          else missing.push(edit.id);
        }
        return { updated, missing };
      },
      options,
    );
  }

  /**
   * Puts a deleted meeting back as it was logged, under its old id, so that links, feeds and
   * BMLT ids that named it work again. Refused (RestoreError) when a meeting holds that id; a
   * slug taken since gets the next free one ("hope-2"). The change log records a create.
   */
  async restore(meeting: Meeting, actor: string, options: WriteOptions = {}): Promise<Meeting> {
    const input = validateOne(inputOfMeeting(meeting), await this.rules());
    return this.log.write(
      actor,
      async (trx, record) => {
        const holder = await trx.selectFrom('meetings').select('id').where('id', '=', meeting.id).executeTakeFirst();
        if (holder) throw new RestoreError(meeting.id);
        const slug = claimSlug(meeting.slug, await slugsTaken(trx, [meeting.slug]));
        const at = this.log.now();
        await trx
          .insertInto('meetings')
          .values({
            id: meeting.id,
            ...meetingToRow(input, slug),
            created_at: meeting.createdAt,
            updated_at: at,
            checked_at: meeting.checkedAt,
          })
          .execute();
        const after: Meeting = {
          ...input,
          id: meeting.id,
          slug,
          createdAt: meeting.createdAt,
          updatedAt: at,
          checkedAt: meeting.checkedAt,
        };
        await insertFormats(trx, [after]);
        record({ entityType: 'meeting', entityId: meeting.id, action: 'create', before: null, after });
        return after;
      },
      options,
    );
  }

  /** One meeting's replacement inside a write: undefined when no meeting has the id. */
  private async replaceIn(
    trx: Transaction<Database>,
    record: ChangeRecord,
    id: number,
    input: MeetingInput,
    options: Pick<UpdateOptions, 'ifUpdatedAt' | 'checked'>,
  ): Promise<Meeting | undefined> {
    const before = await this.getWhere(trx, 'id', id);
    if (!before) return undefined;
    if (options.ifUpdatedAt !== undefined && options.ifUpdatedAt !== before.updatedAt) throw new StaleEditError(before);
    const slug = input.slug ?? before.slug;
    if (slug !== before.slug) {
      const clash = await trx.selectFrom('meetings').select('id').where('slug', '=', slug).executeTakeFirst();
      if (clash) throw new ValidationError([{ field: 'slug', message: 'is taken' }]);
    }
    const updatedAt = this.log.now();
    const checkedAt = options.checked ? updatedAt : before.checkedAt;
    await trx
      .updateTable('meetings')
      .set({ ...meetingToRow(input, slug), updated_at: updatedAt, checked_at: checkedAt })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('meeting_formats').where('meeting_id', '=', id).execute();
    const after: Meeting = { ...input, id, slug, createdAt: before.createdAt, updatedAt, checkedAt };
    await insertFormats(trx, [after]);
    record({ entityType: 'meeting', entityId: id, action: 'update', before, after });
    return after;
  }

  /** Records that volunteers confirmed these meetings are as listed, without changing them. Returns how many. */
  async markChecked(ids: readonly number[], actor: string): Promise<number> {
    if (ids.length === 0) return 0;
    return this.log.write(actor, async (trx, record) => {
      const at = this.log.now();
      let marked = 0;
      for (let start = 0; start < ids.length; start += BATCH) {
        const rows = await trx
          .selectFrom('meetings')
          .selectAll()
          .where('id', 'in', ids.slice(start, start + BATCH))
          .orderBy('id')
          .execute();
        if (rows.length === 0) continue;
        for (const before of await withFormats(trx, rows)) {
          await trx.updateTable('meetings').set({ checked_at: at }).where('id', '=', before.id).execute();
          record({ entityType: 'meeting', entityId: before.id, action: 'update', before, after: { ...before, checkedAt: at } });
          marked++;
        }
      }
      return marked;
    });
  }

  async remove(id: number, actor: string): Promise<boolean> {
    return (await this.removeWhere(actor, 'id', id)) > 0;
  }

  /** Removes every sample meeting, so that a new sample can replace it. Returns how many. */
  async removeSample(actor: string): Promise<number> {
    return this.removeWhere(actor, 'sample', 1);
  }

  private async removeWhere(actor: string, column: 'id' | 'sample', value: number): Promise<number> {
    return this.log.write(actor, async (trx, record: ChangeRecord) => {
      const rows = await trx.selectFrom('meetings').selectAll().where(column, '=', value).orderBy('id').execute();
      for (let start = 0; start < rows.length; start += BATCH) {
        const batch = rows.slice(start, start + BATCH);
        for (const before of await withFormats(trx, batch)) {
          record({ entityType: 'meeting', entityId: before.id, action: 'delete', before, after: null });
        }
        const ids = batch.map((row) => row.id);
        await trx.deleteFrom('meeting_formats').where('meeting_id', 'in', ids).execute();
        await trx.deleteFrom('meetings').where('id', 'in', ids).execute();
      }
      return rows.length;
    });
  }

  /** The codes a meeting may use: the store's formats and programs. */
  async rules(): Promise<MeetingRules> {
    return meetingRules(this.db);
  }
}

export async function meetingRules(db: Db): Promise<MeetingRules> {
  const [formats, programs] = await Promise.all([
    db.selectFrom('formats').select('code').execute(),
    db.selectFrom('programs').select('code').execute(),
  ]);
  return { formatCodes: new Set(formats.map((f) => f.code)), programCodes: new Set(programs.map((p) => p.code)) };
}

/**
 * Slugs already in the store that meetings with these slug bases could collide with.
 * Many bases: reading every slug is cheaper than a long OR of LIKEs.
 */
export async function slugsTaken(db: Db, bases: readonly string[]): Promise<Set<string>> {
  if (bases.length === 0) return new Set();
  if (bases.length > 50) {
    const rows = await db.selectFrom('meetings').select('slug').execute();
    return new Set(rows.map((r) => r.slug));
  }
  const rows = await db
    .selectFrom('meetings')
    .select('slug')
    .where((eb) => eb.or(bases.map((p) => eb.or([eb('slug', '=', p), eb('slug', 'like', `${p}-%`)]))))
    .execute();
  return new Set(rows.map((r) => r.slug));
}

/** The first free slug from a base ("hope", "hope-2", …), marked as taken. */
export function claimSlug(base: string, taken: Set<string>): string {
  const slug = uniqueSlug(base, (s) => taken.has(s));
  taken.add(slug);
  return slug;
}

/** Inserts validated meetings with their slugs in batches, recording a create for each. */
export async function insertMeetings(
  trx: Transaction<Database>,
  inputs: readonly MeetingInput[],
  slugs: readonly string[],
  at: string,
  record: ChangeRecord,
  progress?: BulkProgress,
): Promise<Meeting[]> {
  const created: Meeting[] = [];
  for (let start = 0; start < inputs.length; start += BATCH) {
    const batch = inputs.slice(start, start + BATCH);
    const rows = batch.map((input, i) => ({ ...meetingToRow(input, slugs[start + i]!), created_at: at, updated_at: at }));
    const ids = await trx.insertInto('meetings').values(rows).returning('id').execute();
    const meetings: Meeting[] = batch.map((input, i) => ({
      ...input,
      id: ids[i]!.id,
      slug: slugs[start + i]!,
      createdAt: at,
      updatedAt: at,
      checkedAt: null,
    }));
    await insertFormats(trx, meetings);
    for (const meeting of meetings) record({ entityType: 'meeting', entityId: meeting.id, action: 'create', before: null, after: meeting });
    created.push(...meetings);
    progress?.(created.length, inputs.length);
  }
  return created;
}

function fieldAt(count: number, index: number, field: string): string {
  return count === 1 ? field : `${index}.${field}`;
}

function validateOne(raw: unknown, rules: MeetingRules): MeetingInput {
  const result = validateMeetingInput(raw, rules);
  if (!result.ok) throw new ValidationError(result.problems);
  return result.value;
}

function validateAll(raws: readonly unknown[], rules: MeetingRules): MeetingInput[] {
  const problems: Problem[] = [];
  const inputs: MeetingInput[] = [];
  raws.forEach((raw, i) => {
    const result = validateMeetingInput(raw, rules);
    if (result.ok) inputs.push(result.value);
    else problems.push(...result.problems.map((p) => ({ ...p, field: fieldAt(raws.length, i, p.field) })));
  });
  if (problems.length > 0) throw new ValidationError(problems);
  return inputs;
}

export async function insertFormats(trx: Transaction<Database>, meetings: readonly Meeting[]): Promise<void> {
  const rows = meetings.flatMap((m) => m.formats.map((code, position) => ({ meeting_id: m.id, format_code: code, position })));
  for (let start = 0; start < rows.length; start += BATCH * 5) {
    await trx
      .insertInto('meeting_formats')
      .values(rows.slice(start, start + BATCH * 5))
      .execute();
  }
}

/** Attaches formats to a run of meeting rows sorted by id, with one query. */
export async function withFormats(db: Db, rows: MeetingRow[]): Promise<Meeting[]> {
  const first = rows[0]!.id;
  const last = rows[rows.length - 1]!.id;
  const formatRows = await db
    .selectFrom('meeting_formats')
    .select(['meeting_id', 'format_code'])
    .where('meeting_id', '>=', first)
    .where('meeting_id', '<=', last)
    .orderBy('meeting_id')
    .orderBy('position')
    .execute();
  const byMeeting = formatsByMeeting(formatRows);
  return rows.map((row) => rowToMeeting(row, byMeeting.get(row.id) ?? []));
}
