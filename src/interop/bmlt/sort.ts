import { QueryError } from '../../domain/query-params.js';
import { ALL_FIELDS, isFieldKey, type BmltMeeting, type FieldKey } from './fields.js';
import { list, single, type Params } from './params.js';

/** BMLT's named orders (`sort_key`), each a list of fields. */
export const SORT_ALIASES: Readonly<Record<string, readonly FieldKey[]>> = {
  weekday: ['weekday_tinyint', 'location_municipality', 'location_city_subsection', 'start_time', 'location_neighborhood'],
  time: ['weekday_tinyint', 'start_time', 'location_municipality', 'location_city_subsection', 'location_neighborhood'],
  town: ['location_municipality', 'location_city_subsection', 'location_neighborhood', 'weekday_tinyint', 'start_time'],
  state: ['location_province', 'location_municipality', 'location_city_subsection', 'weekday_tinyint', 'start_time'],
  weekday_state: ['weekday_tinyint', 'location_province', 'location_municipality', 'start_time', 'location_city_subsection'],
};

/** BMLT's default order, which the index gives directly as its weekly sort. */
export const DEFAULT_SORT: readonly FieldKey[] = ['weekday_tinyint', 'start_time', 'duration_time'];

/** `sort_keys` (fields) or `sort_key` (a named order); null for the default order. */
export function sortKeysOf(params: Params): FieldKey[] | null {
  const keys = list(params, 'sort_keys');
  if (keys.length > 0) {
    const bad = keys.find((k) => !isFieldKey(k));
    if (bad !== undefined)
      throw new QueryError('sort_keys', `sort_keys takes field keys (${ALL_FIELDS.join(', ')}); "${bad.slice(0, 40)}" is not one`);
    const chosen = keys as FieldKey[];
    return sameKeys(chosen, DEFAULT_SORT) ? null : chosen;
  }
  const alias = single(params, 'sort_key');
  if (alias === null) return null;
  const fields = Object.hasOwn(SORT_ALIASES, alias) ? SORT_ALIASES[alias] : undefined;
  if (!fields) throw new QueryError('sort_key', `sort_key must be one of: ${Object.keys(SORT_ALIASES).join(', ')}`);
  return [...fields];
}

function sameKeys(a: readonly FieldKey[], b: readonly FieldKey[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

const NUMERIC: ReadonlySet<FieldKey> = new Set([
  'id_bigint',
  'service_body_bigint',
  'weekday_tinyint',
  'venue_type',
  'longitude',
  'latitude',
  'distance_in_km',
  'distance_in_miles',
]);

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

function compareField(key: FieldKey, a: string, b: string): number {
  if (NUMERIC.has(key)) {
    // Empty values (no coordinates, no body) sort last.
    const x = a === '' ? Infinity : Number(a);
    const y = b === '' ? Infinity : Number(b);
    return x === y ? 0 : x < y ? -1 : 1;
  }
  return collator.compare(a, b);
}

/** A comparator over rendered meetings by these keys, with the meeting id as the last tie-break so pages are stable. */
export function compareBy(keys: readonly FieldKey[]): (a: BmltMeeting, b: BmltMeeting) => number {
  return (a, b) => {
    for (const key of keys) {
      const order = compareField(key, a[key] ?? '', b[key] ?? '');
      if (order !== 0) return order;
    }
    return compareField('id_bigint', a.id_bigint ?? '', b.id_bigint ?? '');
  };
}
