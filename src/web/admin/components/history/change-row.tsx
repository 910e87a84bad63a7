import { messages } from '../../../i18n/messages.js';
import type { ChangeView } from './change-view.js';
import { DiffTable, type BodyNames } from './diff-table.js';

/** "Changed meeting “Hope”", linked to the meeting's history when it is a meeting. */
export function ChangeWhat({ change }: { change: ChangeView }) {
  const text = messages().admin.history;
  const words = text.what(
    text.actions[change.action] ?? change.action,
    text.entityOne[change.entityType] ?? change.entityType,
    change.name,
  );
  if (change.entityType !== 'meeting') return <>{words}</>;
  return <a href={`/admin/meetings/${change.entityId}/history`}>{words}</a>;
}

export function ChangeDiff({ change, bodies }: { change: ChangeView; bodies: BodyNames }) {
  return <DiffTable diff={change.diff} caption={messages().admin.history.diffCaption(change.name)} bodies={bodies} />;
}
