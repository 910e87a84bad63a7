import { DateTime, IANAZone } from 'luxon';

/**
 * VTIMEZONE components from the IANA database that Luxon reads through ICU, for
 * ical-generator's `timezone.generator`. RFC 5545 wants one for every TZID a calendar uses;
 * most clients know IANA names anyway, but Outlook and older clients follow what the file says.
 *
 * The zone's offset changes are found by scanning a span of years. Where each kind of change
 * (to daylight, to standard) falls on the same "nth (or last) weekday of a month" every year,
 * as in every US zone, it is written as a yearly RRULE, which stays right for ever; otherwise
 * the changes found are listed as RDATEs.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Years scanned from the reference year on (the year before it is scanned too). */
const YEARS_AHEAD = 6;
const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

interface Transition {
  /** The instant the offset changes. */
  at: number;
  /** Offsets before and after, minutes east of UTC. */
  from: number;
  to: number;
}

function offsetAt(zone: IANAZone, instant: number): number {
  return zone.offset(instant);
}

/** Offset changes in [from, to), each to the minute. Zones never change twice within a day. */
function transitions(zone: IANAZone, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  let previous = offsetAt(zone, from);
  for (let day = from + DAY; day <= to; day += DAY) {
    const current = offsetAt(zone, day);
    if (current === previous) continue;
    let low = day - DAY;
    let high = day;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetAt(zone, middle) === previous) low = middle;
      else high = middle;
    }
    found.push({ at: high, from: previous, to: current });
    previous = current;
  }
  return found;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const magnitude = Math.abs(minutes);
  return `${sign}${String(Math.floor(magnitude / 60)).padStart(2, '0')}${String(magnitude % 60).padStart(2, '0')}`;
}

/** The wall clock on the old offset at the change: what DTSTART and RDATE of an observance say. */
function onset(transition: Transition): DateTime {
  return DateTime.fromMillis(transition.at + transition.from * MINUTE, { zone: 'utc' });
}

function localStamp(time: DateTime): string {
  return time.toFormat("yyyyLLdd'T'HHmmss");
}

/** "2SU" for the second Sunday, "-1SU" for the last; both forms are tried against every year. */
function weekdayRules(time: DateTime): string[] {
  const code = WEEKDAY_CODES[time.weekday - 1]!;
  const nth = Math.ceil(time.day / 7);
  const rules = [`${nth}${code}`];
  if (time.day + 7 > (time.daysInMonth ?? 31)) rules.unshift(`-1${code}`);
  return rules;
}

function matchesRule(time: DateTime, month: number, rule: string): boolean {
  const match = /^(-?\d)([A-Z]{2})$/.exec(rule);
  if (!match || time.month !== month) return false;
  const nth = Number(match[1]);
  if (WEEKDAY_CODES[time.weekday - 1] !== match[2]) return false;
  return nth > 0 ? Math.ceil(time.day / 7) === nth : time.day + 7 > (time.daysInMonth ?? 31);
}

/** The yearly rule every onset of one kind follows (same month, weekday, hour), if there is one. */
function yearlyRule(onsets: readonly DateTime[]): string | null {
  const first = onsets[0];
  if (first === undefined) return null;
  const years = onsets.map((time) => time.year);
  if (new Set(years).size !== years.length || years.some((year, i) => i > 0 && year !== years[i - 1]! + 1)) return null;
  const clock = first.toFormat('HHmmss');
  for (const rule of weekdayRules(first)) {
    if (onsets.every((time) => time.toFormat('HHmmss') === clock && matchesRule(time, first.month, rule))) {
      return `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${rule}`;
    }
  }
  return null;
}

function shortName(zone: IANAZone, instant: number): string {
  return zone.offsetName(instant, { format: 'short', locale: 'en-US' }) ?? formatOffset(offsetAt(zone, instant));
}

function observance(zone: IANAZone, kind: 'DAYLIGHT' | 'STANDARD', group: readonly Transition[]): string[] {
  const first = group[0]!;
  const onsets = group.map(onset);
  const rule = yearlyRule(onsets);
  const lines = [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${formatOffset(first.from)}`,
    `TZOFFSETTO:${formatOffset(first.to)}`,
    `TZNAME:${shortName(zone, first.at)}`,
    `DTSTART:${localStamp(onsets[0]!)}`,
  ];
  if (rule !== null) lines.push(`RRULE:${rule}`);
  else if (onsets.length > 1) lines.push(`RDATE:${onsets.slice(1).map(localStamp).join(',')}`);
  lines.push(`END:${kind}`);
  return lines;
}

/**
 * The VTIMEZONE for an IANA zone, from the year before `referenceYear` on; null for a name
 * that is not a zone (the calendar then carries the TZID alone).
 */
export function vtimezone(timeZone: string, referenceYear: number): string | null {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) return null;
  const from = Date.UTC(referenceYear - 1, 0, 1);
  const to = Date.UTC(referenceYear + YEARS_AHEAD, 0, 1);
  const changes = transitions(zone, from, to);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
  if (changes.length === 0) {
    const offset = formatOffset(offsetAt(zone, from));
    lines.push(
      'BEGIN:STANDARD',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      `TZNAME:${shortName(zone, from)}`,
      'DTSTART:19700101T000000',
      'END:STANDARD',
    );
  } else {
    // One observance per distinct change (kind and offsets), so a zone that changed its rules
    // in the span gets an observance for each.
    const groups = new Map<string, Transition[]>();
    for (const change of changes) {
      const key = `${change.from}>${change.to}`;
      const group = groups.get(key) ?? [];
      group.push(change);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      const first = group[0]!;
      lines.push(...observance(zone, first.to > first.from ? 'DAYLIGHT' : 'STANDARD', group));
    }
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

const made = new Map<string, string | null>();

/** A generator for ical-generator, remembering each zone's component for the reference year. */
export function vtimezoneGenerator(referenceYear: number): (timeZone: string) => string | null {
  return (timeZone) => {
    const key = `${timeZone}|${referenceYear}`;
    if (!made.has(key)) {
      if (made.size > 1000) made.clear();
      made.set(key, vtimezone(timeZone, referenceYear));
    }
    return made.get(key) ?? null;
  };
}
