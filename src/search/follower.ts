import { toPublicMeeting, type Meeting, type PublicMeeting } from '../domain/meeting.js';
import type { Change, ChangeLog } from '../store/change-log.js';

export interface ChangeTarget {
  upsertMeeting(meeting: PublicMeeting): void;
  removeMeeting(id: number): void;
  serviceBodiesChanged(): Promise<void>;
  referenceChanged(): Promise<void>;
}

/** How long a missing sequence number is waited for before it is taken for a rollback. */
const GAP_PATIENCE_MS = 60_000;
const MAX_GAPS = 10_000;

/**
 * Keeps a process's index in step with the change log. Changes this process commits arrive
 * as events at once; changes other processes commit (several nodes on one PostgreSQL) are
 * found by polling the log's sequence. Either way each change is applied once.
 *
 * PostgreSQL numbers a change when it is written, not when it commits, so a slow transaction
 * can commit a lower number after a higher one has been read. Skipped numbers are therefore
 * remembered and looked for again until they show up or are old enough to be rollbacks.
 */
export class ChangeFollower {
  private timer: NodeJS.Timeout | undefined;
  /** Sequence numbers skipped over, with when they were first missed. */
  private readonly gaps = new Map<number, number>();
  private catchingUp: Promise<void> = Promise.resolve();
  private readonly onCommitted = (changes: Change[]): void => {
    void this.enqueue(() => this.receive(changes));
  };

  constructor(
    private readonly log: ChangeLog,
    private readonly target: ChangeTarget,
    private lastSeq: number,
    private readonly clock: () => number = Date.now,
  ) {}

  start(pollMs: number): void {
    this.log.events.on('committed', this.onCommitted);
    if (pollMs > 0) {
      this.timer = setInterval(() => void this.enqueue(() => this.poll()), pollMs);
      this.timer.unref();
    }
  }

  stop(): Promise<void> {
    this.log.events.off('committed', this.onCommitted);
    clearInterval(this.timer);
    return this.catchingUp;
  }

  /** Resolves once everything committed so far has been applied. */
  settled(): Promise<void> {
    return this.enqueue(() => this.poll());
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.catchingUp = this.catchingUp.then(work).catch(() => undefined);
    return this.catchingUp;
  }

  private async receive(changes: Change[]): Promise<void> {
    // A gap means another process wrote in between: read the log rather than skip it.
    if (changes.length > 0 && changes[0]!.seq > this.lastSeq + 1) return this.poll();
    await this.apply(changes);
  }

  private async poll(): Promise<void> {
    const now = this.clock();
    for (const [seq, missedAt] of this.gaps) if (now - missedAt > GAP_PATIENCE_MS) this.gaps.delete(seq);
    let from = this.gaps.size > 0 ? Math.min(...this.gaps.keys()) - 1 : this.lastSeq;
    for (;;) {
      const changes = await this.log.since(from, 1000);
      await this.apply(changes);
      if (changes.length < 1000) return;
      from = changes[changes.length - 1]!.seq;
    }
  }

  private async apply(changes: readonly Change[]): Promise<void> {
    let bodies = false;
    let reference = false;
    for (const change of changes) {
      if (change.seq <= this.lastSeq) {
        // Seen before, unless it is one of the numbers that were missing.
        if (!this.gaps.delete(change.seq)) continue;
      } else {
        for (let missing = this.lastSeq + 1; missing < change.seq && this.gaps.size < MAX_GAPS; missing++) {
          this.gaps.set(missing, this.clock());
        }
        this.lastSeq = change.seq;
      }
      if (change.entityType === 'meeting') {
        // The log holds the whole record; the index holds only what anyone may see.
        if (change.after) this.target.upsertMeeting(toPublicMeeting(change.after as Meeting));
        else this.target.removeMeeting(Number(change.entityId));
      } else if (change.entityType === 'service_body') bodies = true;
      else reference = true;
    }
    if (bodies) await this.target.serviceBodiesChanged();
    if (reference) await this.target.referenceChanged();
  }
}
