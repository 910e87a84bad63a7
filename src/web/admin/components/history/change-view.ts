import type { FieldChange } from '../../../../domain/meeting-diff.js';

/** One logged change as the history pages show it. */
export interface ChangeView {
  seq: number;
  at: string;
  actor: string;
  entityType: string;
  entityId: string;
  action: string;
  note: string | null;
  /** The meeting's, body's or format's name (its code for a format). */
  name: string;
  diff: FieldChange[];
}

/** One write: one change, or the many of a bulk edit or an import. */
export interface WriteView {
  key: string;
  /** The batch id when the write has one (every write since batches were kept). */
  batch: string | null;
  total: number;
  changes: ChangeView[];
  /** Whether the revert-this-write button shows: a write of meeting edits, and an actor who edits. */
  revertable: boolean;
}
