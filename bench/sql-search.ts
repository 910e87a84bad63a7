import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Attendance } from '../src/domain/attendance.js';
import { KM_PER_MILE } from '../src/domain/geo.js';
import { toPublicMeeting, type PublicMeeting } from '../src/domain/meeting.js';
import { localTime } from '../src/domain/occurrence.js';
import type { Query } from '../src/domain/query.js';
import { minutesOfDay } from '../src/domain/time-of-day.js';
import { words } from '../src/search/text-index.js';
import { formatsByMeeting, rowToMeeting, type MeetingRow } from '../src/store/meeting-rows.js';
import type { Database } from '../src/store/schema.js';

/**
 * The baseline the in-memory index is compared with: the same Query answered by SQL over
 * the same SQLite store, through the store's own Kysely connection (and its statement
 * cache), the way a straightforward database-backed search would do it. It is meant to be
 * honest, not naive:
 *
 * - Place: a bounding box on latitude/longitude (the store has an index on both) narrows
 *   the rows, then the exact haversine distance (the same formula and Earth radius as
 *   src/domain/geo.ts) is computed in SQL with SQLite's math functions, filtered by the
 *   radius and ordered. "N nearest" without a radius starts with a 16 km box and widens it
 *   fourfold until N meetings lie within the circle the box encloses.
 * - Weekday, attendance (online also serves hybrid, in person also serves hybrid), state
 *   (indexed), formats (EXISTS on meeting_formats, whose key starts with meeting_id) and
 *   published are plain WHERE clauses; without an attendance filter, temporarily closed
 *   meetings are left out, as the index does.
 * - Text: each query word must start a word of name, group name, venue name, city, notes
 *   or location notes: `' ' || those || ... LIKE '% word%'` (LIKE is case-insensitive for
 *   ASCII). That approximates the index's word-prefix match without accent folding or
 *   typo tolerance, which the benchmark words do not need.
 * - Time ("status now" and the default "next" order): SQLite knows nothing of time zones.
 *   Per query, for each distinct zone in the table (a few dozen, listed once at start), JS
 *   computes the zone's local weekday and minute of the day at `now`; they are joined in as
 *   a VALUES table. A meeting's key is then the minutes from now to its occurrence in
 *   progress (negative) or its next start, by weekly arithmetic on its local weekday and
 *   start time; "now" is key <= 0, prefiltered to meetings dated today or yesterday in
 *   their zone. This assumes no DST change between yesterday and next week, true of the
 *   fixed benchmark instant (late November).
 * - The page: the 25 ids (with count(*) OVER () for the total) are joined back to whole
 *   rows, their formats read in one more query, and both turned into PublicMeeting
 *   objects with the store's own row mapper, so SQL hands back what the index does.
 */

export interface SqlHit {
  meeting: PublicMeeting;
  km: number | null;
  /** Minutes from now to the occurrence in progress (<= 0) or the next start, when computed. */
  nextKey: number | null;
}

export interface SqlResult {
  hits: SqlHit[];
  total: number;
}

const SERVES: Record<Attendance, Attendance[]> = {
  in_person: ['in_person', 'hybrid'],
  online: ['online', 'hybrid'],
  hybrid: ['hybrid'],
  temporarily_closed: ['temporarily_closed'],
};

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (2 * Math.PI * EARTH_RADIUS_KM) / 360;
const WEEK_MINUTES = 7 * 24 * 60;
const FIRST_NEAREST_KM = 16;

type PageRow = MeetingRow & { bench_km: number | null; bench_next_key: number | null; bench_total: number };

export class SqlSearch {
  private constructor(
    private readonly db: Kysely<Database>,
    private readonly zones: readonly string[],
  ) {}

  static async open(db: Kysely<Database>): Promise<SqlSearch> {
    const rows = await db.selectFrom('meetings').select('time_zone').distinct().execute();
    return new SqlSearch(
      db,
      rows.map((r) => r.time_zone),
    );
  }

  get zoneCount(): number {
    return this.zones.length;
  }

  async search(query: Query, now: number): Promise<SqlResult> {
    unsupported(query);
    const place = query.place;
    if (!place) return this.run(query, now, null);
    const maxKm = query.radius === null ? Infinity : query.unit === 'km' ? query.radius : query.radius * KM_PER_MILE;
    if (Number.isFinite(maxKm) || query.nearest === null) return this.run(query, now, maxKm);
    // N nearest, no radius: widen the circle until it holds N.
    for (let km = FIRST_NEAREST_KM; ; km *= 4) {
      const whole = km >= 20_000;
      const result = await this.run(query, now, whole ? Infinity : km);
      if (whole || result.total >= query.nearest) return result;
    }
  }

  private async run(query: Query, now: number, maxKm: number | null): Promise<SqlResult> {
    const where: RawBuilder<unknown>[] = [sql`m.published = 1`];
    const needsTime = query.status === 'now' || query.sort === 'next';

    let km: RawBuilder<unknown> = sql`NULL`;
    if (query.place && maxKm !== null) {
      const { latitude: lat, longitude: lng } = query.place;
      km = sql`(2 * ${EARTH_RADIUS_KM} * asin(min(1, sqrt(
        sin(radians(m.latitude - ${lat}) / 2) * sin(radians(m.latitude - ${lat}) / 2)
        + cos(radians(${lat})) * cos(radians(m.latitude))
          * sin(radians(m.longitude - ${lng}) / 2) * sin(radians(m.longitude - ${lng}) / 2)))))`;
      if (Number.isFinite(maxKm)) {
        // 1% margin: the box only has to contain the circle.
        const dLat = (maxKm / KM_PER_DEGREE) * 1.01;
        const poleward = Math.min(89.9, Math.abs(lat) + dLat);
        const dLng = Math.min(180, dLat / Math.cos((poleward * Math.PI) / 180));
        where.push(sql`m.latitude BETWEEN ${lat - dLat} AND ${lat + dLat}`);
        where.push(sql`m.longitude BETWEEN ${lng - dLng} AND ${lng + dLng}`);
      } else {
        where.push(sql`m.latitude IS NOT NULL AND m.longitude IS NOT NULL`);
      }
    }

    if (query.days.length > 0) where.push(sql`m.weekday IN (${sql.join(query.days)})`);
    if (query.attendance.length > 0) {
      where.push(sql`m.attendance IN (${sql.join([...new Set(query.attendance.flatMap((a) => SERVES[a]))])})`);
    } else {
      where.push(sql`m.attendance <> 'temporarily_closed'`);
    }
    for (const code of query.formats) {
      where.push(sql`EXISTS (SELECT 1 FROM meeting_formats f WHERE f.meeting_id = m.id AND f.format_code = ${code})`);
    }
    if (query.states.length > 0) where.push(sql`m.state IN (${sql.join(query.states)})`);
    if (query.text !== null) {
      const haystack = sql`(' ' || coalesce(m.name, '') || ' ' || coalesce(m.group_name, '') || ' ' || coalesce(m.venue_name, '')
        || ' ' || coalesce(m.city, '') || ' ' || coalesce(m.notes, '') || ' ' || coalesce(m.location_notes, ''))`;
      const queryWords = words(query.text);
      if (queryWords.length === 0) return { hits: [], total: 0 };
      for (const word of queryWords) where.push(sql`${haystack} LIKE ${`% ${word}%`}`);
    }

    let zoneTable: RawBuilder<unknown> | null = null;
    let nextKey: RawBuilder<unknown> = sql`NULL`;
    if (needsTime) {
      zoneTable = sql.join(
        this.zones.map((zone) => {
          const local = localTime(now, zone);
          return sql`(${zone}, ${local.weekday}, ${minutesOfDay(local.time)})`;
        }),
      );
      const startMinutes = sql`(CAST(substr(m.start_time, 1, 2) AS INTEGER) * 60 + CAST(substr(m.start_time, 4, 2) AS INTEGER))`;
      // Minutes from now to this week's occurrence, counted from the zone's local today (0…10079 minus now).
      const delta = sql`(((m.weekday - z.wd + 7) % 7) * 1440 + ${startMinutes} - z.mins)`;
      nextKey = sql`(CASE
        WHEN ${delta} - ${WEEK_MINUTES} + m.duration_minutes > 0 THEN ${delta} - ${WEEK_MINUTES}
        WHEN ${delta} >= 0 OR ${delta} + m.duration_minutes > 0 THEN ${delta}
        ELSE ${delta} + ${WEEK_MINUTES} END)`;
      if (query.status === 'now') {
        where.push(sql`m.weekday IN (z.wd, (z.wd + 6) % 7)`);
        where.push(sql`${nextKey} <= 0`);
      }
    }

    const within = maxKm !== null && Number.isFinite(maxKm) ? sql`WHERE km <= ${maxKm}` : sql``;
    const order = query.sort === 'distance' && query.place ? sql`km, id` : sql`next_key, coalesce(km, 0), id`;
    const pageOrder = query.sort === 'distance' && query.place ? sql`page.km, page.id` : sql`page.next_key, coalesce(page.km, 0), page.id`;
    const cap = query.nearest ?? Infinity;
    const limit = Math.max(0, Math.min(query.limit, cap - query.offset));
    const zones = zoneTable ? sql`z(tz, wd, mins) AS (VALUES ${zoneTable}),` : sql``;
    const join = zoneTable ? sql`JOIN z ON z.tz = m.time_zone` : sql``;

    const { rows } = await sql<PageRow>`
      WITH ${zones}
      cand AS (
        SELECT m.id AS id, ${km} AS km, ${nextKey} AS next_key
        FROM meetings m ${join}
        WHERE ${sql.join(where, sql` AND `)}
      ),
      page AS (
        SELECT id, km, next_key, count(*) OVER () AS total FROM cand ${within}
        ORDER BY ${order} LIMIT ${limit} OFFSET ${query.offset}
      )
      SELECT m.*, page.km AS bench_km, page.next_key AS bench_next_key, page.total AS bench_total
      FROM page JOIN meetings m ON m.id = page.id
      ORDER BY ${pageOrder}`.execute(this.db);

    const total = Math.min(cap, rows[0]?.bench_total ?? 0);
    if (rows.length === 0) return { hits: [], total };
    const formatRows = await this.db
      .selectFrom('meeting_formats')
      .select(['meeting_id', 'format_code'])
      .where(
        'meeting_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('meeting_id')
      .orderBy('position')
      .execute();
    const formats = formatsByMeeting(formatRows);
    const hits = rows.map((row) => ({
      meeting: toPublicMeeting(rowToMeeting(row, formats.get(row.id) ?? [])),
      km: row.bench_km,
      nextKey: row.bench_next_key,
    }));
    return { hits, total };
  }
}

/** The benchmark's mixes use only these parts of a Query; anything else would be answered wrongly. */
function unsupported(query: Query): void {
  const problems: string[] = [];
  if (query.relativeDays.length > 0) problems.push('relative days');
  if (query.after !== null || query.before !== null) problems.push('after/before');
  if (query.status !== null && query.status !== 'now') problems.push(`status ${query.status}`);
  if (query.formatsAny.length + query.formatsNot.length > 0) problems.push('formats_any/formats_not');
  if (query.programs.length + query.categories.length + query.languages.length + query.cities.length > 0) {
    problems.push('program/category/language/city');
  }
  if (query.serviceBodies.length + query.ids.length > 0) problems.push('service_body/ids');
  if (query.sort === 'name') problems.push('sort=name');
  if (problems.length > 0) throw new Error(`SqlSearch does not handle: ${problems.join(', ')}`);
}
