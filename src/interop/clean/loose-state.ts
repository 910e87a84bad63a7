import { stateByCode, stateByName } from '../../domain/us-states.js';

export interface State {
  state: string | null;
  warning: string | null;
}

/**
 * A US state as its two-letter code, from a code in any case or a full name ("Oregon",
 * "oregon", "District of Columbia"). Outside the US the province is kept as given. A US
 * value that is neither is dropped with a warning: a wrong state would mislead more than none.
 */
export function looseState(value: string | null, country: string): State {
  if (value === null || country !== 'US') return { state: value, warning: null };
  const found = stateByCode(value.replace(/\./g, '')) ?? stateByName(value);
  if (!found) return { state: null, warning: `state ${JSON.stringify(value)} not recognised: dropped` };
  // Upper-casing a code is no news; a name turned into a code is worth saying once.
  return {
    state: found.code,
    warning: value.length > 2 && found.code !== value ? `state ${JSON.stringify(value)} read as "${found.code}"` : null,
  };
}
