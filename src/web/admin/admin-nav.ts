import { looksAfterMeetings, type Actor } from '../../domain/permissions.js';
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
  const text = messages().admin;
  return [
    // Corrections and data quality (issue 12 §7, §8): every role that looks after meetings sees them; observers only read.
    { href: '/admin/corrections', label: text.corrections.nav, shows: looksAfterMeetings },
    { href: '/admin/quality', label: text.quality.nav, shows: looksAfterMeetings },
  ];
}
