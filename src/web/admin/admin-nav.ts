import { editsMeetings, seesHistory, type Actor } from '../../domain/permissions.js';
import { messages } from '../i18n/messages.js';

/** One entry of the admin's navigation: shown to the actors `shows` lets see it. */
export interface AdminNavEntry {
  href: string;
  label: string;
  shows: (actor: Actor) => boolean;
}

/**
 * The admin's sections, in the order volunteers reach for them. Each area adds its entry here
 * when its pages land, so the bar never links to a page that is not there.
 */
export function adminNav(): AdminNavEntry[] {
  const history = messages().admin.history;
  return [
    // History, deleted meetings, bulk edit (issue 12 §4, §5).
    { href: '/admin/history', label: history.title, shows: seesHistory },
    { href: '/admin/deleted', label: history.deleted.title, shows: seesHistory },
    { href: '/admin/bulk', label: messages().admin.bulk.title, shows: editsMeetings },
  ];
}
