import { DateTime } from 'luxon';
import type { PublicMeeting } from '../../domain/meeting.js';
import { WEEKDAYS } from '../../domain/weekday.js';
import { ClientScript } from '../components/client-script.js';
import { Layout } from '../components/layout.js';
import type { FormatLookup } from '../components/meeting-item.js';
import { clockText, countText, dayName, hoursText, zoneName } from '../components/schedule-text.js';
import { ZoneNote } from '../components/zone-note.js';
import { messages } from '../i18n/messages.js';
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
  const text = messages().print;
  if (meeting.attendance === 'online') return text.online;
  const venue = meeting.venue;
  const place = [venue.name, addressText(venue) || placeText(venue)].filter(Boolean).join(', ');
  return meeting.attendance === 'hybrid'
    ? text.andOnline(place)
    : meeting.attendance === 'temporarily_closed'
      ? text.closedForNow(place)
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
  const text = messages().print;
  const heading = text.heading(props.title);
  return (
    <Layout
      context={props.context}
      title={heading}
      description={text.description(props.total, props.title)}
      canonicalPath={props.canonicalPath}
      head={<ClientScript name="zone" />}
    >
      <div class="print-schedule">
        <h1>{heading}</h1>
        <p class="no-print print-hint">
          {text.hint}
          <a href={props.backHref}>{text.back}</a>.
        </p>
        <p class="no-print muted">
          <ZoneNote viewerZone={props.context.viewerZone} zones={zones} now={props.generatedAt} />
        </p>
        <p>
          {countText(meetings.length)}
          {props.total > meetings.length ? text.cut(props.total, PRINT_LIMIT) : ''}
          {text.made(generated)}
          {zones.length === 1 ? text.oneZone(zoneName(zones[0]!, props.generatedAt)) : ''}
          {text.checkOnline}
        </p>
        {meetings.length === 0 && <p>{text.none}</p>}
        {byDay
          .filter((group) => group.meetings.length > 0)
          .map((group) => (
            <section class="print-day" key={group.day} aria-labelledby={`day-${group.day}`}>
              <h2 id={`day-${group.day}`}>{dayName(group.day)}</h2>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{text.time}</th>
                    <th scope="col">{text.meeting}</th>
                    <th scope="col">{text.where}</th>
                    <th scope="col">{text.formats}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.meetings.map((m) => (
                    <tr key={m.id}>
                      <td class="time" title={hoursText(m.schedule)}>
                        {clockText(m.schedule.startTime)}
                        {zones.length > 1 && <span class="muted"> {zoneName(m.schedule.timeZone, props.generatedAt)}</span>}
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
            <h2 id="legend">{text.legend}</h2>
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
