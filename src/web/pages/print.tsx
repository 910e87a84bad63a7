import { DateTime } from 'luxon';
import type { PublicMeeting } from '../../domain/meeting.js';
import { WEEKDAYS } from '../../domain/weekday.js';
import { Layout } from '../components/layout.js';
import type { FormatLookup } from '../components/meeting-item.js';
import { clockText, countText, dayName, hoursText, zoneName } from '../components/schedule-text.js';
import { addressText, placeText } from '../directions.js';
import type { PageContext } from '../site.js';

/** A printed list stops here: a service body's list fits well within it, and the page stays light. */
export const PRINT_LIMIT = 2000;

export interface PrintPageProps {
  context: PageContext;
  /** "Oregon", "Portland, Oregon", "Meetings for a search". */
  title: string;
  /** Meetings in weekly order (day, then start time, on each meeting's own clock). */
  meetings: readonly PublicMeeting[];
  total: number;
  formats: FormatLookup;
  generatedAt: number;
  /** The zone the date of printing is given in. */
  timeZone: string;
  /** The same meetings on screen. */
  backHref: string;
  canonicalPath: string;
}

function where(meeting: PublicMeeting): string {
  if (meeting.attendance === 'online') return 'Online';
  const venue = meeting.venue;
  const place = [venue.name, addressText(venue) || placeText(venue)].filter(Boolean).join(', ');
  return meeting.attendance === 'hybrid'
    ? `${place} (and online)`
    : meeting.attendance === 'temporarily_closed'
      ? `${place} (closed for now)`
      : place;
}

/** The format codes a printed line carries: those the catalogue knows, so the legend explains each one. */
function codesOf(meeting: PublicMeeting, formats: FormatLookup): string[] {
  return meeting.formats.filter((code) => formats.has(code));
}

/** A compact printed schedule, Sunday first, as service bodies hand out, with a legend of the codes it uses. */
export function PrintPage(props: PrintPageProps) {
  const { meetings, formats } = props;
  const byDay = WEEKDAYS.map((day) => ({ day, meetings: meetings.filter((m) => m.schedule.weekday === day) }));
  const used = [...new Set(meetings.flatMap((m) => codesOf(m, formats)))].sort();
  const zones = [...new Set(meetings.map((m) => m.schedule.timeZone))];
  const generated = DateTime.fromMillis(props.generatedAt, { zone: props.timeZone }).toFormat('LLLL d, yyyy');
  const heading = `Meeting schedule: ${props.title}`;
  return (
    <Layout
      context={props.context}
      title={heading}
      description={`A printable day-by-day list of ${countText(props.total)}: ${props.title}.`}
      canonicalPath={props.canonicalPath}
    >
      <div class="print-schedule">
        <h1>{heading}</h1>
        <p class="no-print print-hint">
          Use your browser’s Print command (Ctrl+P, or ⌘+P on a Mac) to print this list. <a href={props.backHref}>Back to the meetings</a>.
        </p>
        <p>
          {countText(meetings.length)}
          {props.total > meetings.length
            ? ` of ${props.total}: a printed list holds at most ${PRINT_LIMIT.toLocaleString('en-US')}; narrow the search to see the rest`
            : ''}
          . List made {generated}. Times are local: each meeting’s own clock{zones.length === 1 ? ` (${zoneName(zones[0]!)})` : ''}. Check
          online before you go; lists change.
        </p>
        {meetings.length === 0 && <p>No meetings to list.</p>}
        {byDay
          .filter((group) => group.meetings.length > 0)
          .map((group) => (
            <section class="print-day" key={group.day} aria-labelledby={`day-${group.day}`}>
              <h2 id={`day-${group.day}`}>{dayName(group.day)}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Time</th>
                    <th scope="col">Meeting</th>
                    <th scope="col">Where</th>
                    <th scope="col">Formats</th>
                  </tr>
                </thead>
                <tbody>
                  {group.meetings.map((m) => (
                    <tr key={m.id}>
                      <td class="time" title={hoursText(m.schedule)}>
                        {clockText(m.schedule.startTime)}
                        {zones.length > 1 && <span class="muted"> {zoneName(m.schedule.timeZone)}</span>}
                      </td>
                      <td>{m.name}</td>
                      <td>{where(m)}</td>
                      <td>{codesOf(m, formats).join(' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        {used.length > 0 && (
          <section class="print-legend" aria-labelledby="legend">
            <h2 id="legend">What the codes mean</h2>
            <dl>
              {used.map((code) => (
                <div key={code}>
                  <dt>{code}</dt>
                  <dd>{formats.get(code)?.name ?? code}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}
      </div>
    </Layout>
  );
}
