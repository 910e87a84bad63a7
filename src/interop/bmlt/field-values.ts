import { QueryError } from '../../domain/query-params.js';
import { FIELD_DESCRIPTIONS, type BmltMeeting, type FieldKey } from './fields.js';
import { single, type Params } from './params.js';

/** GetFieldKeys: every key a client may select, filter or sort by, with a label. */
export function bmltFieldKeys(): { key: string; description: string }[] {
  return Object.entries(FIELD_DESCRIPTIONS).map(([key, description]) => ({ key, description }));
}

/** GetFieldValues' `meeting_key`, which must be one GetFieldKeys lists. */
export function fieldValuesKey(params: Params): FieldKey {
  const key = single(params, 'meeting_key');
  if (key === null || !Object.hasOwn(FIELD_DESCRIPTIONS, key)) {
    throw new QueryError('meeting_key', `meeting_key must be one of: ${Object.keys(FIELD_DESCRIPTIONS).join(', ')}`);
  }
  return key as FieldKey;
}

/**
 * GetFieldValues: each distinct value of a field, with the ids of the meetings that have it
 * (a comma list, ascending), values in order.
 */
export function bmltFieldValues(meetings: readonly BmltMeeting[], key: FieldKey): Record<string, string>[] {
  const ids = new Map<string, number[]>();
  for (const m of meetings) {
    const value = m[key] ?? '';
    const list = ids.get(value) ?? [];
    list.push(Number(m.id_bigint));
    ids.set(value, list);
  }
  return [...ids.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([value, list]) => ({ [key]: value, ids: list.sort((a, b) => a - b).join(',') }));
}
