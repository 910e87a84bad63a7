import { givenValues, listValues, type RawParams } from '../domain/raw-params.js';

/**
 * A query string from parameters, in their given order, empty values dropped: `set` replaces
 * (or with an empty list removes) a parameter, `omit` drops some. Each value is encoded.
 */
export function queryString(params: RawParams, change: { set?: Record<string, string[]>; omit?: readonly string[] } = {}): string {
  const out = new URLSearchParams();
  const names = [...Object.keys(params), ...Object.keys(change.set ?? {}).filter((name) => !(name in params))];
  for (const name of names) {
    if (change.omit?.includes(name)) continue;
    const values =
      change.set && Object.hasOwn(change.set, name)
        ? change.set[name]!
        : listValues(params, name).length > 0
          ? givenValues(params, name)
          : [];
    for (const value of values) if (value !== '') out.append(name, value);
  }
  const text = out.toString();
  return text === '' ? '' : `?${text}`;
}
