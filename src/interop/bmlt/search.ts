import type { PublicMeeting } from '../../domain/meeting.js';
import type { SearchResult } from '../../search/search-index.js';
import type { BmltMeeting } from './fields.js';
import { bmltMeeting, pickFields, type RenderContext } from './meeting-object.js';
import type { SearchPlan } from './search-params.js';
import { compareBy } from './sort.js';

/** The one search engine, as GetSearchResults uses it. */
export interface Searcher {
  find(query: SearchPlan['query']): SearchResult;
}

export interface BmltSearchAnswer {
  /** The page of meetings, rendered and cut to the asked-for fields. */
  meetings: BmltMeeting[];
  /** The same page as our own records (for the Meeting Guide rendering of `tsml`). */
  records: PublicMeeting[];
  /** The format codes those meetings carry. */
  usedCodes: Set<string>;
}

const EMPTY: BmltSearchAnswer = { meetings: [], records: [], usedCodes: new Set() };

function usedCodes(meetings: readonly Required<BmltMeeting>[]): Set<string> {
  const codes = new Set<string>();
  for (const m of meetings) for (const code of m.formats.split(',')) if (code !== '') codes.add(code);
  return codes;
}

/**
 * Runs a parsed GetSearchResults request on the index. In the default order the index
 * sorts and pages, and only the page is rendered; a `meeting_key` filter or other sort
 * keys need every match rendered first, then filtered, ordered and paged here.
 */
export function runSearch(plan: SearchPlan, index: Searcher, context: RenderContext): BmltSearchAnswer {
  if (plan.nothing) return EMPTY;
  const pick = (m: Required<BmltMeeting>): BmltMeeting => pickFields(m, plan.fields);
  const offset = plan.page ? (plan.page.number - 1) * plan.page.size : 0;
  const limit = plan.page ? plan.page.size : Infinity;

  if (plan.sortKeys === null && plan.meetingKey === null) {
    const { hits } = index.find({ ...plan.query, offset, limit });
    const records = hits.map((h) => h.meeting);
    const full = hits.map((h) => bmltMeeting(h.meeting, h.km, context));
    return { meetings: full.map(pick), records, usedCodes: usedCodes(full) };
  }

  const { hits } = index.find({ ...plan.query, offset: 0, limit: Infinity });
  let rows = hits.map((h) => ({ record: h.meeting, full: bmltMeeting(h.meeting, h.km, context) }));
  const key = plan.meetingKey;
  if (key !== null) rows = rows.filter((r) => r.full[key.key] === key.value);
  if (plan.sortKeys !== null) {
    const compare = compareBy(plan.sortKeys);
    rows.sort((a, b) => compare(a.full, b.full));
  }
  const page = rows.slice(offset, offset + limit);
  const full = page.map((r) => r.full);
  return { meetings: full.map(pick), records: page.map((r) => r.record), usedCodes: usedCodes(full) };
}
