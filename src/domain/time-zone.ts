import { IANAZone } from 'luxon';

const known = new Map<string, boolean>();

/**
 * Whether a name is an IANA time zone. Luxon answers by building an Intl formatter, which
 * costs native memory each time; there are only a few hundred zones, so remember answers.
 */
export function isTimeZone(name: string): boolean {
  let valid = known.get(name);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(name);
    if (known.size < 2000) known.set(name, valid);
  }
  return valid;
}
