import { DateTime } from 'luxon';
import { messages } from '../i18n/messages.js';

/** "March 8, 2026": a date as the page's language writes it, on the clock of `timeZone`. */
export function dateText(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: timeZone }).setLocale(messages().locale).toLocaleString(DateTime.DATE_FULL);
}

/**
 * "Last checked by a volunteer today / yesterday / on March 8, 2026", judged on the meeting's
 * clock at `now`, or that no volunteer has checked it yet.
 */
export function checkedText(checkedAt: string | null, now: number, timeZone: string): string {
  const text = messages().meeting;
  if (checkedAt === null) return text.neverChecked;
  const day = DateTime.fromISO(checkedAt, { zone: timeZone }).toISODate();
  const today = DateTime.fromMillis(now, { zone: timeZone });
  if (day === today.toISODate()) return text.checkedToday;
  if (day === today.minus({ days: 1 }).toISODate()) return text.checkedYesterday;
  return text.checkedOn(dateText(checkedAt, timeZone));
}
