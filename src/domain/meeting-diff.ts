/**
 * A readable field-by-field diff of two versions of a logged record (a meeting, a service body,
 * a format): nested parts (venue, online, schedule, provenance) flattened to one row per field,
 * lists of codes as what was added and removed, unchanged fields left out. The page names each
 * field from the message catalogue by its `field` key ("schedule.startTime").
 */

/** One field that differs. `before`/`after` are the raw values, so the diff can be applied back. */
export interface FieldChange {
  /** The path of the field: "name", "venue.street", "schedule.startTime". */
  field: string;
  before: unknown;
  after: unknown;
  /** For lists of codes (formats, languages, categories): what the later version has that the earlier did not. */
  added?: string[];
  removed?: string[];
}

/** Parts of a meeting that are shown field by field rather than as one value. */
const NESTED = new Set(['venue', 'online', 'schedule', 'provenance']);
/** Lists whose order means nothing to a reader: shown as codes added and removed. */
const CODE_LISTS = new Set(['formats', 'languages', 'categories', 'venue.regions']);
/** Stamps every write changes, which say nothing about what changed. */
const STAMPS = new Set(['id', 'createdAt', 'updatedAt']);

type Plain = Record<string, unknown>;

function isPlain(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The record as path → value, with the nested parts opened one level; `ignore` names top-level fields left out too. */
export function flattenRecord(record: unknown, ignore: ReadonlySet<string> = STAMPS): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  if (!isPlain(record)) return flat;
  for (const [key, value] of Object.entries(record)) {
    if (STAMPS.has(key) || ignore.has(key)) continue;
    if (NESTED.has(key) && isPlain(value)) {
      for (const [inner, innerValue] of Object.entries(value)) flat.set(`${key}.${inner}`, innerValue);
    } else {
      flat.set(key, value);
    }
  }
  return flat;
}

/** Deep equality of JSON values (what the change log keeps), key order ignored. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Coordinates pass through a database's text or float form and may come back a hair apart.
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlain(a) && isPlain(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return false;
}

function codes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * What changed from `before` to `after` (either may be null: a create or a delete), in the
 * order the later version lists its fields, the earlier one's leftovers after. The one diff of
 * the history, a stale edit's notice and an import's preview; `ignore` leaves out more fields.
 */
export function recordDiff(before: unknown, after: unknown, ignore: ReadonlySet<string> = STAMPS): FieldChange[] {
  const a = flattenRecord(before, ignore);
  const b = flattenRecord(after, ignore);
  const fields = [...new Set([...b.keys(), ...a.keys()])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const was = a.has(field) ? a.get(field) : null;
    const now = b.has(field) ? b.get(field) : null;
    if (sameValue(was, now)) continue;
    const change: FieldChange = { field, before: was ?? null, after: now ?? null };
    if (CODE_LISTS.has(field)) {
      const old = codes(was);
      const fresh = codes(now);
      change.added = fresh.filter((code) => !old.includes(code));
      change.removed = old.filter((code) => !fresh.includes(code));
    }
    changes.push(change);
  }
  return changes;
}

/** `record` with the diff's later values written in: what the later version held, for the fields the diff lists. */
export function applyDiff<T>(record: T, diff: readonly FieldChange[]): T {
  const copy = structuredClone(record) as Plain;
  for (const { field, after } of diff) {
    const [outer, inner] = field.split('.', 2) as [string, string | undefined];
    if (inner === undefined) copy[outer] = after;
    else copy[outer] = { ...(isPlain(copy[outer]) ? copy[outer] : {}), [inner]: after };
  }
  return copy as T;
}

/** Every field path a meeting diff can name: the message catalogue gives each a label. */
export const MEETING_FIELDS = [
  'name',
  'slug',
  'program',
  'categories',
  'serviceBodyId',
  'groupName',
  'groupNotes',
  'worldId',
  'schedule.weekday',
  'schedule.startTime',
  'schedule.durationMinutes',
  'schedule.timeZone',
  'attendance',
  'venue.name',
  'venue.street',
  'venue.citySubsection',
  'venue.neighborhood',
  'venue.city',
  'venue.county',
  'venue.state',
  'venue.postalCode',
  'venue.country',
  'venue.latitude',
  'venue.longitude',
  'venue.approximate',
  'venue.notes',
  'venue.regions',
  'venue.trainLines',
  'venue.busLines',
  'online.conferenceUrl',
  'online.conferenceUrlNotes',
  'online.conferencePhone',
  'online.conferencePhoneNotes',
  'formats',
  'languages',
  'notes',
  'website',
  'contacts',
  'adminNotes',
  'published',
  'sample',
  'provenance.source',
  'provenance.externalId',
  'extras',
  'checkedAt',
] as const;
