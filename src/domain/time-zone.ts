import { IANAZone } from 'luxon';

const known = new Map<string, string | null>();
let byLowerCase: Map<string, string> | undefined;

/**
 * The zone's proper name if `name` is an IANA time zone ("america/chicago" →
 * "America/Chicago"), or null. Luxon answers validity by building an Intl formatter,
 * which costs native memory each time; there are only a few hundred zones, so answers
 * are remembered.
 */
export function canonicalTimeZone(name: string): string | null {
  const cached = known.get(name);
  if (cached !== undefined) return cached;
  let answer: string | null = null;
  if (name !== '' && IANAZone.isValidZone(name)) {
    byLowerCase ??= new Map(Intl.supportedValuesOf('timeZone').map((zone) => [zone.toLowerCase(), zone]));
    // Zones ICU knows under another canonical name (America/Indiana/Indianapolis) stay as given.
    answer = byLowerCase.get(name.toLowerCase()) ?? name;
  }
  if (known.size < 2000) known.set(name, answer);
  return answer;
}

export function isTimeZone(name: string): boolean {
  return canonicalTimeZone(name) !== null;
}
