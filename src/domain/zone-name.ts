import { zonesOfCountry } from './country-zones.js';

/**
 * What a time zone is called on the pages: the generic name people know ("Pacific Time",
 * "Alaska Time"), the same for every zone of a US state that keeps the same clock. ICU names a
 * zone by its history at the instant asked about (at 1970 America/Nome is "Nome Time" and
 * America/Detroit "Eastern Standard Time"), so a zone of the US or its territories is named
 * after the reference zone below whose UTC offsets in January and July match its own in the
 * year asked about. Other zones keep ICU's name at that instant, and an unknown one its IANA id.
 * Pure: every instant is a parameter; the names come from the platform's CLDR data, in the
 * locale asked for, so a Spanish page gets Spanish names.
 */

/**
 * One zone per clock kept in the US and its territories. Arizona and Hawaii keep no daylight
 * time, so theirs are "Standard" names ("Mountain Standard Time", "Hawaii-Aleutian Standard
 * Time"), as CLDR names them: a plain "Mountain Time" would say Phoenix moves its
 * clocks with Denver. See docs/decisions/0012-zone-names.md.
 */
const REFERENCE_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'America/Adak',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'Pacific/Guam',
  'Pacific/Pago_Pago',
] as const;

/** The US, Puerto Rico, the Virgin Islands, Guam, the Northern Marianas, American Samoa and the minor outlying islands. */
const US_COUNTRIES = ['US', 'PR', 'VI', 'GU', 'MP', 'AS', 'UM'] as const;

const UTC_ZONES: ReadonlySet<string> = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT']);

const MINUTE = 60_000;
const CACHE_LIMIT = 2000;

/** Building an Intl formatter costs far more than using one, and there are a few hundred zones. */
const clocks = new Map<string, Intl.DateTimeFormat | null>();

function clockOf(timeZone: string): Intl.DateTimeFormat | null {
  let clock = clocks.get(timeZone);
  if (clock === undefined) {
    try {
      clock = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      clock = null;
    }
    if (clocks.size < CACHE_LIMIT) clocks.set(timeZone, clock);
  }
  return clock;
}

/** The zone's offset from UTC at `instant`, in minutes (Los Angeles in July: -420), or null for a zone the platform does not know. */
export function utcOffset(timeZone: string, instant: number): number | null {
  const clock = clockOf(timeZone);
  if (clock === null) return null;
  const parts = clock.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  return Math.round((wall - Math.floor(instant / MINUTE) * MINUTE) / MINUTE);
}

/** "-480/-420": the zone's offsets in mid-January and mid-July of `year`, which tell its clock rules apart. */
function clockRules(timeZone: string, year: number): string | null {
  const january = utcOffset(timeZone, Date.UTC(year, 0, 15));
  const july = utcOffset(timeZone, Date.UTC(year, 6, 15));
  return january === null || july === null ? null : `${january}/${july}`;
}

let usZones: ReadonlySet<string> | undefined;

/** The platform lists canonical ids (America/Indianapolis); a page may name an alias (America/Indiana/Indianapolis). */
function canonical(timeZone: string): string {
  return clockOf(timeZone)?.resolvedOptions().timeZone ?? timeZone;
}

function isUsZone(timeZone: string): boolean {
  usZones ??= new Set(US_COUNTRIES.flatMap(zonesOfCountry).flatMap((zone) => [zone, canonical(zone)]));
  return usZones.has(timeZone) || usZones.has(canonical(timeZone));
}

const namingZones = new Map<string, string>();

/** The zone whose name `timeZone` goes by in the year of `at`: its group's reference zone, or itself. */
function namingZone(timeZone: string, at: number): string {
  const year = new Date(at).getUTCFullYear();
  const key = `${timeZone}|${year}`;
  const known = namingZones.get(key);
  if (known !== undefined) return known;
  let zone = timeZone;
  if (isUsZone(timeZone)) {
    const rules = clockRules(timeZone, year);
    if (rules !== null) zone = REFERENCE_ZONES.find((reference) => clockRules(reference, year) === rules) ?? timeZone;
  }
  if (namingZones.size < CACHE_LIMIT) namingZones.set(key, zone);
  return zone;
}

const names = new Map<string, string | null>();

/** ICU's name of the zone at `at` in one style, or null where the platform does not know the zone or locale. */
function intlName(timeZone: string, at: number, locale: string, style: 'longGeneric' | 'short' | 'shortGeneric'): string | null {
  // Generic names hold for a whole year; a specific one ("PDT") changes with the offset.
  const when = style === 'short' ? `${new Date(at).getUTCFullYear()}|${utcOffset(timeZone, at)}` : String(new Date(at).getUTCFullYear());
  const key = `${timeZone}|${locale}|${style}|${when}`;
  const known = names.get(key);
  if (known !== undefined) return known;
  let name: string | null = null;
  try {
    name =
      new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ??
      null;
  } catch {
    // An unknown zone or locale: the caller falls back to the IANA id.
  }
  if (names.size < CACHE_LIMIT) names.set(key, name);
  return name;
}

/**
 * "Pacific Time", "Alaska Time" (for Anchorage and Nome alike), "Eastern Time" (for Detroit and
 * every Indiana zone but two), "Mountain Standard Time" (Arizona): the generic name of the zone's
 * clock in the year of `at`, in `locale`.
 */
export function zoneName(timeZone: string, at: number, locale = 'en-US'): string {
  if (UTC_ZONES.has(timeZone)) return 'UTC';
  return intlName(namingZone(timeZone, at), at, locale, 'longGeneric') ?? timeZone;
}

/**
 * The short form for compact places: "PDT" or "PST" at the instant `at`, or with `generic`
 * "PT" for the clock all year. Where CLDR has no abbreviation it is the offset ("GMT+10").
 */
export function zoneAbbreviation(timeZone: string, at: number, options: { generic?: boolean; locale?: string } = {}): string {
  const zone = namingZone(timeZone, at);
  return intlName(zone, at, options.locale ?? 'en-US', options.generic === true ? 'shortGeneric' : 'short') ?? timeZone;
}

/** Whether two zones' clocks read alike at `at` and all through its year: a meeting's time needs no second clock for the other. */
export function sameClock(a: string, b: string, at: number): boolean {
  if (a === b) return true;
  const year = new Date(at).getUTCFullYear();
  const rules = clockRules(a, year);
  return rules !== null && rules === clockRules(b, year) && utcOffset(a, at) === utcOffset(b, at);
}
