import { stateByCode, stateByName } from '../../domain/us-states.js';
import { provinceFrom } from './canadian-provinces.js';

export interface State {
  state: string | null;
  warning: string | null;
}

/**
 * A US state or Canadian province as its two-letter code, from a code in any case or a full
 * name ("Oregon", "District of Columbia", "Alberta", "Québec"). Elsewhere the region is kept
 * as given. A US value that is neither is dropped with a warning: a wrong state would mislead
 * more than none. An unknown Canadian one is kept as given.
 */
export function looseState(value: string | null, country: string): State {
  if (value === null || (country !== 'US' && country !== 'CA')) return { state: value, warning: null };
  const plain = value.replace(/\./g, '').trim();
  const code = country === 'US' ? (stateByCode(plain) ?? stateByName(plain))?.code : provinceFrom(plain)?.code;
  if (code === undefined) {
    return country === 'US'
      ? { state: null, warning: `state ${JSON.stringify(value)} not recognised: dropped` }
      : { state: value, warning: null };
  }
  // Upper-casing a code is no news; a name turned into a code is worth saying once.
  return { state: code, warning: value.length > 2 && code !== value ? `state ${JSON.stringify(value)} read as "${code}"` : null };
}
