import { QueryError } from '../../domain/query-params.js';
import { single, type Params } from './params.js';

/** A dotted JavaScript name: nothing else can run when the answer is loaded as a script. */
const SAFE_CALLBACK = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
const MAX_CALLBACK = 100;

/** What BMLT calls the function when no `callback` is given (its SwitcherController's default). */
export const DEFAULT_CALLBACK = 'callback';

/**
 * The jsonp `callback`, checked: a bad one is a 400, never echoed into a script. Without one
 * the answer calls BMLT's default name, as BMLT does, rather than failing.
 */
export function jsonpCallback(params: Params): string {
  const callback = single(params, 'callback') ?? DEFAULT_CALLBACK;
  if (callback.length > MAX_CALLBACK || !SAFE_CALLBACK.test(callback)) {
    throw new QueryError(
      'callback',
      `callback must be a JavaScript function name (letters, digits, _ and $, dotted), at most ${MAX_CALLBACK} characters`,
    );
  }
  return callback;
}

/**
 * The answer as a script. `/**\/` first and `;` after keep the script well-formed whatever
 * precedes it; U+2028 and U+2029 are escaped because older engines end a string at them.
 */
export function jsonpBody(callback: string, value: unknown): string {
  const json = JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `/**/${callback}(${json});`;
}
