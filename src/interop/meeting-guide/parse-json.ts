import { isObj } from '../../domain/field-reader.js';
import { givenProgram, NO_DEFAULTS, type FeedDefaults, type ParsedFeed } from '../parsed-feed.js';
import { meetingGuideProgram } from './feed-program.js';
import { parseMeetingGuideRow, type RowOptions } from './parse-row.js';

/**
 * Reads rows already in Meeting Guide's JSON shape; the CSV reader shares it. The program is
 * decided once for the feed, before any row: the one given, else `meetingGuideProgram`'s rule.
 */
export function parseMeetingGuideRows(rows: readonly unknown[], options: RowOptions, rowNumber: (index: number) => number): ParsedFeed {
  const given = options.defaults?.program ?? null;
  const program = given === null ? meetingGuideProgram(rows) : givenProgram(given);
  options = { ...options, defaults: { ...(options.defaults ?? NO_DEFAULTS), program: program.code } };
  const feed: ParsedFeed = { meetings: [], serviceBodies: [], skipped: [], program };
  const slugs = new Set<string>();
  const externalIds = new Set<string>();
  rows.forEach((item, index) => {
    const row = rowNumber(index);
    const result = parseMeetingGuideRow(item, row, options);
    if (!result.ok) {
      feed.skipped.push(result.skipped);
      return;
    }
    // External ids must be unique per source: the first row with a slug keeps it.
    const clash = slugs.has(result.slug) || result.meetings.some((m) => externalIds.has(m.externalId));
    if (clash) {
      const first = result.meetings[0];
      feed.skipped.push({ row, externalId: result.slug, name: first ? first.input.name : null, reason: 'duplicate slug' });
      return;
    }
    slugs.add(result.slug);
    for (const meeting of result.meetings) {
      externalIds.add(meeting.externalId);
      feed.meetings.push(meeting);
    }
  });
  return feed;
}

/**
 * Reads a Meeting Guide JSON feed: a list of meetings, or `{meetings: [...]}` as the Code
 * for Recovery sheets service answers. Rows that cannot become meetings are reported in
 * `skipped` with the reason; nothing throws.
 */
export function parseMeetingGuideJson(payload: unknown, defaults: FeedDefaults = NO_DEFAULTS): ParsedFeed {
  const rows = Array.isArray(payload) ? payload : isObj(payload) && Array.isArray(payload.meetings) ? payload.meetings : null;
  if (rows === null) {
    return {
      meetings: [],
      serviceBodies: [],
      skipped: [{ row: 0, externalId: null, name: null, reason: 'not a Meeting Guide feed (a list of meetings)' }],
    };
  }
  return parseMeetingGuideRows(rows as unknown[], { typeNamesExpected: false, defaults }, (index) => index + 1);
}
