import { countryAt } from '../../geo/country-at.js';
import type { FeedMeeting, ParsedFeed } from '../parsed-feed.js';

/** How often each value occurs, in first-seen order; the prevailing one is the most frequent, the first on a tie. */
class Tally {
  private readonly counts = new Map<string, number>();

  add(value: string): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
  }

  has(value: string): boolean {
    return this.counts.has(value);
  }

  get prevailing(): string | null {
    let best: string | null = null;
    let most = 0;
    for (const [value, count] of this.counts) {
      if (count > most) [best, most] = [value, count];
    }
    return best;
  }
}

class Tallies {
  readonly feed = new Tally();
  private readonly groups = new Map<string, Tally>();

  add(group: string | null, value: string): void {
    this.feed.add(value);
    if (group === null) return;
    let tally = this.groups.get(group);
    if (!tally) this.groups.set(group, (tally = new Tally()));
    tally.add(value);
  }

  /** The service body's prevailing value, else the feed's, with which one it was. */
  prevailing(group: string | null): { value: string; of: string } | null {
    const own = group === null ? null : (this.groups.get(group)?.prevailing ?? null);
    if (own !== null) return { value: own, of: 'its service body' };
    const feed = this.feed.prevailing;
    return feed === null ? null : { value: feed, of: 'the feed' };
  }
}

/**
 * The feed-level pass both parsers end with. A row's own words and an in-person venue's
 * coordinates are firm; an online meeting's coordinates are often a placeholder, far from
 * its service body. So the firm rows decide, per service body and then per feed, the
 * prevailing time zone and country, and:
 * - a row with no zone takes the prevailing one, or is skipped with its reason;
 * - a guessed zone (from an online meeting's coordinates) that no firm row of the feed keeps
 *   is replaced by the prevailing one;
 * - a row that names no country, or one known only from an online meeting's coordinates,
 *   takes the prevailing country;
 * - an online meeting's coordinates outside its country are dropped as a placeholder.
 */
export function settleFeedPlaces(feed: ParsedFeed): void {
  const zones = new Tallies();
  const countries = new Tallies();
  for (const meeting of feed.meetings) {
    const group = meeting.serviceBodyExternalId;
    if (meeting.place?.zone === 'firm') zones.add(group, meeting.input.schedule.timeZone);
    if (meeting.place?.country === 'firm') countries.add(group, meeting.input.venue.country);
  }
  const kept: FeedMeeting[] = [];
  for (const meeting of feed.meetings) {
    const evidence = meeting.place;
    delete meeting.place;
    if (evidence === undefined) {
      kept.push(meeting);
      continue;
    }
    const group = meeting.serviceBodyExternalId;
    const { schedule, venue } = meeting.input;
    const zone = zones.prevailing(group);
    if (evidence.zone === 'none') {
      if (zone === null) {
        feed.skipped.push({
          row: meeting.row,
          externalId: meeting.externalId,
          name: meeting.input.name,
          reason: evidence.unplaced ?? 'no time zone',
        });
        continue;
      }
      schedule.timeZone = zone.value;
      meeting.warnings.push(`no time zone of its own: ${zone.value}, as most meetings of ${zone.of}`);
    }
    const replaced = evidence.zone === 'guess' && zone !== null && !zones.feed.has(schedule.timeZone) && zone.value !== schedule.timeZone;
    if (replaced) {
      meeting.warnings.push(
        `${schedule.timeZone} from an online meeting's coordinates replaced by ${zone.value}, as most meetings of ${zone.of}`,
      );
      schedule.timeZone = zone.value;
    }
    const country = countries.prevailing(group);
    const doubtful = evidence.country !== 'firm' && venue.state === null && venue.postalCode === null;
    if (doubtful && country !== null && country.value !== venue.country) {
      meeting.warnings.push(`country ${country.value}, as most meetings of ${country.of}`);
      venue.country = country.value;
    }
    // An online meeting's coordinates in another country than its own are a placeholder.
    const { latitude, longitude } = venue;
    if (meeting.input.attendance === 'online' && !venue.approximate && latitude !== null && longitude !== null) {
      const at = countryAt(latitude, longitude);
      if (at !== venue.country) {
        meeting.warnings.push(
          `coordinates ${latitude},${longitude} lie ${at === null ? 'at sea' : `in ${at}`}, not ${venue.country}: dropped as a placeholder`,
        );
        venue.latitude = null;
        venue.longitude = null;
      }
    }
    kept.push(meeting);
  }
  feed.meetings = kept;
  feed.skipped.sort((a, b) => a.row - b.row);
}
