import { QueryError } from '../../domain/query-params.js';
import { listValues, type RawParams } from '../../domain/raw-params.js';

/** A query string as Fastify hands it over: one value, or several for a repeated name. */
export type BmltParams = Readonly<RawParams>;

/** A list may hold this many values; more is no real client's request. */
const MAX_LIST = 500;

/**
 * Folds PHP-style `name[]=a&name[]=b` into `name`, next to `name=a,b`: BMLT clients send
 * both, and PHP treats them alike.
 */
export function normalizeParams(raw: BmltParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const name = key.endsWith('[]') ? key.slice(0, -2) : key;
    const values = typeof value === 'string' ? [value] : [...value];
    (out[name] ??= []).push(...values);
  }
  return out;
}

export type Params = Readonly<Record<string, readonly string[]>>;

export function has(params: Params, name: string): boolean {
  return params[name] !== undefined;
}

/** Every value of a list parameter, commas split, blanks dropped. */
export function list(params: Params, name: string): string[] {
  const values = listValues(params, name);
  if (values.length > MAX_LIST) throw new QueryError(name, `${name} takes at most ${MAX_LIST} values`);
  return values;
}

/** A parameter that takes one value; the last one wins when repeated, as in PHP. */
export function single(params: Params, name: string): string | null {
  const values = params[name];
  if (values === undefined || values.length === 0) return null;
  const value = values[values.length - 1]!.trim();
  return value === '' ? null : value;
}

/** BMLT's switches are on only when given as 1. */
export function flag(params: Params, name: string): boolean {
  return single(params, name) === '1';
}

export function integer(params: Params, name: string, min: number, max: number): number | null {
  const text = single(params, name);
  if (text === null) return null;
  if (!/^-?\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new QueryError(name, `${name} must be a whole number from ${min} to ${max}, not "${text.slice(0, 40)}"`);
  }
  return Number(text);
}

export function decimal(params: Params, name: string, min: number, max: number): number | null {
  const text = single(params, name);
  if (text === null) return null;
  const value = Number(text);
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(text) || value < min || value > max) {
    throw new QueryError(name, `${name} must be a number from ${min} to ${max}, not "${text.slice(0, 40)}"`);
  }
  return value;
}

/** A list of ids where a positive id includes and a negative one excludes. */
export interface Signed {
  include: number[];
  exclude: number[];
}

export function signedIds(params: Params, name: string, what = 'ids'): Signed {
  const include: number[] = [];
  const exclude: number[] = [];
  for (const text of list(params, name)) {
    if (!/^-?\d{1,12}$/.test(text) || Number(text) === 0) {
      throw new QueryError(
        name,
        `${name} takes ${what} as whole numbers, positive to include and negative to exclude; "${text.slice(0, 40)}" is not one`,
      );
    }
    const value = Number(text);
    if (value > 0) include.push(value);
    else exclude.push(-value);
  }
  return { include: [...new Set(include)], exclude: [...new Set(exclude)] };
}

/** Signed values that must lie in 1..max (weekdays 1–7, venue types 1–3). */
export function signedChoices(params: Params, name: string, max: number, meaning: string): Signed {
  const ids = signedIds(params, name, meaning);
  const bad = [...ids.include, ...ids.exclude].find((v) => v > max);
  if (bad !== undefined) throw new QueryError(name, `${name} takes ${meaning}; ${bad} is not one`);
  return ids;
}
