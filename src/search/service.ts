import type { NumberedFormat } from '../domain/format.js';
import { toPublicMeeting } from '../domain/meeting.js';
import type { Program } from '../domain/program.js';
import { parseQueryParams, type QueryContext, type RawParams } from '../domain/query-params.js';
import type { Query } from '../domain/query.js';
import { usPlaces, type PlaceFinder } from '../geo/places.js';
import type { Store } from '../store/store.js';
import { ChangeFollower } from './follower.js';
import { presentResult, type SearchAnswer } from './present.js';
import { SearchIndex } from './search-index.js';

export interface SearchServiceOptions {
  clock?: () => number;
  /** How often to look for changes made by other processes; 0 turns polling off. */
  pollMs?: number;
}

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
  ) {}

  static async start(store: Store, options: SearchServiceOptions = {}): Promise<SearchService> {
    const clock = options.clock ?? Date.now;
    // Read the log's position first: whatever is written while loading is replayed after.
    const seq = await store.changes.latestSeq();
    const pages = (async function* () {
      for await (const page of store.meetings.all({ publishedOnly: true })) yield page.map(toPublicMeeting);
    })();
    const index = await SearchIndex.load(pages, await store.serviceBodies.list(), clock);
    const places = usPlaces();
    const known = await loadKnown(store, places);
    const follower = new ChangeFollower(
      store.changes,
      {
        upsertMeeting: (meeting) => {
          index.upsert(meeting);
        },
        removeMeeting: (id) => {
          index.remove(id);
        },
        serviceBodiesChanged: async () => {
          index.setServiceBodies(await store.serviceBodies.list());
        },
        referenceChanged: async () => {
          Object.assign(known, await loadKnown(store, places));
        },
      },
      seq,
    );
    follower.start(options.pollMs ?? 1000);
    await follower.settled();
    return new SearchService(index, places, follower, known, clock);
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

  search(query: Query, now: number = this.clock()): SearchAnswer {
    return presentResult(this.index.search(query, now), query);
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
