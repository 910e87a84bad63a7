import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Meeting, MeetingInput } from '../domain/meeting.js';
import type { FeedServiceBody, ServiceBodyInput } from '../domain/service-body.js';
import type { ChangeLog, ChangeRecord, PendingChange } from './change-log.js';
import type { DialectHelpers } from './dialect/helpers.js';
import { BATCH, claimSlug, insertFormats, insertMeetings, slugsTaken, type BulkProgress } from './meeting-repository.js';
import { meetingToRow } from './meeting-rows.js';
import { inputContent, meetingsById, sameContent, storedContent } from './source-content.js';
import type { Database, ServiceBodiesTable } from './schema.js';
import { rowToServiceBody, serviceBodyToRow as serviceBodyColumns } from './service-body-repository.js';
import { orderParentsFirst, placeholderServiceBody, sameServiceBody } from './source-service-bodies.js';

/** A validated meeting of a feed, ready to be matched by its external id. */
export interface SourceMeeting {
  row: number;
  externalId: string;
  /** Canonical input; its service body id is resolved here from `serviceBodyExternalId`. */
  input: MeetingInput;
  serviceBodyExternalId: string | null;
  /** What a new meeting's slug is made from (made unique against the store). */
  slugBase: string;
}

export interface ReplaceWarning {
  row: number | null;
  externalId: string | null;
  message: string;
}

export interface ReplaceResult {
  added: number;
  changed: number;
  unchanged: number;
  removed: number;
  serviceBodies: { added: number; changed: number; removed: number };
  warnings: ReplaceWarning[];
}

export interface ReplaceOptions {
  actor: string;
  /** Work out every change inside the transaction, then roll it back. */
  dryRun?: boolean;
  /** Called after each batch of meeting writes; throwing from it rolls everything back. */
  progress?: BulkProgress;
  /**
   * Whether the feed's service bodies replace the source's. By default only when it has
   * some: a feed without any (a Meeting Guide feed, a saved BMLT search) leaves them alone.
   */
  manageServiceBodies?: boolean;
  /** Writes that the meetings need first, in the same transaction (the formats the source brought). */
  prepare?: (trx: Transaction<Database>, record: ChangeRecord) => Promise<void>;
  /**
   * Sees every change the replacement recorded, before it is committed (or, in a dry run,
   * rolled back): what a preview shows, and what an apply checks against it. Throwing from it
   * rolls everything back.
   */
  review?: (changes: readonly PendingChange[]) => void;
}

/** What every step of one replacement shares. */
interface ReplaceContext {
  trx: Transaction<Database>;
  dialect: DialectHelpers;
  record: ChangeRecord;
  /** The time written on every row the replacement touches. */
  at: string;
  source: string;
  warnings: ReplaceWarning[];
  progress: BulkProgress | undefined;
}

/** Thrown inside a dry run's transaction to undo it; carries the result out. */
class DryRunRollback extends Error {
  constructor(readonly result: ReplaceResult) {
    super('dry run');
  }
}

/**
 * Makes the store hold exactly what a source's feed holds, in one transaction: its service
 * bodies and meetings are matched by external id, so ids and slugs survive re-imports;
 * unchanged rows are not written; rows gone from the feed are deleted. Every change goes to
 * the change log. Hand-entered meetings and other sources are never touched.
 */
export class SourceReplacer {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly log: ChangeLog,
    private readonly dialect: DialectHelpers,
  ) {}

  async replace(
    source: string,
    feed: { meetings: readonly SourceMeeting[]; serviceBodies: readonly FeedServiceBody[] },
    options: ReplaceOptions,
  ): Promise<ReplaceResult> {
    try {
      return await this.log.write(options.actor, async (trx, logRecord) => {
        const recorded: PendingChange[] = [];
        const record: ChangeRecord = (change) => {
          recorded.push(change);
          logRecord(change);
        };
        const context: ReplaceContext = {
          trx,
          dialect: this.dialect,
          record,
          at: this.log.now(),
          source,
          warnings: [],
          progress: options.progress,
        };
        await options.prepare?.(trx, record);
        const result = await replaceIn(context, feed, options);
        options.review?.(recorded);
        if (options.dryRun) throw new DryRunRollback(result);
        return result;
      });
    } catch (error) {
      if (error instanceof DryRunRollback) return error.result;
      throw error;
    }
  }

  /** Deletes every meeting and service body of a source (bodies still used elsewhere stay). */
  async removeAll(source: string, actor: string): Promise<ReplaceResult> {
    return this.replace(source, { meetings: [], serviceBodies: [] }, { actor, manageServiceBodies: true });
  }
}

async function replaceIn(
  context: ReplaceContext,
  feed: { meetings: readonly SourceMeeting[]; serviceBodies: readonly FeedServiceBody[] },
  options: ReplaceOptions,
): Promise<ReplaceResult> {
  const { trx, source, warnings } = context;
  const existingBodies = await trx.selectFrom('service_bodies').selectAll().where('source', '=', source).execute();
  // A feed that does not manage bodies leaves the source's bodies as they are, and its
  // meetings may still point at them.
  const managesBodies = options.manageServiceBodies ?? feed.serviceBodies.length > 0;
  const bodies = managesBodies
    ? await upsertServiceBodies(context, existingBodies, feed.serviceBodies)
    : { ids: new Map(existingBodies.map((row) => [row.external_id ?? '', row.id])), added: 0, changed: 0, keep: new Set<number>() };

  const placeholders = await addUndescribedBodies(context, existingBodies, feed.meetings, bodies.ids);
  for (const id of placeholders.keep) bodies.keep.add(id);
  const meetings = await replaceMeetings(context, feed.meetings, bodies.ids);

  const removedBodies = managesBodies ? await removeServiceBodies(context, existingBodies, bodies.keep) : 0;
  return {
    ...meetings,
    serviceBodies: { added: bodies.added + placeholders.added, changed: bodies.changed, removed: removedBodies },
    warnings,
  };
}

async function upsertServiceBodies(
  { trx, record, at, source, warnings }: ReplaceContext,
  existingRows: readonly Selectable<ServiceBodiesTable>[],
  feedBodies: readonly FeedServiceBody[],
): Promise<{ ids: Map<string, number>; added: number; changed: number; keep: Set<number> }> {
  const existing = new Map(existingRows.map((row) => [row.external_id ?? '', rowToServiceBody(row)]));
  const ids = new Map<string, number>();
  let added = 0;
  let changed = 0;
  const { ordered, orphans } = orderParentsFirst(feedBodies);
  for (const externalId of orphans) {
    warnings.push({
      row: null,
      externalId,
      message: 'the parent of this service body is not in the feed (or forms a loop); it is kept without one',
    });
  }
  // A handful of bodies per source: one statement each keeps the parent ids simple.
  for (const body of ordered) {
    const parentId = body.parentExternalId === null ? null : (ids.get(body.parentExternalId) ?? null);
    const wanted: ServiceBodyInput = { ...body.input, parentId, source, externalId: body.externalId, sample: false };
    const before = existing.get(body.externalId);
    if (before && sameServiceBody(before, wanted)) {
      ids.set(body.externalId, before.id);
    } else if (before) {
      const row = await trx
        .updateTable('service_bodies')
        .set({ ...serviceBodyColumns(wanted), updated_at: at })
        .where('id', '=', before.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      record({ entityType: 'service_body', entityId: before.id, action: 'update', before, after: rowToServiceBody(row) });
      ids.set(body.externalId, before.id);
      changed++;
    } else {
      ids.set(body.externalId, await insertServiceBody(trx, record, at, wanted));
      added++;
    }
  }
  return { ids, added, changed, keep: new Set(ids.values()) };
}

/** Adds one body of a source, with its change-log row; answers its id. */
async function insertServiceBody(trx: Transaction<Database>, record: ChangeRecord, at: string, wanted: ServiceBodyInput): Promise<number> {
  const row = await trx
    .insertInto('service_bodies')
    .values({ ...serviceBodyColumns(wanted), created_at: at, updated_at: at })
    .returningAll()
    .executeTakeFirstOrThrow();
  record({ entityType: 'service_body', entityId: row.id, action: 'create', before: null, after: rowToServiceBody(row) });
  return row.id;
}

/**
 * The bodies the meetings name that the feed does not describe: the source's body with that
 * id when it has one (described by an earlier import), or else a new one named by its id
 * ("Service body 42"), so that no meeting loses its body. `ids` gets each of them.
 */
async function addUndescribedBodies(
  { trx, record, at, source, warnings }: ReplaceContext,
  existingRows: readonly Selectable<ServiceBodiesTable>[],
  meetings: readonly SourceMeeting[],
  ids: Map<string, number>,
): Promise<{ added: number; keep: Set<number> }> {
  const counts = new Map<string, number>();
  for (const { serviceBodyExternalId: id } of meetings) {
    if (id !== null && !ids.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const existing = new Map(existingRows.map((row) => [row.external_id ?? '', row]));
  const keep = new Set<number>();
  let added = 0;
  for (const [externalId, count] of counts) {
    let id = existing.get(externalId)?.id;
    if (id !== undefined) {
      warnings.push({
        row: null,
        externalId,
        message: `service body ${externalId} is not described by the feed: "${existing.get(externalId)!.name}" is kept for its ${count} meeting(s)`,
      });
    } else {
      const wanted = placeholderServiceBody(source, externalId);
      id = await insertServiceBody(trx, record, at, wanted);
      added++;
      warnings.push({
        row: null,
        externalId,
        message: `service body ${externalId} is not described by the feed: added as "${wanted.name}" for its ${count} meeting(s), until the source describes it`,
      });
    }
    ids.set(externalId, id);
    keep.add(id);
  }
  return { added, keep };
}

/** Deletes the source's bodies that left the feed, unless something outside the source still points at them. */
async function removeServiceBodies(
  { trx, record, warnings }: ReplaceContext,
  existingRows: readonly Selectable<ServiceBodiesTable>[],
  keep: ReadonlySet<number>,
): Promise<number> {
  const gone = existingRows.filter((row) => !keep.has(row.id));
  if (gone.length === 0) return 0;
  const goneIds = gone.map((row) => row.id);
  // Deleting a body sets such references to null without a change-log row: keep it instead.
  const [meetingRefs, childRefs] = await Promise.all([
    trx.selectFrom('meetings').select('service_body_id as id').distinct().where('service_body_id', 'in', goneIds).execute(),
    trx
      .selectFrom('service_bodies')
      .select('parent_id as id')
      .distinct()
      .where('parent_id', 'in', goneIds)
      .where('id', 'not in', goneIds)
      .execute(),
  ]);
  const referenced = new Set([...meetingRefs, ...childRefs].map((r) => Number(r.id)));
  const removable = gone.filter((row) => !referenced.has(row.id));
  for (const row of gone) {
    if (referenced.has(row.id)) {
      warnings.push({
        row: null,
        externalId: row.external_id,
        message: `service body "${row.name}" left the feed but other records still use it; it is kept`,
      });
    } else {
      record({ entityType: 'service_body', entityId: row.id, action: 'delete', before: rowToServiceBody(row), after: null });
    }
  }
  if (removable.length > 0) {
    await trx
      .deleteFrom('service_bodies')
      .where(
        'id',
        'in',
        removable.map((row) => row.id),
      )
      .execute();
  }
  return removable.length;
}

async function replaceMeetings(
  { trx, dialect, record, at, source, progress }: ReplaceContext,
  feedMeetings: readonly SourceMeeting[],
  bodyIds: ReadonlyMap<string, number>,
): Promise<{ added: number; changed: number; unchanged: number; removed: number }> {
  const existing = await storedContent(trx, dialect, source);
  const fresh: SourceMeeting[] = [];
  const changedInputs: { id: number; input: MeetingInput }[] = [];
  let unchanged = 0;
  for (const meeting of feedMeetings) {
    // Every body a meeting names is in bodyIds by now (described, kept or added by its id).
    const serviceBodyId = meeting.serviceBodyExternalId === null ? null : (bodyIds.get(meeting.serviceBodyExternalId) ?? null);
    const input: MeetingInput = {
      ...meeting.input,
      serviceBodyId,
      sample: false,
      provenance: { source, externalId: meeting.externalId },
    };
    const stored = existing.get(meeting.externalId);
    existing.delete(meeting.externalId);
    if (!stored) fresh.push({ ...meeting, input });
    else if (sameContent(stored.content, inputContent(input))) unchanged++;
    else changedInputs.push({ id: stored.id, input });
  }

  // Only meetings that change are read whole: the change log keeps what they were.
  const goneIds = [...existing.values()].map((stored) => stored.id);
  const befores = await meetingsById(trx, [...goneIds, ...changedInputs.map((c) => c.id)]);
  const changed = changedInputs.map(({ id, input }) => {
    const before = befores.get(id)!;
    const after: Meeting = { ...input, id, slug: before.slug, createdAt: before.createdAt, updatedAt: at, checkedAt: before.checkedAt };
    return { before, after };
  });
  const gone = goneIds.map((id) => befores.get(id)!);
  const total = gone.length + changed.length + fresh.length;
  let done = 0;
  const step = (n: number): void => {
    done += n;
    progress?.(done, total);
  };

  // Deleting first frees the slugs of meetings that left, before new ones claim theirs.
  for (let start = 0; start < gone.length; start += BATCH) {
    const batch = gone.slice(start, start + BATCH);
    for (const before of batch) record({ entityType: 'meeting', entityId: before.id, action: 'delete', before, after: null });
    const ids = batch.map((m) => m.id);
    await trx.deleteFrom('meeting_formats').where('meeting_id', 'in', ids).execute();
    await trx.deleteFrom('meetings').where('id', 'in', ids).execute();
    step(batch.length);
  }

  await updateMeetings(trx, record, changed, step);

  if (fresh.length > 0) {
    const taken = await slugsTaken(
      trx,
      fresh.map((m) => m.slugBase),
    );
    const slugs = fresh.map((m) => claimSlug(m.slugBase, taken));
    let inserted = 0;
    await insertMeetings(
      trx,
      fresh.map((m) => m.input),
      slugs,
      at,
      record,
      (n) => {
        step(n - inserted);
        inserted = n;
      },
    );
  }
  return { added: fresh.length, changed: changed.length, unchanged, removed: gone.length };
}

/**
 * Rewrites changed meetings in batches: an insert of rows whose ids exist turns into an
 * update of every column but the id and creation time (the same statement on both engines).
 */
async function updateMeetings(
  trx: Transaction<Database>,
  record: ChangeRecord,
  changed: readonly { before: Meeting; after: Meeting }[],
  step: (n: number) => void,
): Promise<void> {
  for (let start = 0; start < changed.length; start += BATCH) {
    const batch = changed.slice(start, start + BATCH);
    const rows = batch.map(({ after }) => ({
      ...meetingToRow(after, after.slug),
      id: after.id,
      created_at: after.createdAt,
      updated_at: after.updatedAt,
    }));
    const columns = Object.keys(rows[0]!).filter((c) => c !== 'id' && c !== 'created_at') as (keyof (typeof rows)[number])[];
    await trx
      .insertInto('meetings')
      .values(rows)
      .onConflict((oc) => oc.column('id').doUpdateSet((eb) => Object.fromEntries(columns.map((c) => [c, eb.ref(`excluded.${c}`)]))))
      .execute();
    const ids = batch.map(({ after }) => after.id);
    await trx.deleteFrom('meeting_formats').where('meeting_id', 'in', ids).execute();
    await insertFormats(
      trx,
      batch.map(({ after }) => after),
    );
    for (const { before, after } of batch) record({ entityType: 'meeting', entityId: after.id, action: 'update', before, after });
    step(batch.length);
  }
}
