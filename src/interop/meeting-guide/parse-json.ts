import { isObj, type Obj } from '../../domain/field-reader.js';
import { quote } from '../clean/loose-text.js';
import { givenProgram, NO_DEFAULTS, type FeedDefaults, type FeedMeeting, type ParsedFeed } from '../parsed-feed.js';
import { meetingGuideProgram } from './feed-program.js';
import { settleFeedPlaces } from '../clean/settle-feed-places.js';
import { formatsOfKeys } from '../clean/source-formats.js';
import { parseMeetingGuideRow, type RowOptions } from './parse-row.js';

/** A row's content with its keys in order, so that two copies of one row compare equal. */
function rowKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(rowKey).join(',')}]`;
  if (isObj(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${rowKey(value[key])}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/**
 * Reads rows already in Meeting Guide's JSON shape; the CSV reader shares it. External ids
 * must be unique per source: a second, different meeting with a slug already used keeps
 * its place under the slug with a suffix ("-2"), said in its warnings; an exact copy of an
 * earlier row is skipped with the row it repeats. The program is decided once for the feed,
 * before any row: the one given, else `meetingGuideProgram`'s rule.
 */
export function parseMeetingGuideRows(rows: readonly unknown[], options: RowOptions, rowNumber: (index: number) => number): ParsedFeed {
  const given = options.defaults?.program ?? null;
  const program = given === null ? meetingGuideProgram(rows) : givenProgram(given);
  options = { ...options, defaults: { ...(options.defaults ?? NO_DEFAULTS), program: program.code } };
  const feed: ParsedFeed = { meetings: [], serviceBodies: [], skipped: [], program };
  const slugs = new Map<string, { row: number; key: string }>();
  const externalIds = new Set<string>();
  const taken = (slug: string, meetings: readonly FeedMeeting[]): boolean =>
    slugs.has(slug) || meetings.some((m) => externalIds.has(m.externalId));
  rows.forEach((item, index) => {
    const row = rowNumber(index);
    let result = parseMeetingGuideRow(item, row, options);
    if (!result.ok) {
      feed.skipped.push(result.skipped);
      return;
    }
    const key = rowKey(item);
    if (taken(result.slug, result.meetings)) {
      const first = slugs.get(result.slug);
      if (first?.key === key) {
        const name = result.meetings[0]?.input.name ?? null;
        feed.skipped.push({ row, externalId: result.slug, name, reason: `an exact copy of row ${first.row}` });
        return;
      }
      const given = result.slug;
      let suffix = 2;
      do {
        result = parseMeetingGuideRow({ ...(item as Obj), slug: `${given}-${suffix++}` }, row, options);
        // The same row under another slug reads the same way: only the ids change.
        if (!result.ok) {
          feed.skipped.push(result.skipped);
          return;
        }
      } while (taken(result.slug, result.meetings));
      const by = first ? `row ${first.row}` : 'another row';
      const warning = `slug ${quote(given)} is already used by ${by}: kept as ${quote(result.slug)}`;
      for (const meeting of result.meetings) meeting.warnings.unshift(warning);
    }
    slugs.set(result.slug, { row, key });
    for (const meeting of result.meetings) {
      externalIds.add(meeting.externalId);
      feed.meetings.push(meeting);
    }
  });
  settleFeedPlaces(feed);
  const formats = formatsOfKeys(feed.meetings);
  if (formats.length > 0) feed.formats = formats;
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
