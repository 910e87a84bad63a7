import { lowerBound } from '../domain/lower-bound.js';
import type { WeeklySchedule } from '../domain/meeting.js';
import { occurrencesBetween, type Occurrence } from '../domain/occurrence.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Room for this many occurrences in a sort key (2^22); a 10-day window in seconds fits below 2^20. */
const POSITIONS = 4_194_304;

/** Where a walk puts the slots it finds. */
export interface SlotSink {
  add(slot: number): unknown;
}

export function scheduleKey(s: WeeklySchedule): string {
  return `${s.timeZone}|${s.weekday}|${s.startTime}|${s.durationMinutes}`;
}

/**
 * Every occurrence of every meeting from two days before it was built to eight days after,
 * sorted by start, so that "in progress", "starting soon" and "today" are binary searches
 * instead of time-zone arithmetic per meeting per query. Meetings that share a schedule
 * (zone, day, time, length) share the arithmetic; there are a few thousand such schedules
 * among 100,000 meetings.
 */
export class Timetable {
  readonly from: number;
  readonly to: number;
  private readonly byKey = new Map<string, Occurrence[]>();
  private readonly keyOfSlot: (string | undefined)[] = [];
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly slots: Int32Array;
  /** Occurrences of slots added since the build, scanned linearly. */
  private readonly extra: { slot: number; occurrence: Occurrence }[] = [];
  private longest = 0;

  constructor(
    readonly builtAt: number,
    entries: Iterable<{ slot: number; schedule: WeeklySchedule }>,
  ) {
    // A viewer's "today" can have begun 25 hours before `now` (a fall-back day), and `now`
    // can be up to an hour before the build: a day before is not enough.
    this.from = builtAt - 2 * DAY;
    this.to = builtAt + 8 * DAY;
    const starts: number[] = [];
    const ends: number[] = [];
    const slots: number[] = [];
    for (const { slot, schedule } of entries) {
      for (const occurrence of this.occurrencesOf(slot, schedule)) {
        starts.push(occurrence.start);
        ends.push(occurrence.end);
        slots.push(slot);
      }
    }
    // Sort by one number per occurrence, its start in whole seconds from the window's start
    // shifted above its position: a typed-array sort, several times faster than a comparator.
    const keys = new Float64Array(starts.length);
    for (let i = 0; i < starts.length; i++) keys[i] = Math.floor((starts[i]! - this.from) / 1000) * POSITIONS + i;
    keys.sort();
    this.starts = new Float64Array(keys.length);
    this.ends = new Float64Array(keys.length);
    this.slots = new Int32Array(keys.length);
    keys.forEach((key, at) => {
      const i = key % POSITIONS;
      this.starts[at] = starts[i]!;
      this.ends[at] = ends[i]!;
      this.slots[at] = slots[i]!;
    });
  }

  /** True once queries could reach past the window: rebuild then. */
  isStale(now: number): boolean {
    return now > this.builtAt + 20 * HOUR || now < this.builtAt - HOUR;
  }

  add(slot: number, schedule: WeeklySchedule): void {
    for (const occurrence of this.occurrencesOf(slot, schedule)) {
      // Kept in start order, so that walks can merge it with the main arrays.
      let at = this.extra.length;
      while (at > 0 && this.extra[at - 1]!.occurrence.start > occurrence.start) at--;
      this.extra.splice(at, 0, { slot, occurrence });
    }
  }

  /**
   * Visits occurrences that have not ended by `now`, in start order (those in progress
   * first), until `visit` returns false.
   */
  walk(now: number, visit: (slot: number, start: number, end: number) => boolean): void {
    let i = lowerBound(this.starts, now - this.longest);
    let j = this.extra.findIndex((e) => e.occurrence.start >= now - this.longest);
    if (j < 0) j = this.extra.length;
    while (i < this.starts.length || j < this.extra.length) {
      const fromMain = j >= this.extra.length || (i < this.starts.length && this.starts[i]! <= this.extra[j]!.occurrence.start);
      const slot = fromMain ? this.slots[i]! : this.extra[j]!.slot;
      const start = fromMain ? this.starts[i]! : this.extra[j]!.occurrence.start;
      const end = fromMain ? this.ends[i]! : this.extra[j]!.occurrence.end;
      if (fromMain) i++;
      else j++;
      if (end > now && !visit(slot, start, end)) return;
    }
  }

  private occurrencesOf(slot: number, schedule: WeeklySchedule): Occurrence[] {
    const key = scheduleKey(schedule);
    this.keyOfSlot[slot] = key;
    let list = this.byKey.get(key);
    if (!list) {
      list = occurrencesBetween(schedule, this.from, this.to);
      this.byKey.set(key, list);
    }
    this.longest = Math.max(this.longest, schedule.durationMinutes * 60_000);
    return list;
  }

  /** The slot's occurrence in progress at `now`, else its next one; null if it has none in the window. */
  current(slot: number, now: number): { occurrence: Occurrence; inProgress: boolean } | null {
    const key = this.keyOfSlot[slot];
    const list = key === undefined ? undefined : this.byKey.get(key);
    if (!list) return null;
    for (const occurrence of list) {
      if (occurrence.end <= now) continue;
      return { occurrence, inProgress: occurrence.start <= now };
    }
    return null;
  }

  /** Slots with an occurrence starting in [from, to). */
  startingBetween<S extends SlotSink>(from: number, to: number, into: S): S {
    for (let i = lowerBound(this.starts, from); i < this.starts.length && this.starts[i]! < to; i++) into.add(this.slots[i]!);
    for (const { slot, occurrence } of this.extra) if (occurrence.start >= from && occurrence.start < to) into.add(slot);
    return into;
  }

  /** Slots with an occurrence in progress at `now`. */
  inProgressAt<S extends SlotSink>(now: number, into: S): S {
    for (let i = lowerBound(this.starts, now - this.longest); i < this.starts.length && this.starts[i]! <= now; i++) {
      if (this.ends[i]! > now) into.add(this.slots[i]!);
    }
    for (const { slot, occurrence } of this.extra) if (occurrence.start <= now && occurrence.end > now) into.add(slot);
    return into;
  }
}
