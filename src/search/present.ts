import { KM_PER_MILE } from '../domain/geo.js';
import type { PublicMeeting } from '../domain/meeting.js';
import { localTime, type LocalTime } from '../domain/occurrence.js';
import { cursorFor } from '../domain/query-params.js';
import type { Query } from '../domain/query.js';
import type { SearchHit, SearchResult } from './search-index.js';

/** A meeting as a search answers it: its own fields, plus where and when it is for this viewer. */
export interface MeetingResult extends PublicMeeting {
  /** In the query's unit, to two decimals; absent without a place. */
  distance?: number;
  /** The occurrence in progress, else the next one, as ISO 8601 with the meeting zone's offset. */
  nextStart: string | null;
  nextEnd: string | null;
  inProgress: boolean;
  /** That start on the meeting's wall clock and on the viewer's. */
  localStart: { meeting: LocalTime; viewer: LocalTime } | null;
}

export interface SearchAnswer {
  meetings: MeetingResult[];
  total: number;
  /** Cursor for the next page, or null on the last one. */
  next: string | null;
}

export function presentHit(hit: SearchHit, query: Query): MeetingResult {
  const zone = hit.meeting.schedule.timeZone;
  const start = hit.start === null ? null : localTime(hit.start, zone);
  const result: MeetingResult = {
    ...hit.meeting,
    nextStart: start?.iso ?? null,
    nextEnd: hit.end === null ? null : localTime(hit.end, zone).iso,
    inProgress: hit.inProgress,
    localStart: start === null ? null : { meeting: start, viewer: localTime(hit.start!, query.timeZone) },
  };
  if (hit.km !== null) result.distance = Math.round((query.unit === 'km' ? hit.km : hit.km / KM_PER_MILE) * 100) / 100;
  return result;
}

export function presentResult(result: SearchResult, query: Query): SearchAnswer {
  return {
    meetings: result.hits.map((hit) => presentHit(hit, query)),
    total: result.total,
    next: result.nextOffset === null ? null : cursorFor(result.nextOffset),
  };
}
