import type { Meeting, MeetingInput } from './meeting.js';
import { inputOfMeeting } from './meeting-input.js';
import { mayEditMeetingIn, type Actor } from './permissions.js';

/** A change as the log keeps it, as much as a revert reads. */
export interface LoggedChange {
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

export type RevertConflict = 'changed-since' | 'gone' | 'not-yours' | 'not-an-edit';

export interface BatchRevertPlan {
  edits: { id: number; input: MeetingInput; ifUpdatedAt: string }[];
  /** Why the write cannot be put back as one; empty when it can. */
  conflicts: { id: string; name: string; reason: RevertConflict }[];
}

function asMeeting(value: unknown): Meeting | null {
  return typeof value === 'object' && value !== null && 'id' in value && 'updatedAt' in value ? (value as Meeting) : null;
}

/**
 * How to put every meeting a write changed back as it was, as one new write. It is all or
 * nothing: a meeting changed since (its stamp is not the one the write left), deleted since,
 * out of the actor's reach, or a change that was not an edit of a meeting refuses the whole
 * revert, and each is named.
 */
export function planBatchRevert(changes: readonly LoggedChange[], current: ReadonlyMap<number, Meeting>, actor: Actor): BatchRevertPlan {
  const plan: BatchRevertPlan = { edits: [], conflicts: [] };
  for (const change of changes) {
    const before = asMeeting(change.before);
    const after = asMeeting(change.after);
    const name = after?.name ?? before?.name ?? change.entityId;
    if (change.entityType !== 'meeting' || change.action !== 'update' || before === null || after === null) {
      plan.conflicts.push({ id: change.entityId, name, reason: 'not-an-edit' });
      continue;
    }
    const now = current.get(after.id);
    // Named as it is now, so the volunteer finds it.
    const named = now?.name ?? name;
    if (now === undefined) plan.conflicts.push({ id: change.entityId, name, reason: 'gone' });
    else if (now.updatedAt !== after.updatedAt) plan.conflicts.push({ id: change.entityId, name: named, reason: 'changed-since' });
    else if (!mayEditMeetingIn(actor, now.serviceBodyId) || !mayEditMeetingIn(actor, before.serviceBodyId))
      plan.conflicts.push({ id: change.entityId, name: named, reason: 'not-yours' });
    else plan.edits.push({ id: now.id, input: inputOfMeeting(before), ifUpdatedAt: now.updatedAt });
  }
  return plan;
}
