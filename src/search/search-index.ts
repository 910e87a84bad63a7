import type { Attendance } from '../domain/attendance.js';
import { distanceKm, KM_PER_MILE } from '../domain/geo.js';
import type { PublicMeeting } from '../domain/meeting.js';
import { dayBounds } from '../domain/occurrence.js';
import type { Query } from '../domain/query.js';
import { descendantIds, type ServiceBody } from '../domain/service-body.js';
import { minutesOfDay } from '../domain/time-of-day.js';
import { GeoIndex, type GeoHit } from './geo-index.js';
import { Postings } from './postings.js';
import { AnyOf, intersect } from './sorted-sets.js';
import { TextIndex } from './text-index.js';
import { Timetable } from './timetable.js';

export interface SearchHit {
  meeting: PublicMeeting;
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

/** Below this many candidates, measuring each one's distance beats walking the tree with a filter. */
const SCAN_LIMIT = 5000;

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
  private records: (PublicMeeting | undefined)[] = [];
  private latitudes: number[] = [];
  private longitudes: number[] = [];
  private startMinutes: number[] = [];
  private attendance: Attendance[] = [];
  private names: string[] = [];
  private slotOfId = new Map<number, number>();
  private slotOfSlug = new Map<string, number>();
  private postings = new Postings();
  private text = new TextIndex();
  private geo!: GeoIndex;
  private timetable!: Timetable;
  private treeSize = 0;
  private bodies: ServiceBody[] = [];

  constructor(
    meetings: Iterable<PublicMeeting>,
    bodies: readonly ServiceBody[],
    private readonly clock: () => number = Date.now,
  ) {
    this.bodies = [...bodies];
    this.rebuild(meetings);
  }

  get size(): number {
    return this.slotOfId.size;
  }

  get(id: number): PublicMeeting | undefined {
    const slot = this.slotOfId.get(id);
    return slot === undefined ? undefined : this.records[slot];
  }

  getBySlug(slug: string): PublicMeeting | undefined {
    const slot = this.slotOfSlug.get(slug);
    return slot === undefined ? undefined : this.records[slot];
  }

  *all(): Generator<PublicMeeting> {
    for (const record of this.records) if (record) yield record;
  }

  serviceBodies(): readonly ServiceBody[] {
    return this.bodies;
  }

  setServiceBodies(bodies: readonly ServiceBody[]): void {
    this.bodies = [...bodies];
  }

  /** Adds or replaces a meeting; an unpublished one leaves the index. */
  upsert(meeting: PublicMeeting): void {
    this.remove(meeting.id);
    if (!meeting.published) return;
    const slot = this.append(meeting);
    this.geo.add(slot);
    this.timetable.add(slot, meeting.schedule);
    if (this.records.length - this.treeSize > Math.max(2000, this.treeSize / 10)) this.rebuild(this.all());
  }

  remove(id: number): void {
    const slot = this.slotOfId.get(id);
    if (slot === undefined) return;
    const record = this.records[slot]!;
    this.records[slot] = undefined;
    this.slotOfId.delete(id);
    this.slotOfSlug.delete(record.slug);
    this.text.remove(slot);
  }

  private rebuild(meetings: Iterable<PublicMeeting>): void {
    const list = [...meetings];
    this.records = [];
    this.latitudes = [];
    this.longitudes = [];
    this.startMinutes = [];
    this.attendance = [];
    this.names = [];
    this.slotOfId = new Map();
    this.slotOfSlug = new Map();
    this.postings = new Postings();
    this.text = new TextIndex();
    for (const meeting of list) if (meeting.published) this.append(meeting);
    this.treeSize = this.records.length;
    const located = this.records.flatMap((_, slot) => (Number.isNaN(this.latitudes[slot]) ? [] : [slot]));
    this.geo = new GeoIndex({ latitude: (s) => this.latitudes[s]!, longitude: (s) => this.longitudes[s]! }, located);
    this.buildTimetable(this.clock());
  }

  private buildTimetable(now: number): void {
    this.timetable = new Timetable(
      now,
      this.records.flatMap((record, slot) => (record ? [{ slot, schedule: record.schedule }] : [])),
    );
  }

  private append(meeting: PublicMeeting): number {
    const slot = this.records.length;
    this.records.push(meeting);
    this.slotOfId.set(meeting.id, slot);
    this.slotOfSlug.set(meeting.slug, slot);
    const { venue, schedule } = meeting;
    this.latitudes.push(venue.latitude ?? NaN);
    this.longitudes.push(venue.longitude ?? NaN);
    this.startMinutes.push(minutesOfDay(schedule.startTime));
    this.attendance.push(meeting.attendance);
    this.names.push(meeting.name.toLocaleLowerCase('en'));
    const terms = [
      `day:${schedule.weekday}`,
      `att:${meeting.attendance}`,
      `prog:${meeting.program}`,
      ...meeting.formats.map((f) => `fmt:${f}`),
      ...meeting.categories.map((c) => `cat:${c}`),
      ...meeting.languages.map((l) => `lang:${l}`),
    ];
    if (venue.state) terms.push(`state:${venue.state}`);
    if (venue.city) terms.push(`city:${venue.city.toLocaleLowerCase('en')}`);
    if (meeting.serviceBodyId !== null) terms.push(`sb:${meeting.serviceBodyId}`);
    for (const term of terms) this.postings.add(term, slot);
    this.text.add(slot, meeting);
    return slot;
  }

  search(query: Query, now: number = this.clock()): SearchResult {
    if (this.timetable.isStale(now)) this.buildTimetable(now);
    const constraints: AnyOf[] = [];
    const any = (terms: string[]): void => {
      if (terms.length > 0) constraints.push(new AnyOf(terms.map((t) => this.postings.get(t))));
    };
    any(query.days.map((d) => `day:${d}`));
    any([...new Set(query.attendance.flatMap((a) => SERVES[a]))].map((a) => `att:${a}`));
    for (const code of query.formats) any([`fmt:${code}`]);
    any(query.formatsAny.map((code) => `fmt:${code}`));
    any(query.programs.map((p) => `prog:${p}`));
    any(query.categories.map((c) => `cat:${c}`));
    any(query.languages.map((l) => `lang:${l}`));
    any(query.states.map((s) => `state:${s}`));
    any(query.cities.map((c) => `city:${c.toLocaleLowerCase('en')}`));
    if (query.serviceBodies.length > 0) {
      const ids = new Set(query.serviceBodies.flatMap((id) => [...descendantIds(this.bodies, id)]));
      any([...ids].map((id) => `sb:${id}`));
    }
    if (query.ids.length > 0) {
      constraints.push(new AnyOf([query.ids.flatMap((id) => this.slotOfId.get(id) ?? []).sort((a, b) => a - b)]));
    }
    if (query.text !== null) constraints.push(new AnyOf([this.text.matching(query.text)]));
    const timely = this.timeConstraint(query, now);
    if (timely) constraints.push(timely);

    const accept = this.predicate(query);
    const candidates = constraints.length > 0 ? intersect(constraints) : null;
    const ordered = query.place ? this.nearby(query, candidates, accept) : this.unplaced(candidates, accept);
    this.sort(ordered, query, now);

    const total = ordered.length;
    const end = query.offset + query.limit;
    const hits = ordered.slice(query.offset, end).map(({ slot, km }) => {
      const current = this.timetable.current(slot, now);
      return {
        meeting: this.records[slot]!,
        km: query.place ? km : null,
        start: current?.occurrence.start ?? null,
        end: current?.occurrence.end ?? null,
        inProgress: current?.inProgress ?? false,
      };
    });
    return { hits, total, nextOffset: end < total ? end : null };
  }

  /** Status and relative days, answered from the timetable. */
  private timeConstraint(query: Query, now: number): AnyOf | null {
    const windows: [number, number][] = [];
    for (const day of query.relativeDays) {
      const { start, end } = dayBounds(now, query.timeZone, day === 'today' ? 0 : 1);
      windows.push([start, end]);
    }
    const slots = new Set<number>();
    for (const [from, to] of windows) this.timetable.startingBetween(from, to, slots);
    let status: Set<number> | null = null;
    if (query.status === 'now') status = this.timetable.inProgressAt(now);
    if (query.status === 'soon') status = this.timetable.startingBetween(now, now + query.withinMinutes * 60_000);
    if (query.status === 'today') status = this.timetable.startingBetween(now, dayBounds(now, query.timeZone).end);
    const lists: number[][] = [];
    if (windows.length > 0) lists.push([...slots].sort((a, b) => a - b));
    if (status) {
      const sorted = [...status].sort((a, b) => a - b);
      if (lists.length === 0) return new AnyOf([sorted]);
      // Both: the day window and the status must hold.
      const inDays = new Set(lists[0]);
      return new AnyOf([sorted.filter((slot) => inDays.has(slot))]);
    }
    return lists.length > 0 ? new AnyOf(lists) : null;
  }

  /** The checks that are cheap per slot: alive, attendance default, time of day, excluded formats. */
  private predicate(query: Query): (slot: number) => boolean {
    const after = query.after === null ? 0 : minutesOfDay(query.after);
    const before = query.before === null ? 24 * 60 : minutesOfDay(query.before);
    const excluded = query.formatsNot.length > 0 ? new AnyOf(query.formatsNot.map((f) => this.postings.get(`fmt:${f}`))) : null;
    // Unless asked for, a meeting that is not meeting anywhere is left out.
    const hideClosed = query.attendance.length === 0;
    return (slot) => {
      if (this.records[slot] === undefined) return false;
      if (hideClosed && this.attendance[slot] === 'temporarily_closed') return false;
      const minutes = this.startMinutes[slot]!;
      if (minutes < after || minutes >= before) return false;
      return !excluded?.has(slot);
    };
  }

  private nearby(query: Query, candidates: number[] | null, accept: (slot: number) => boolean): GeoHit[] {
    const place = query.place!;
    const maxKm = query.radius === null ? Infinity : query.unit === 'km' ? query.radius : query.radius * KM_PER_MILE;
    const limit = query.nearest ?? Infinity;
    if (candidates === null || candidates.length > SCAN_LIMIT) {
      const marked = candidates === null ? null : new Uint8Array(this.records.length);
      if (marked && candidates) for (const slot of candidates) marked[slot] = 1;
      return this.geo.around(place.latitude, place.longitude, limit, maxKm, (slot) => (marked === null || marked[slot] === 1) && accept(slot));
    }
    const hits: GeoHit[] = [];
    for (const slot of candidates) {
      if (Number.isNaN(this.latitudes[slot]) || !accept(slot)) continue;
      const km = distanceKm(place, { latitude: this.latitudes[slot]!, longitude: this.longitudes[slot]! });
      if (km <= maxKm) hits.push({ slot, km });
    }
    hits.sort((a, b) => a.km - b.km);
    return hits.length > limit ? hits.slice(0, limit) : hits;
  }

  private unplaced(candidates: number[] | null, accept: (slot: number) => boolean): GeoHit[] {
    const hits: GeoHit[] = [];
    if (candidates) {
      for (const slot of candidates) if (accept(slot)) hits.push({ slot, km: NaN });
    } else {
      for (let slot = 0; slot < this.records.length; slot++) if (accept(slot)) hits.push({ slot, km: NaN });
    }
    return hits;
  }

  private sort(hits: GeoHit[], query: Query, now: number): void {
    if (query.sort === 'distance' && query.place) return;
    if (query.sort === 'name') {
      hits.sort((a, b) => compareText(this.names[a.slot]!, this.names[b.slot]!) || this.records[a.slot]!.id - this.records[b.slot]!.id);
      return;
    }
    // Next: what is in progress first (its start is past), then by start, nearer first on ties.
    const starts = new Map<number, number>();
    for (const hit of hits) starts.set(hit.slot, this.timetable.current(hit.slot, now)?.occurrence.start ?? Infinity);
    hits.sort((a, b) => starts.get(a.slot)! - starts.get(b.slot)! || (a.km || 0) - (b.km || 0) || a.slot - b.slot);
  }
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
