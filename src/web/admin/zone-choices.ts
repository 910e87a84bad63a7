import { isUsTimeZone } from '../../geo/time-zone.js';

let choices: { us: string[]; other: string[] } | undefined;

/** Every IANA zone the platform knows, the US ones first: what the meeting form offers. */
export function zoneChoices(): { us: readonly string[]; other: readonly string[] } {
  if (!choices) {
    const all = Intl.supportedValuesOf('timeZone');
    choices = { us: all.filter(isUsTimeZone), other: all.filter((zone) => !isUsTimeZone(zone)) };
  }
  return choices;
}
