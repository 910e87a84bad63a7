import type { Kysely, Selectable } from 'kysely';
import {
  applyCorrection,
  CORRECTION_KINDS,
  type CorrectionKind,
  type CorrectionRequest,
  type CorrectionStatus,
  type NewCorrection,
  type ProposedFields,
} from '../domain/correction.js';
import type { Meeting } from '../domain/meeting.js';
import type { Db, MeetingRepository } from './meeting-repository.js';
import type { CorrectionRequestsTable, Database } from './schema.js';

/** The request is no longer open: someone applied or dismissed it first. */
export class CorrectionClosedError extends Error {
  constructor(readonly request: CorrectionRequest) {
    super(`correction request ${request.id} is already ${request.status}`);
    this.name = 'CorrectionClosedError';
  }
}

/** The most open requests the queue reads at once: more than a body's volunteers work through in a sitting. */
const QUEUE_LIMIT = 500;

/**
 * Visitors' correction requests. They are not meetings, so they are not in the change log
 * (which the search index follows); applying one changes the meeting through the meeting
 * repository, which logs it like any edit.
 */
export class CorrectionRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly meetings: MeetingRepository,
    private readonly clock: () => Date,
  ) {}

  async add(request: NewCorrection): Promise<CorrectionRequest> {
    const proposed =
      request.kind === 'did-not-happen' ? (request.missedOn === null ? {} : { missedOn: request.missedOn }) : request.proposed;
    const row = await this.db
      .insertInto('correction_requests')
      .values({
        meeting_id: request.meetingId,
        kind: request.kind,
        proposed: JSON.stringify(proposed),
        message: request.message,
        email: request.email,
        status: 'open',
        created_at: this.clock().toISOString(),
        resolved_at: null,
        resolved_by: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return rowToRequest(row);
  }

  async get(id: number): Promise<CorrectionRequest | undefined> {
    const row = await this.db.selectFrom('correction_requests').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? rowToRequest(row) : undefined;
  }

  /** Open requests, newest first. */
  async open(limit = QUEUE_LIMIT): Promise<CorrectionRequest[]> {
    const rows = await this.db
      .selectFrom('correction_requests')
      .selectAll()
      .where('status', '=', 'open')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(rowToRequest);
  }

  /** Every request about one meeting, newest first. */
  async forMeeting(meetingId: number): Promise<CorrectionRequest[]> {
    const rows = await this.db
      .selectFrom('correction_requests')
      .selectAll()
      .where('meeting_id', '=', meetingId)
      .orderBy('id', 'desc')
      .execute();
    return rows.map(rowToRequest);
  }

  /** Closes an open request. False when it was not open (someone else closed it first) or is unknown. */
  async resolve(id: number, status: Exclude<CorrectionStatus, 'open'>, actor: string, db: Db = this.db): Promise<boolean> {
    const result = await db
      .updateTable('correction_requests')
      .set({ status, resolved_at: this.clock().toISOString(), resolved_by: actor })
      .where('id', '=', id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Applies an open request to its meeting as it stands: the proposed fields (or temporarily
   * closed, for "did not happen"), marked checked, in the change log with a note. The request is
   * closed in the same transaction as the edit, so two admins pressing Apply at once change the
   * meeting once, and a refused edit (the meeting changed meanwhile, an invalid result) leaves it open.
   */
  async apply(id: number, actor: string): Promise<{ request: CorrectionRequest; meeting: Meeting } | undefined> {
    const request = await this.get(id);
    if (!request) return undefined;
    if (request.status !== 'open') throw new CorrectionClosedError(request);
    const meeting = await this.meetings.get(request.meetingId);
    if (!meeting) return undefined;
    const updated = await this.meetings.update(meeting.id, applyCorrection(meeting, request), actor, {
      checked: true,
      ifUpdatedAt: meeting.updatedAt,
      note: `correction request ${id}`,
      // Closed in the edit's own transaction: the request is applied exactly when the meeting changes, and once.
      alongside: async (trx) => {
        if (!(await this.resolve(id, 'applied', actor, trx))) throw new CorrectionClosedError({ ...request, status: 'applied' });
      },
    });
    if (!updated) return undefined;
    return { request: (await this.get(id))!, meeting: updated };
  }
}

function rowToRequest(row: Selectable<CorrectionRequestsTable>): CorrectionRequest {
  const stored = JSON.parse(row.proposed) as ProposedFields & { missedOn?: string };
  const { missedOn, ...proposed } = stored;
  const kind: CorrectionKind = (CORRECTION_KINDS as readonly string[]).includes(row.kind) ? (row.kind as CorrectionKind) : 'correction';
  return {
    id: row.id,
    meetingId: row.meeting_id,
    kind,
    proposed,
    missedOn: missedOn ?? null,
    message: row.message,
    email: row.email,
    status: row.status as CorrectionStatus,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
  };
}
