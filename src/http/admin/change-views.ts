import { changeBodyIds } from '../../domain/change-scope.js';
import { recordDiff } from '../../domain/meeting-diff.js';
import { maySeeChangeOf, type Actor } from '../../domain/permissions.js';
import type { Change } from '../../store/change-log.js';
import type { ChangeView } from '../../web/admin/components/history/change-view.js';

/** The name a change is about: the meeting's or body's name, a format's code. */
function nameOf(change: Change): string {
  for (const side of [change.after, change.before]) {
    if (typeof side !== 'object' || side === null) continue;
    const record = side as Record<string, unknown>;
    if (typeof record.name === 'string') return record.name;
    if (typeof record.code === 'string') return record.code;
  }
  return `#${change.entityId}`;
}

export function changeView(change: Change): ChangeView {
  return {
    seq: change.seq,
    at: change.at,
    actor: change.actor,
    entityType: change.entityType,
    entityId: change.entityId,
    action: change.action,
    note: change.note,
    name: nameOf(change),
    diff: recordDiff(change.before, change.after),
  };
}

/** The actor's scope over the log, for ChangeHistory.page. */
export function visibleTo(actor: Actor): (change: Change) => boolean {
  return (change) => maySeeChangeOf(actor, change.entityType, changeBodyIds(change.entityType, change.before, change.after));
}
