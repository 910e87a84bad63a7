import {
  editsMeetings,
  listsMeetings,
  looksAfterMeetings,
  managesAccounts,
  mayManageServer,
  seesHistory,
  type Actor,
} from '../../domain/permissions.js';
import { messages } from '../i18n/messages.js';

/** One entry of the admin's navigation: shown to the actors `shows` lets see it. */
export interface AdminNavEntry {
  href: string;
  label: string;
  shows: (actor: Actor) => boolean;
}

const everyone = (actor: Actor): boolean => actor.account.active;

/**
 * The admin's sections, in the order volunteers reach for them. Each area adds its entry here
 * when its pages land, so the bar never links to a page that is not there.
 */
export function adminNav(): AdminNavEntry[] {
  const text = messages().admin;
  return [
    { href: '/admin/meetings', label: text.meetings.nav, shows: listsMeetings },
    // Corrections and data quality (issue 12 §7, §8): every role that looks after meetings sees them; observers only read.
    { href: '/admin/corrections', label: text.corrections.nav, shows: looksAfterMeetings },
    { href: '/admin/quality', label: text.quality.nav, shows: looksAfterMeetings },
    // History, deleted meetings, bulk edit (issue 12 §4, §5).
    { href: '/admin/history', label: text.history.title, shows: seesHistory },
    { href: '/admin/deleted', label: text.history.deleted.title, shows: seesHistory },
    { href: '/admin/bulk', label: text.bulk.title, shows: editsMeetings },
    { href: '/admin/sources', label: text.sources.nav, shows: mayManageServer },
    // Reference: service bodies, catalogues, people and tokens.
    { href: '/admin/service-bodies', label: text.bodies.nav, shows: everyone },
    { href: '/admin/formats', label: text.formats.nav, shows: mayManageServer },
    { href: '/admin/programs', label: text.programs.nav, shows: mayManageServer },
    { href: '/admin/users', label: text.users.nav, shows: managesAccounts },
    { href: '/admin/tokens', label: text.tokens.nav, shows: everyone },
    { href: '/admin/account', label: text.account.nav, shows: everyone },
  ];
}
