import { parse } from 'csv-parse/sync';
import { NO_DEFAULTS, type FeedDefaults, type ParsedFeed } from '../parsed-feed.js';
import { parseMeetingGuideRows } from './parse-json.js';

/**
 * Header aliases to Meeting Guide keys, after the header is reduced to lower-case words
 * joined by "_" (as 12 Step Meeting List does: "End Time" → end_time, "Conference URL" →
 * conference_url). The spec's sheet template calls the slug "ID"; the rest are names
 * 12 Step Meeting List accepts on import or writes on export.
 */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['id', 'slug'],
  ['zip', 'postal_code'],
  ['zip_code', 'postal_code'],
  ['postal', 'postal_code'],
  ['meeting', 'name'],
  ['meeting_name', 'name'],
  ['location_name', 'location'],
  ['start_time', 'time'],
  ['time_zone', 'timezone'],
  ['lat', 'latitude'],
  ['lng', 'longitude'],
  ['lon', 'longitude'],
  ['website_url', 'url'],
]);

const NOT_WORD = /[^a-z0-9]+/g;
const EDGE_UNDERSCORES = /^_+|_+$/g;

function keyOf(header: string): string {
  const key = header.toLowerCase().replace(NOT_WORD, '_').replace(EDGE_UNDERSCORES, '');
  return ALIASES.get(key) ?? key;
}

/**
 * Reads the spreadsheet form of a Meeting Guide feed: a header row of plain-English names
 * in any order and case, then one meeting per row. Each row becomes a JSON row (blank cells
 * left out) and goes through the JSON row reader, so both forms follow the same rules.
 * Rows are numbered as the spreadsheet shows them: the header is row 1.
 */
export function parseMeetingGuideCsv(text: string, defaults: FeedDefaults = NO_DEFAULTS): ParsedFeed {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    const reason = `not a readable CSV file: ${error instanceof Error ? error.message : String(error)}`;
    return { meetings: [], serviceBodies: [], skipped: [{ row: 0, externalId: null, name: null, reason }] };
  }
  const [header, ...body] = records;
  if (header === undefined) return { meetings: [], serviceBodies: [], skipped: [] };
  const keys = header.map(keyOf);
  // A column named twice ("Website" and "URL") keeps its first non-blank cell.
  const rows = body.map((cells) => {
    const row: Record<string, string> = {};
    cells.forEach((cell, i) => {
      const key = keys[i];
      if (key !== undefined && key !== '' && cell !== '' && row[key] === undefined) row[key] = cell;
    });
    return row;
  });
  return parseMeetingGuideRows(rows, { typeNamesExpected: true, defaults }, (index) => index + 2);
}
