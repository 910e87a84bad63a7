import type { FormatType } from '../../domain/format.js';
import type { DistanceUnit } from '../../domain/query.js';
import type { MeetingResult } from '../../search/present.js';
import { backParam } from '../back-to-results.js';
import { mainDirections, placeText } from '../directions.js';
import { messages } from '../i18n/messages.js';
import { otherLanguages } from '../language-name.js';
import { telHref } from '../site.js';
import {
  attendanceText,
  differsForViewer,
  distanceText,
  occurrenceDayText,
  openClosed,
  soonText,
  viewerText,
  zoneName,
} from './schedule-text.js';

/** What a page needs to know about a format to name it. */
export interface FormatInfo {
  code: string;
  name: string;
  description: string;
  type: FormatType;
}

export type FormatLookup = ReadonlyMap<string, FormatInfo>;

/** Shown as tags of their own (open or closed, attendance, language) or not worth a tag in a list. */
const NOT_KEY: ReadonlySet<FormatType> = new Set(['open_closed', 'attendance', 'language']);
const MAX_KEY_FORMATS = 4;

/** The formats worth naming in a list, in the catalogue's words: "Beginners", "Wheelchair Accessible". */
export function keyFormatNames(codes: readonly string[], formats: FormatLookup): string[] {
  const names: string[] = [];
  for (const code of codes) {
    const format = formats.get(code);
    if (format && !NOT_KEY.has(format.type)) names.push(format.name);
    if (names.length === MAX_KEY_FORMATS) break;
  }
  return names;
}

export interface MeetingItemProps {
  meeting: MeetingResult;
  now: number;
  /** The viewer's zone when known (tz, or the searched place's); null shows only the meeting's clock. */
  viewerZone: string | null;
  unit: DistanceUnit;
  formats: FormatLookup;
  /** The program most of the site's meetings belong to: a meeting of another one says which it is. */
  siteProgram?: string | null;
  /** The search this card was found by (a query string), so the meeting's page can lead back to it. */
  back?: string;
  /** h3 in a plain list; h4 under a day's heading. */
  level?: 3 | 4;
}

function epoch(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso);
}

/** The card's buttons: Join for a meeting one can attend online, Directions for one with a place to go. */
function Actions({ meeting }: { meeting: MeetingResult }) {
  const text = messages().meetingItem;
  const { online, attendance } = meeting;
  const joinable = attendance === 'online' || attendance === 'hybrid';
  const directions = attendance === 'in_person' || attendance === 'hybrid' ? mainDirections(meeting.venue) : null;
  const join = joinable && online.conferenceUrl ? online.conferenceUrl : null;
  const call = joinable && !join && online.conferencePhone ? online.conferencePhone : null;
  if (!join && !call && !directions) return null;
  return (
    <p class="card-actions">
      {join && (
        <a class="button" href={join} rel="noopener noreferrer" aria-label={text.joinNamed(meeting.name)}>
          {text.join}
        </a>
      )}
      {call && (
        <a class="button" href={telHref(call)} aria-label={text.callNamed(meeting.name)}>
          {text.call}
        </a>
      )}
      {directions && (
        <a class="button secondary" href={directions} rel="noopener noreferrer" aria-label={text.directionsNamed(meeting.name)}>
          {text.directions}
        </a>
      )}
    </p>
  );
}

/**
 * One search result: what, when (on both clocks when they differ), how soon, where and how.
 * The whole card opens the meeting's page (its name's link is stretched over it); Join and
 * Directions sit above that, as buttons of their own.
 */
export function MeetingItem({ meeting, now, viewerZone, unit, formats, siteProgram = null, back, level = 3 }: MeetingItemProps) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const local = meeting.localStart;
  const closedForNow = meeting.attendance === 'temporarily_closed';
  const when = local ? occurrenceDayText(local.meeting, now) : `${messages().day(meeting.schedule.weekday)} ${meeting.schedule.startTime}`;
  const viewer = local && viewerZone !== null && differsForViewer(local.meeting, local.viewer) ? local.viewer : null;
  const soon = closedForNow
    ? null
    : soonText({ inProgress: meeting.inProgress, start: epoch(meeting.nextStart), endClock: meeting.nextEnd?.slice(11, 16) ?? null }, now);
  const openness = openClosed(meeting.formats);
  const keys = keyFormatNames(meeting.formats, formats);
  const m = messages();
  const text = m.meetingItem;
  const where = [meeting.venue.name, placeText(meeting.venue)].filter(Boolean).join(', ');
  const languages = otherLanguages(meeting.languages, m.lang);
  const backTo = back ? backParam(back) : '';
  const href = `/meetings/${meeting.slug}${backTo ? `?${backTo}` : ''}`;
  return (
    <li class={closedForNow ? 'card result closed-for-now' : 'card result'}>
      <Heading>
        <a class="card-link" href={href}>
          {meeting.name}
        </a>
      </Heading>
      {closedForNow && <p class="badge-closed-for-now">{text.closedForNow}</p>}
      <p class="when">
        <strong>{when}</strong> <span class="muted">{zoneName(meeting.schedule.timeZone, now)}</span>
        {viewer && <span class="viewer-time"> · {viewerText(viewer)}</span>}
        {soon && <span class={meeting.inProgress ? 'soon now' : 'soon'}> · {soon}</span>}
      </p>
      {/* An online meeting has no place to go to, nor a distance: its tag says "Online". */}
      {meeting.attendance !== 'online' && (
        <p class="where">
          {where || text.noPlace}
          {meeting.distance !== undefined && <span class="muted"> · {distanceText(meeting.distance, unit)}</span>}
        </p>
      )}
      <p class="tags">
        {meeting.program !== siteProgram && <span class="tag tag-program">{m.program(meeting.program).short}</span>}
        {languages.map((name) => (
          <span class="tag tag-language" key={name}>
            {name}
          </span>
        ))}
        {!closedForNow && <span class="tag">{attendanceText(meeting.attendance)}</span>}
        {openness && <span class="tag">{openness === 'open' ? m.open : m.closed}</span>}
        {keys.map((name) => (
          <span class="tag" key={name}>
            {name}
          </span>
        ))}
      </p>
      {!closedForNow && <Actions meeting={meeting} />}
    </li>
  );
}
