import type { FormatType } from '../../domain/format.js';
import type { DistanceUnit } from '../../domain/query.js';
import type { MeetingResult } from '../../search/present.js';
import { placeText } from '../directions.js';
import { messages } from '../i18n/messages.js';
import {
  attendanceText,
  differsForViewer,
  distanceText,
  occurrenceText,
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
  /** h3 in a plain list; h4 under a day's heading. */
  level?: 3 | 4;
}

function epoch(iso: string | null): number | null {
  return iso === null ? null : Date.parse(iso);
}

/** One search result: what, when (on both clocks when they differ), how soon, where and how. */
export function MeetingItem({ meeting, now, viewerZone, unit, formats, level = 3 }: MeetingItemProps) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const local = meeting.localStart;
  const when = local
    ? occurrenceText(local.meeting)
    : occurrenceText({ weekday: meeting.schedule.weekday, time: meeting.schedule.startTime });
  const viewer = local && viewerZone !== null && differsForViewer(local.meeting, local.viewer) ? local.viewer : null;
  const soon = soonText(
    { inProgress: meeting.inProgress, start: epoch(meeting.nextStart), endClock: meeting.nextEnd?.slice(11, 16) ?? null },
    now,
  );
  const openness = openClosed(meeting.formats);
  const keys = keyFormatNames(meeting.formats, formats);
  const m = messages();
  const where = meeting.attendance === 'online' ? m.online : [meeting.venue.name, placeText(meeting.venue)].filter(Boolean).join(', ');
  return (
    <li class="card result">
      <Heading>
        <a href={`/meetings/${meeting.slug}`}>{meeting.name}</a>
      </Heading>
      <p class="when">
        <strong>{when}</strong> <span class="muted">{zoneName(meeting.schedule.timeZone, now)}</span>
        {viewer && <span class="viewer-time"> · {viewerText(viewer)}</span>}
        {soon && <span class={meeting.inProgress ? 'soon now' : 'soon'}> · {soon}</span>}
      </p>
      <p class="where">
        {where || m.meetingItem.noPlace}
        {meeting.distance !== undefined && <span class="muted"> · {distanceText(meeting.distance, unit)}</span>}
      </p>
      <p class="tags">
        <span class="tag">{m.program(meeting.program).short}</span>
        <span class="tag">{attendanceText(meeting.attendance)}</span>
        {openness && <span class="tag">{openness === 'open' ? m.open : m.closed}</span>}
        {keys.map((name) => (
          <span class="tag" key={name}>
            {name}
          </span>
        ))}
      </p>
    </li>
  );
}
