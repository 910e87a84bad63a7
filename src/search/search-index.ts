import { meetsForNow, type Attendance } from '../domain/attendance.js';
import { compareText } from '../domain/compare-text.js';
import { distanceKm, KM_PER_MILE } from '../domain/geo.js';
import type { PublicMeeting, WeeklySchedule } from '../domain/meeting.js';
import { dayBounds } from '../domain/occurrence.js';
import type { Query } from '../domain/query.js';
import { descendantIds, type ServiceBody } from '../domain/service-body.js';
import { foldText } from '../domain/text-fold.js';
import { minutesOfDay } from '../domain/time-of-day.js';
import { GeoIndex, type GeoHit } from './geo-index.js';
import { PackedRecords } from './packed-records.js';
import { Postings } from './postings.js';
import { AnyOf, intersect, Marks, smallestFirst, type Constraint, type MarkedSet } from './sorted-sets.js';
import { TextIndex } from './text-index.js';
import { scheduleKey, Timetable } from './timetable.js';

export interface SearchHit {
  slot: number;
  /** Unpacked on first use: a search that only counts or ranks never pays for it. */
  readonly meeting: PublicMeeting;
  /** Kilometres from the query's place, when it had one. */
  km: number | null;
  /** The occurrence in progress, else the next one. */
  start: number | null;
  end: number | null;
  inProgress: boolean;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** Offset of the next page, or null on the last one. */
  nextOffset: number | null;
}

export function isPublished(meeting: PublicMeeting): boolean {
  return meeting.published;
}

export function isUnpublished(meeting: PublicMeeting): boolean {
  return !meeting.published;
}

/** Below this many candidates, measuring each one's distance beats walking the tree with a filter. */
const SCAN_LIMIT = 5000;

/** More than any distance on Earth: a time band's kilometres never reach the next band. */
const BAND_KM = 40_000;

/** Ways of attending that serve someone who asks for each. */
const SERVES: Record<Attendance, Attendance[]> = {
  in_person: ['in_person', 'hybrid'],
  online: ['online', 'hybrid'],
  hybrid: ['hybrid'],
  temporarily_closed: ['temporarily_closed'],
};

/**
 * The in-memory index of published meetings that answers every search. Meetings live in
 * numbered slots; a change retires the old slot and appends a new one, so the lists and
 * trees built over earlier slots stay valid, and a rebuild folds the new ones in once they
 * pile up.
 */
export class SearchIndex {
  private records = new PackedRecords<PublicMeeting>(['extras']);
  private alive: boolean[] = [];
  private latitudes: number[] = [];
  private longitudes: number[] = [];
  private startMinutes: number[] = [];
  private attendance: Attendance[] = [];
  private names: string[] = [];
  private slugs: string[] = [];
  /** Per slot, its schedule: one shared object per distinct schedule, of which there are few. */
  private scheduleOf: WeeklySchedule[] = [];
  private schedules = new Map<string, WeeklySchedule>();
  private slotOfId = new Map<number, number>();
  private slotOfSlug = new Map<string, number>();
  private postings = new Postings();
  private text = new TextIndex();
  private geo = this.buildGeo();
  private timetable: Timetable;
  private treeSize = 0;
  private changes = 0;
  /** Slots holding sample meetings: pages say so while there are any. */
  private sampleSlots = new Set<number>();
  private bodies: ServiceBody[];
  // Scratch sets reused by every query (one per role, as they are alive at the same time).
  private readonly dayMarks = new Marks();
  private readonly statusMarks = new Marks();
  private readonly candidateMarks = new Marks();

  constructor(
    bodies: readonly ServiceBody[] = [],
    private readonly clock: () => number = Date.now,
    /** Which meetings it holds: the published ones (every public surface), or the admin's unpublished ones. */
    private readonly holds: (meeting: PublicMeeting) => boolean = isPublished,
  ) {
    this.bodies = [...bodies];
    this.timetable = new Timetable(clock(), []);
  }

  /** Builds an index page by page, so a whole store never sits in memory as objects at once. */
  static async load(
    pages: AsyncIterable<readonly PublicMeeting[]> | Iterable<readonly PublicMeeting[]>,
    bodies: readonly ServiceBody[],
    clock: () => number = Date.now,
    holds: (meeting: PublicMeeting) => boolean = isPublished,
  ): Promise<SearchIndex> {
    const index = new SearchIndex(bodies, clock, holds);
    for await (const page of pages) for (const meeting of page) if (holds(meeting)) index.append(meeting);
    index.finish();
    return index;
  }

  /** Goes up with every change to what the index holds: a key for anything rendered from all of it. */
  get version(): number {
    return this.changes;
  }

  /** Whether any published meeting is sample data. */
  get hasSample(): boolean {
    return this.sampleSlots.size > 0;
  }

  get size(): number {
    return this.slotOfId.size;
  }

  get(id: number): PublicMeeting | undefined {
    const slot = this.slotOfId.get(id);
    return slot === undefined ? undefined : this.records.get(slot);
  }

  getBySlug(slug: string): PublicMeeting | undefined {
    const slot = this.slotOfSlug.get(slug);
    return slot === undefined ? undefined : this.records.get(slot);
  }

  *all(): Generator<PublicMeeting> {
    for (let slot = 0; slot < this.alive.length; slot++) if (this.alive[slot]) yield this.records.get(slot);
  }

  serviceBodies(): readonly ServiceBody[] {
    return this.bodies;
  }

  setServiceBodies(bodies: readonly ServiceBody[]): void {
    this.changes++;
    this.bodies = [...bodies];
  }

  /** Adds or replaces a meeting; one the index does not hold (for the public one: an unpublished one) leaves it. */
  upsert(meeting: PublicMeeting): void {
    this.changes++;
    this.remove(meeting.id);
    if (!this.holds(meeting)) return;
    const slot = this.append(meeting);
    this.geo.add(slot);
    this.timetable.add(slot, meeting.schedule);
    if (this.alive.length - this.treeSize > Math.max(2000, this.treeSize / 10)) this.rebuild();
  }

  remove(id: number): void {
    this.changes++;
    const slot = this.slotOfId.get(id);
    if (slot === undefined) return;
    this.alive[slot] = false;
    this.sampleSlots.delete(slot);
    this.slotOfId.delete(id);
    this.slotOfSlug.delete(this.slugs[slot]!);
    this.text.remove(slot);
  }

  /** Renumbers the live meetings into fresh structures, folding in everything added since the last build. */
  private rebuild(): void {
    const live = [...this.all()];
    this.records = new PackedRecords<PublicMeeting>(['extras']);
    this.alive = [];
    this.latitudes = [];
    this.longitudes = [];
    this.startMinutes = [];
    this.attendance = [];
    this.names = [];
    this.slugs = [];
    this.scheduleOf = [];
    this.schedules = new Map();
    this.slotOfId = new Map();
    this.slotOfSlug = new Map();
    this.sampleSlots = new Set();
    this.postings = new Postings();
    this.text = new TextIndex();
    for (const meeting of live) this.append(meeting);
    this.finish();
  }

  private finish(): void {
    this.treeSize = this.alive.length;
    this.geo = this.buildGeo();
    this.timetable = this.buildTimetable(this.clock());
  }

  private buildGeo(): GeoIndex {
    const located: number[] = [];
    for (let slot = 0; slot < this.alive.length; slot++) if (this.alive[slot] && !Number.isNaN(this.latitudes[slot])) located.push(slot);
    return new GeoIndex({ latitude: (s) => this.latitudes[s]!, longitude: (s) => this.longitudes[s]! }, located);
  }

  private buildTimetable(now: number): Timetable {
    const entries: { slot: number; schedule: WeeklySchedule }[] = [];
    for (let slot = 0; slot < this.alive.length; slot++) {
      if (this.alive[slot]) entries.push({ slot, schedule: this.scheduleOf[slot]! });
    }
    return new Timetable(now, entries);
  }

  private append(meeting: PublicMeeting): number {
    const slot = this.records.push(meeting);
    this.alive.push(true);
    if (meeting.sample) this.sampleSlots.add(slot);
    this.slotOfId.set(meeting.id, slot);
    this.slotOfSlug.set(meeting.slug, slot);
    const { venue, schedule } = meeting;
    this.latitudes.push(venue.latitude ?? NaN);
    this.longitudes.push(venue.longitude ?? NaN);
    this.startMinutes.push(minutesOfDay(schedule.startTime));
    this.attendance.push(meeting.attendance);
    // Folded, so that "Ángeles" sorts among the A's and not after "Z".
    this.names.push(foldText(meeting.name));
    this.slugs.push(meeting.slug);
    const key = scheduleKey(schedule);
    let shared = this.schedules.get(key);
    if (!shared) {
      shared = { ...schedule };
      this.schedules.set(key, shared);
    }
    this.scheduleOf.push(shared);
    const terms = [
      `day:${schedule.weekday}`,
      `att:${meeting.attendance}`,
      `prog:${meeting.program}`,
      ...meeting.formats.map((f) => `fmt:${f}`),
      ...meeting.categories.map((c) => `cat:${c}`),
      ...meeting.languages.map((l) => `lang:${l}`),
    ];
    if (venue.state) terms.push(`state:${venue.state}`);
    // Folded like the query's city, so that "Penasco" finds "Peñasco".
    if (venue.city) terms.push(`city:${foldText(venue.city)}`);
    if (meeting.serviceBodyId !== null) terms.push(`sb:${meeting.serviceBodyId}`);
    for (const term of terms) this.postings.add(term, slot);
    this.text.add(slot, meeting);
    return slot;
  }

  search(query: Query, now: number = this.clock()): SearchResult {
    if (this.timetable.isStale(now)) this.timetable = this.buildTimetable(now);
    const constraints: Constraint[] = [];
    const any = (terms: string[]): void => {
      if (terms.length > 0) constraints.push(this.anyOfTerms(terms));
    };
    any(query.days.map((d) => `day:${d}`));
    any([...new Set(query.attendance.flatMap((a) => SERVES[a]))].map((a) => `att:${a}`));
    for (const code of query.formats) any([`fmt:${code}`]);
    any(query.formatsAny.map((code) => `fmt:${code}`));
    any(query.programs.map((p) => `prog:${p}`));
    any(query.categories.map((c) => `cat:${c}`));
    any(query.languages.map((l) => `lang:${l}`));
    any(query.states.map((s) => `state:${s}`));
    any(query.cities.map((c) => `city:${foldText(c)}`));
    any((query.heldAs ?? []).map((a) => `att:${a}`));
    if (query.serviceBodies.length > 0) any(this.bodyTerms(query.serviceBodies, query));
    if (query.ids.length > 0) {
      const slots = new Set(query.ids.flatMap((id) => this.slotOfId.get(id) ?? []));
      constraints.push(new AnyOf([[...slots].sort((a, b) => a - b)]));
    }
    if (query.text !== null) constraints.push(new AnyOf([this.text.matching(query.text)]));
    constraints.push(...this.timeConstraints(query, now));

    let accept = this.predicate(query);
    let candidates: readonly number[] | null = null;
    const smallest = Math.min(...constraints.map((c) => c.size));
    if (query.place && smallest > SCAN_LIMIT) {
      // Every constraint is broad: let the place drive, and test the constraints per slot.
      const cheap = accept;
      accept = (slot) => cheap(slot) && constraints.every((c) => c.has(slot));
    } else if (constraints.length > 0) candidates = intersect(constraints);
    const end = query.offset + query.limit;
    if (!query.place && query.sort === 'next') return this.soonest(candidates, accept, query, now);
    const ordered = query.place ? this.nearby(query, candidates, accept, end, now) : this.unplaced(candidates, accept);
    this.sort(ordered, query, now);

    const total = ordered.length;
    const hits = ordered.slice(query.offset, end).map(({ slot, km }) => {
      const current = this.timetable.current(slot, now);
      return this.hit(
        slot,
        query.place ? km : null,
        current?.occurrence.start ?? null,
        current?.occurrence.end ?? null,
        current?.inProgress ?? false,
      );
    });
    return { hits, total, nextOffset: end < total ? end : null };
  }

  /** The `sb:` terms for some service bodies, with the bodies below each when the query's scope asks for them. */
  private bodyTerms(roots: readonly number[], query: Query): string[] {
    const ids =
      (query.serviceBodyScope ?? 'tree') === 'tree' ? new Set(roots.flatMap((id) => [...descendantIds(this.bodies, id)])) : new Set(roots);
    return [...ids].map((id) => `sb:${id}`);
  }

  private anyOfTerms(terms: readonly string[]): AnyOf {
    return new AnyOf(
      terms.map((t) => this.postings.get(t)),
      terms.map((t) => this.postings.member(t)),
    );
  }

  /** A hit whose meeting is unpacked on first use, not when the search ranks it. */
  private hit(slot: number, km: number | null, start: number | null, end: number | null, inProgress: boolean): SearchHit {
    const records = this.records;
    let meeting: PublicMeeting | undefined;
    return {
      slot,
      km,
      start,
      end,
      inProgress,
      get meeting() {
        return (meeting ??= records.get(slot));
      },
    };
  }

  /**
   * Matches in order of their next start (in progress first), without sorting them all:
   * the timetable is already in start order, so the walk stops once the page is full.
   */
  private soonest(candidates: readonly number[] | null, accept: (slot: number) => boolean, query: Query, now: number): SearchResult {
    const matched = this.candidateMarks.begin(this.alive.length);
    if (candidates) {
      for (const slot of candidates) if (accept(slot)) matched.add(slot);
    } else {
      for (let slot = 0; slot < this.alive.length; slot++) if (accept(slot)) matched.add(slot);
    }
    const total = matched.size;
    const end = Math.min(query.offset + query.limit, total);
    const hits: SearchHit[] = [];
    const seen = new Set<number>();
    this.timetable.walk(now, (slot, start, finish) => {
      if (!matched.has(slot) || seen.has(slot)) return true;
      seen.add(slot);
      if (seen.size > query.offset) hits.push(this.hit(slot, null, start, finish, start <= now));
      return seen.size < end;
    });
    return { hits, total, nextOffset: end < total ? end : null };
  }

  /** Status and relative days, answered from the timetable: each a set that must hold. */
  private timeConstraints(query: Query, now: number): Constraint[] {
    const found: Constraint[] = [];
    const capacity = this.alive.length;
    if (query.relativeDays.length > 0) {
      const days = this.dayMarks.begin(capacity);
      for (const day of query.relativeDays) {
        const { start, end } = dayBounds(now, query.timeZone, day === 'today' ? 0 : 1);
        this.timetable.startingBetween(start, end, days);
      }
      found.push(days);
    }
    if (query.status !== null) {
      const status = this.statusMarks.begin(capacity);
      if (query.status === 'now') this.timetable.inProgressAt(now, status);
      if (query.status === 'soon') this.timetable.startingBetween(now, now + query.withinMinutes * 60_000, status);
      if (query.status === 'today') {
        // The rest of today includes what is in progress: one can still walk in late.
        this.timetable.inProgressAt(now, status);
        this.timetable.startingBetween(now, dayBounds(now, query.timeZone).end, status);
      }
      found.push(status);
    }
    return found;
  }

  /**
   * The checks that are cheap per slot: alive, attendance default, time of day, length, and
   * the exclusions. Everything is worked out once here so that the check itself allocates nothing.
   */
  private predicate(query: Query): (slot: number) => boolean {
    const after = query.after === null ? 0 : minutesOfDay(query.after);
    const before = query.before === null ? 24 * 60 : minutesOfDay(query.before);
    const endsBy = query.endsBefore == null ? Infinity : minutesOfDay(query.endsBefore);
    const shortest = query.minDuration ?? 0;
    const longest = query.maxDuration ?? Infinity;
    const excluded = query.formatsNot.length > 0 ? this.anyOfTerms(query.formatsNot.map((f) => `fmt:${f}`)) : null;
    const bodiesOut = query.serviceBodiesNot?.length ? this.anyOfTerms(this.bodyTerms(query.serviceBodiesNot, query)) : null;
    const slotsOut = query.idsNot?.length ? new Set(query.idsNot.flatMap((id) => this.slotOfId.get(id) ?? [])) : null;
    let daysOut = 0;
    for (const day of query.daysNot ?? []) daysOut |= 1 << day;
    const heldOut = query.heldAsNot?.length ? new Set<Attendance>(query.heldAsNot) : null;
    // Unless asked for, a meeting that is not meeting anywhere is left out.
    const hideClosed = query.attendance.length === 0 && !query.heldAs?.length && query.includeClosed !== true;
    const checkSchedule = daysOut !== 0 || endsBy !== Infinity || shortest > 0 || longest !== Infinity;
    return (slot) => {
      if (!this.alive[slot]) return false;
      const held = this.attendance[slot]!;
      if (hideClosed && !meetsForNow(held)) return false;
      if (heldOut?.has(held)) return false;
      const minutes = this.startMinutes[slot]!;
      if (minutes < after || minutes >= before) return false;
      if (checkSchedule) {
        const schedule = this.scheduleOf[slot]!;
        if ((daysOut & (1 << schedule.weekday)) !== 0) return false;
        const length = schedule.durationMinutes;
        if (length < shortest || length > longest || minutes + length > endsBy) return false;
      }
      if (slotsOut?.has(slot)) return false;
      if (bodiesOut?.has(slot)) return false;
      return !excluded?.has(slot);
    };
  }

  /**
   * Matches near the place. With `nearest`, exactly the N nearest. With a radius only, all
   * within it (the total needs them all). Only the first `need` are put in order: by distance,
   * or today first.
   */
  private nearby(
    query: Query,
    candidates: readonly number[] | null,
    accept: (slot: number) => boolean,
    need: number,
    now: number,
  ): GeoHit[] {
    const place = query.place!;
    const maxKm = query.radius === null ? Infinity : query.unit === 'km' ? query.radius : query.radius * KM_PER_MILE;
    const large = candidates === null || candidates.length > SCAN_LIMIT;
    let marked: MarkedSet | null = null;
    if (large && candidates) {
      marked = this.candidateMarks.begin(this.alive.length);
      for (const slot of candidates) marked.add(slot);
    }
    const allowed = (slot: number): boolean => (marked === null || marked.has(slot)) && accept(slot);
    const todayFirst = query.sort === 'today';
    if (query.nearest !== null && large) {
      const nearest = this.geo.around(place.latitude, place.longitude, query.nearest, maxKm, allowed);
      return todayFirst ? this.todayFirst(nearest, need, query, now) : nearest;
    }

    let hits: GeoHit[];
    if (large) hits = this.geo.within(place.latitude, place.longitude, maxKm, allowed);
    else {
      hits = [];
      for (const slot of candidates) {
        if (Number.isNaN(this.latitudes[slot]) || !accept(slot)) continue;
        const km = distanceKm(place, { latitude: this.latitudes[slot]!, longitude: this.longitudes[slot]! });
        if (km <= maxKm) hits.push({ slot, km });
      }
    }
    if (query.nearest !== null) {
      const nearest = smallestFirst(hits, query.nearest, (h) => h.km).slice(0, query.nearest);
      return todayFirst ? this.todayFirst(nearest, need, query, now) : nearest;
    }
    return todayFirst ? this.todayFirst(hits, need, query, now) : smallestFirst(hits, need, (h) => h.km);
  }

  /**
   * Puts the first `need` hits in time bands, nearest first within each: in progress, then
   * later today, then each later day, all in the viewer's zone; ties by start, then slot.
   * One number per hit, so that a page is picked out without sorting every match.
   */
  private todayFirst(hits: GeoHit[], need: number, query: Query, now: number): GeoHit[] {
    // Ends of the viewer's days from today on, worked out only as far as some start reaches.
    const dayEnds: number[] = [];
    // Meetings that share a schedule share its band: a few thousand schedules serve 100,000 meetings.
    const timing = new Map<WeeklySchedule, { band: number; start: number }>();
    const keys = new Float64Array(hits.length);
    const starts = new Float64Array(hits.length);
    hits.forEach((hit, i) => {
      const schedule = this.scheduleOf[hit.slot]!;
      let time = timing.get(schedule);
      if (!time) {
        const current = this.timetable.current(hit.slot, now);
        time = { band: Infinity, start: current?.occurrence.start ?? Infinity };
        if (current?.inProgress) time.band = 0;
        else if (current) {
          let day = 0;
          while (time.start >= (dayEnds[day] ??= dayBounds(now, query.timeZone, day).end)) day++;
          time.band = day + 1;
        }
        timing.set(schedule, time);
      }
      keys[i] = time.band * BAND_KM + hit.km;
      starts[i] = time.start;
    });
    return smallestFirst(
      Array.from(hits.keys()),
      need,
      (i) => keys[i]!,
      (a, b) => starts[a]! - starts[b]! || hits[a]!.slot - hits[b]!.slot,
    ).map((i) => hits[i]!);
  }

  private unplaced(candidates: readonly number[] | null, accept: (slot: number) => boolean): GeoHit[] {
    const hits: GeoHit[] = [];
    if (candidates) {
      for (const slot of candidates) if (accept(slot)) hits.push({ slot, km: NaN });
    } else {
      for (let slot = 0; slot < this.alive.length; slot++) if (accept(slot)) hits.push({ slot, km: NaN });
    }
    return hits;
  }

  /** Weekday, then local start, then length, each in the meeting's own zone. */
  private compareWeekly(a: number, b: number): number {
    const sa = this.scheduleOf[a]!;
    const sb = this.scheduleOf[b]!;
    return sa.weekday - sb.weekday || this.startMinutes[a]! - this.startMinutes[b]! || sa.durationMinutes - sb.durationMinutes;
  }

  private sort(hits: GeoHit[], query: Query, now: number): void {
    // nearby() has put the page in these orders.
    if ((query.sort === 'distance' || query.sort === 'today') && query.place) return;
    if (query.sort === 'name') {
      hits.sort((a, b) => compareText(this.names[a.slot]!, this.names[b.slot]!) || a.slot - b.slot);
      return;
    }
    if (query.sort === 'weekly') {
      hits.sort((a, b) => this.compareWeekly(a.slot, b.slot) || a.km - b.km || a.slot - b.slot);
      return;
    }
    // Next: what is in progress first (its start is past), then by start, nearer first on ties.
    const keyed = hits.map((hit) => ({ hit, start: this.timetable.current(hit.slot, now)?.occurrence.start ?? Infinity }));
    keyed.sort((a, b) => a.start - b.start || a.hit.km - b.hit.km || a.hit.slot - b.hit.slot);
    keyed.forEach(({ hit }, i) => (hits[i] = hit));
  }
}
