import { needsOnlineAccess, needsVenueAddress } from './attendance.js';
import { distanceKm } from './geo.js';
import type { Meeting } from './meeting.js';
import { foldText } from './text-fold.js';
import { canonicalTimeZone } from './time-zone.js';

/**
 * What the data-quality page finds wrong with meetings. Pure: the meetings, the link checks and
 * the instant are handed in, so every rule is unit tested without a store or a clock.
 */
export const QUALITY_PROBLEMS = [
  'stale',
  'noCoordinates',
  'approximate',
  'noTimeZone',
  'noOnlineAccess',
  'noAddress',
  'duplicate',
  'brokenLink',
] as const;
export type QualityProblem = (typeof QUALITY_PROBLEMS)[number];

export type QualityMeeting = Pick<
  Meeting,
  'id' | 'name' | 'serviceBodyId' | 'attendance' | 'schedule' | 'venue' | 'online' | 'website' | 'updatedAt' | 'checkedAt' | 'provenance'
>;

export interface QualityItem {
  problem: QualityProblem;
  meeting: QualityMeeting;
  /** A likely duplicate: the other meeting. */
  other?: QualityMeeting;
  /** A broken link: the link and how it answered. */
  link?: LinkStatus;
}

/** How a link last answered the background check: a status, or no answer (status null) with the reason. */
export interface LinkStatus {
  url: string;
  status: number | null;
  error: string | null;
  checkedAt: string;
}

export const STALE_MONTHS = 12;
/** Two venues this close are taken for one place. */
export const SAME_PLACE_METRES = 50;

/** The later of the last edit and the last check: when anyone last looked at the meeting. */
export function lastLookedAt(meeting: Pick<Meeting, 'updatedAt' | 'checkedAt'>): string {
  return meeting.checkedAt !== null && meeting.checkedAt > meeting.updatedAt ? meeting.checkedAt : meeting.updatedAt;
}

/** Not updated or checked in twelve months before `now`. */
export function isStale(meeting: Pick<Meeting, 'updatedAt' | 'checkedAt'>, now: number): boolean {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - STALE_MONTHS);
  return lastLookedAt(meeting) < cutoff.toISOString();
}

/** A zone no real place keeps: absent, unknown, or UTC (what a feed row without one falls back to). */
export function lacksTimeZone(timeZone: string): boolean {
  const zone = canonicalTimeZone(timeZone);
  return zone === null || zone === 'UTC' || zone.startsWith('Etc/');
}

/** The problems one meeting has on its own (duplicates and links need the others and the checks). */
export function meetingProblems(meeting: QualityMeeting, now: number): QualityProblem[] {
  const problems: QualityProblem[] = [];
  if (isStale(meeting, now)) problems.push('stale');
  const { venue, online, attendance } = meeting;
  const located = venue.latitude !== null && venue.longitude !== null;
  if (attendance !== 'online') {
    if (!located) problems.push('noCoordinates');
    else if (venue.approximate) problems.push('approximate');
  }
  if (lacksTimeZone(meeting.schedule.timeZone)) problems.push('noTimeZone');
  if (needsOnlineAccess(attendance) && online.conferenceUrl === null && online.conferencePhone === null) problems.push('noOnlineAccess');
  if (needsVenueAddress(attendance) && (venue.street === null || venue.street.trim() === '')) problems.push('noAddress');
  return problems;
}

const ADDRESS_WORDS: Record<string, string> = {
  street: 'st',
  avenue: 'ave',
  av: 'ave',
  road: 'rd',
  boulevard: 'blvd',
  drive: 'dr',
  lane: 'ln',
  place: 'pl',
  court: 'ct',
  highway: 'hwy',
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
};

/** "100 Example Street, Portland" and "100 example st. portland" are one address; null without a street. */
export function normalisedAddress(venue: Pick<Meeting['venue'], 'street' | 'city' | 'state'>): string | null {
  if (venue.street === null || venue.street.trim() === '') return null;
  return foldText([venue.street, venue.city ?? '', venue.state ?? ''].join(' '))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((word) => ADDRESS_WORDS[word] ?? word)
    .join(' ');
}

function samePlace(a: QualityMeeting, b: QualityMeeting): boolean {
  const { venue: va } = a;
  const { venue: vb } = b;
  if (va.latitude !== null && va.longitude !== null && vb.latitude !== null && vb.longitude !== null) {
    const near = distanceKm({ latitude: va.latitude, longitude: va.longitude }, { latitude: vb.latitude, longitude: vb.longitude });
    if (near * 1000 <= SAME_PLACE_METRES) return true;
  }
  const address = normalisedAddress(va);
  return address !== null && address === normalisedAddress(vb);
}

/**
 * Pairs of in-person or hybrid meetings at one place, on one weekday, at one start time: one
 * group entered twice, by hand and by an import or by two imports. Each pair once, lower id first.
 */
export function likelyDuplicates(meetings: Iterable<QualityMeeting>): [QualityMeeting, QualityMeeting][] {
  const bySlot = new Map<string, QualityMeeting[]>();
  for (const meeting of meetings) {
    if (!needsVenueAddress(meeting.attendance)) continue;
    const key = `${meeting.schedule.weekday} ${meeting.schedule.startTime}`;
    const slot = bySlot.get(key);
    if (slot) slot.push(meeting);
    else bySlot.set(key, [meeting]);
  }
  const pairs: [QualityMeeting, QualityMeeting][] = [];
  for (const slot of bySlot.values()) {
    slot.sort((a, b) => a.id - b.id);
    for (let i = 0; i < slot.length; i++) {
      for (let j = i + 1; j < slot.length; j++) if (samePlace(slot[i]!, slot[j]!)) pairs.push([slot[i]!, slot[j]!]);
    }
  }
  return pairs;
}

/** Whether a check's answer means the link does not work: no answer, or an HTTP error. */
export function isBrokenLink(check: Pick<LinkStatus, 'status'>): boolean {
  return check.status === null || check.status >= 400;
}

/** The links of a meeting the background check looks at. */
export function meetingLinks(meeting: Pick<Meeting, 'online' | 'website'>): string[] {
  return [meeting.online.conferenceUrl, meeting.website].filter((url): url is string => url !== null);
}

export interface QualityReport {
  items: QualityItem[];
  /** Per service body (null: none), how many items of each problem. */
  counts: Map<number | null, Map<QualityProblem, number>>;
}

/** Everything wrong with these meetings at `now`, in the order of QUALITY_PROBLEMS, then by meeting id. */
export function qualityReport(meetings: readonly QualityMeeting[], checks: readonly LinkStatus[], now: number): QualityReport {
  const items: QualityItem[] = [];
  for (const meeting of meetings) for (const problem of meetingProblems(meeting, now)) items.push({ problem, meeting });
  for (const [a, b] of likelyDuplicates(meetings)) items.push({ problem: 'duplicate', meeting: a, other: b });
  const broken = new Map(checks.filter(isBrokenLink).map((check) => [check.url, check]));
  for (const meeting of meetings) {
    for (const url of meetingLinks(meeting)) {
      const link = broken.get(url);
      if (link) items.push({ problem: 'brokenLink', meeting, link });
    }
  }
  const order = (problem: QualityProblem): number => QUALITY_PROBLEMS.indexOf(problem);
  items.sort((x, y) => order(x.problem) - order(y.problem) || x.meeting.id - y.meeting.id);
  const counts = new Map<number | null, Map<QualityProblem, number>>();
  for (const item of items) {
    const body = item.meeting.serviceBodyId;
    const perBody = counts.get(body) ?? new Map<QualityProblem, number>();
    perBody.set(item.problem, (perBody.get(item.problem) ?? 0) + 1);
    counts.set(body, perBody);
  }
  return { items, counts };
}
