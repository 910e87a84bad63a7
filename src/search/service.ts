import type { NumberedFormat } from '../domain/format.js';
import { toPublicMeeting, type PublicMeeting } from '../domain/meeting.js';
import { nextOccurrence, occurrenceInProgress, type Occurrence } from '../domain/occurrence.js';
import type { Program } from '../domain/program.js';
import { parseQueryParams, type QueryContext, type RawParams } from '../domain/query-params.js';
import { nearestInstead, nearestUnfiltered, onlineNowInstead } from '../domain/empty-search.js';
import type { Query } from '../domain/query.js';
import type { ServiceBody } from '../domain/service-body.js';
import { usPlaces, type PlaceFinder } from '../geo/places.js';
import type { Store } from '../store/store.js';
import { ChangeFollower } from './follower.js';
import { meetingsByState, placeStatsCache, type PlaceStats } from './place-counts.js';
import { presentResult, type SearchAnswer } from './present.js';
import { isUnpublished, SearchIndex, type SearchHit, type SearchResult } from './search-index.js';

export interface SearchServiceOptions {
  clock?: () => number;
  /** How often to look for changes made by other processes; 0 turns polling off. */
  pollMs?: number;
}

/** One meeting with what its page shows beside it, as of one instant. */
/** A search and its answer, for pages that show more than one. */
export interface Answered {
  query: Query;
  answer: SearchAnswer;
}

/** What a search that found nothing offers instead: the nearest meetings in any direction, and online ones now. */
export interface Instead {
  nearest: Answered | null;
  /** Whether the nearest are those that match the search's filters (else they are any meetings). */
  nearestFiltered: boolean;
  onlineNow: Answered;
}

export interface MeetingDetail {
  meeting: PublicMeeting;
  /** The occurrence in progress, else the next one: the same one a search gives as `nextStart`. */
  occurrence: Occurrence & { inProgress: boolean };
  serviceBody: ServiceBody | null;
  program: Program | null;
}

/** What `/api/v1/stats` and `openrooms stats --json` answer. */
export interface MeetingStats {
  /** Published meetings, anywhere. */
  meetings: number;
  /** Whether any of them is sample data. */
  sample: boolean;
  /** By state code: see `meetingsByState` for which codes are listed. */
  byState: Record<string, number>;
}

/** One page of the admin's meeting list: the unpublished matches first, then the published ones. */
export interface AdminSearchResult {
  hits: SearchHit[];
  /** Matches of both kinds. */
  total: number;
  unpublished: number;
  nextOffset: number | null;
}

/** A meeting id is digits; anything else is a slug. Fifteen digits is more ids than there will ever be. */
const MEETING_ID = /^\d{1,15}$/;

/**
 * The one search engine: the index, the place finder, and the parser's knowledge of which
 * codes exist, kept current by following the change log. Every surface calls this.
 */
export class SearchService {
  private constructor(
    readonly index: SearchIndex,
    readonly places: PlaceFinder,
    private readonly follower: ChangeFollower,
    /** Formats, programs and the parser's knowledge of their codes, replaced whenever they change. */
    private readonly known: Known,
    private readonly clock: () => number,
    private readonly counts: () => PlaceStats,
    /**
     * The unpublished meetings, which only the admin lists: a second, small index fed by the same
     * follower, so volunteers search them with the same engine and no surface can leak them.
     */
    private readonly drafts: SearchIndex,
  ) {}

  static async start(store: Store, options: SearchServiceOptions = {}): Promise<SearchService> {
    const clock = options.clock ?? Date.now;
    // Read the log's position first: whatever is written while loading is replayed after.
    const seq = await store.changes.latestSeq();
    const pages = (async function* () {
      for await (const page of store.meetings.all({ publishedOnly: true })) yield page.map(toPublicMeeting);
    })();
    const bodies = await store.serviceBodies.list();
    const index = await SearchIndex.load(pages, bodies, clock);
    const draftPages = (async function* () {
      for await (const page of store.meetings.all({ unpublishedOnly: true })) yield page.map(toPublicMeeting);
    })();
    const drafts = await SearchIndex.load(draftPages, bodies, clock, isUnpublished);
    const places = usPlaces();
    const known = await loadKnown(store, places);
    const follower = new ChangeFollower(
      store.changes,
      {
        upsertMeeting: (meeting) => {
          index.upsert(meeting);
          drafts.upsert(meeting);
        },
        removeMeeting: (id) => {
          index.remove(id);
          drafts.remove(id);
        },
        serviceBodiesChanged: async () => {
          const changed = await store.serviceBodies.list();
          index.setServiceBodies(changed);
          drafts.setServiceBodies(changed);
        },
        referenceChanged: async () => {
          Object.assign(known, await loadKnown(store, places));
        },
      },
      seq,
    );
    follower.start(options.pollMs ?? 1000);
    await follower.settled();
    return new SearchService(index, places, follower, known, clock, placeStatsCache(index), drafts);
  }

  /** Parses a surface's parameters; throws QueryError for a bad one. */
  parse(params: RawParams): Query {
    return parseQueryParams(params, this.known.context);
  }

  /** The store's formats, as of the last change this process has followed: no SQL per request. */
  formats(): readonly NumberedFormat[] {
    return this.known.formats;
  }

  programs(): readonly Program[] {
    return this.known.programs;
  }

  /** The instant every surface shows meetings for: pages, API and feeds agree under a fixed clock. */
  now(): number {
    return this.clock();
  }

  search(query: Query, now: number = this.clock()): SearchAnswer {
    return presentResult(this.find(query, now), query);
  }

  /**
   * The admin's list (the caller narrows the query to what the actor may see): the same query on
   * the unpublished meetings and then on the published ones, paged as one list.
   */
  adminSearch(query: Query, now: number = this.clock()): AdminSearchResult {
    const unpublished = this.drafts.search(query, now);
    const take = query.limit - unpublished.hits.length;
    const published = this.index.search({ ...query, offset: Math.max(0, query.offset - unpublished.total), limit: Math.max(take, 1) }, now);
    const total = unpublished.total + published.total;
    const end = query.offset + query.limit;
    return {
      hits: [...unpublished.hits, ...(take > 0 ? published.hits : [])],
      total,
      unpublished: unpublished.total,
      nextOffset: end < total ? end : null,
    };
  }

  /** For a search that found nothing: the nearest in any direction (with its filters, else without), and online now. */
  instead(query: Query, now: number = this.clock()): Instead {
    const answered = (q: Query): Answered => ({ query: q, answer: this.search(q, now) });
    const filtered = nearestInstead(query);
    let nearest = filtered === null ? null : answered(filtered);
    const nearestFiltered = nearest !== null && nearest.answer.total > 0;
    if (nearest !== null && !nearestFiltered) nearest = answered(nearestUnfiltered(query)!);
    return {
      nearest: nearest !== null && nearest.answer.total > 0 ? nearest : null,
      nearestFiltered,
      onlineNow: answered(onlineNowInstead(query)),
    };
  }

  /** The matches themselves, for surfaces that render meetings their own way (exports, print, BMLT). */
  find(query: Query, now: number = this.clock()): SearchResult {
    return this.index.search(query, now);
  }

  /** A published meeting by id (digits) or slug, with its current or next occurrence at `now`. */
  meeting(idOrSlug: string, now: number = this.clock()): MeetingDetail | undefined {
    const meeting = MEETING_ID.test(idOrSlug) ? this.index.get(Number(idOrSlug)) : this.index.getBySlug(idOrSlug);
    if (!meeting) return undefined;
    const running = occurrenceInProgress(meeting.schedule, now);
    const occurrence = running ?? nextOccurrence(meeting.schedule, now);
    const bodyId = meeting.serviceBodyId;
    return {
      meeting,
      occurrence: { ...occurrence, inProgress: running !== null },
      serviceBody: bodyId === null ? null : (this.index.serviceBodies().find((b) => b.id === bodyId) ?? null),
      program: this.known.programs.find((p) => p.code === meeting.program) ?? null,
    };
  }

  /** Published meetings by id, in the order asked, skipping any that are gone. */
  meetingsById(ids: readonly number[]): PublicMeeting[] {
    return ids.flatMap((id) => this.index.get(id) ?? []);
  }

  /** Every published meeting, in no particular order. */
  meetings(): Iterable<PublicMeeting> {
    return this.index.all();
  }

  serviceBodies(): readonly ServiceBody[] {
    return this.index.serviceBodies();
  }

  /** Goes up with every change to the meetings or service bodies: a key for anything rendered from all of them. */
  version(): number {
    return this.index.version;
  }

  /** Whether any published meeting is sample data, which pages say. */
  hasSample(): boolean {
    return this.index.hasSample;
  }

  /** Meetings counted by state, city, hour and service body, renewed as the index changes (see placeStatsCache). */
  placeCounts(): PlaceStats {
    return this.counts();
  }

  stats(): MeetingStats {
    const counts = this.counts();
    return { meetings: counts.total, sample: this.index.hasSample, byState: meetingsByState(counts) };
  }

  /** Resolves once every change committed so far is in the index (tests, imports). */
  settled(): Promise<void> {
    return this.follower.settled();
  }

  stop(): Promise<void> {
    return this.follower.stop();
  }
}

interface Known {
  formats: NumberedFormat[];
  programs: Program[];
  context: QueryContext;
}

async function loadKnown(store: Store, places: PlaceFinder): Promise<Known> {
  const [formats, programs] = await Promise.all([store.reference.formats(), store.reference.programs()]);
  return {
    formats,
    programs,
    context: {
      resolvePlace: (text) => places.resolve(text),
      formatCodes: new Set(formats.map((f) => f.code)),
      programCodes: new Set(programs.map((p) => p.code)),
    },
  };
}
