import { DateTime } from 'luxon';
import { needsOnlineAccess } from '../../domain/attendance.js';
import type { PublicMeeting } from '../../domain/meeting.js';
import { WEEKDAYS } from '../../domain/weekday.js';
import { ClientScript } from '../components/client-script.js';
import { Layout } from '../components/layout.js';
import type { FormatLookup } from '../components/meeting-item.js';
import { clockText, countText, dayName, hoursText, zoneName } from '../components/schedule-text.js';
import { ZoneNote } from '../components/zone-note.js';
import { messages } from '../i18n/messages.js';
import { addressText, placeText } from '../directions.js';
import { phoneText, telHref, type PageContext } from '../site.js';

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

function venueText(meeting: PublicMeeting): string {
  const venue = meeting.venue;
  const place = [venue.name, addressText(venue) || placeText(venue)].filter(Boolean).join(', ');
  return meeting.attendance === 'temporarily_closed' ? messages().print.closedForNow(place) : place;
}

/**
 * How to join, written out for paper: the link as text, the group's notes on it (where the
 * meeting ID and passcode are), and the dial-in. Links still work when the list is read on screen.
 */
function OnlineWays({ online }: { online: PublicMeeting['online'] }) {
  const text = messages().print;
  return (
    <span class="print-online">
      <span>
        {text.online}
        {online.conferenceUrl && (
          <>
            {': '}
            <a href={online.conferenceUrl} rel="noopener noreferrer">
              {online.conferenceUrl}
            </a>
          </>
        )}
      </span>
      {online.conferenceUrlNotes && <span class="lines">{online.conferenceUrlNotes}</span>}
      {online.conferencePhone && (
        <span>
          {text.phone}
          <a href={telHref(online.conferencePhone)}>{phoneText(online.conferencePhone)}</a>
        </span>
      )}
      {online.conferencePhoneNotes && <span class="lines">{online.conferencePhoneNotes}</span>}
    </span>
  );
}

function Where({ meeting }: { meeting: PublicMeeting }) {
  return (
    <>
      {meeting.attendance !== 'online' && <span class="print-venue">{venueText(meeting)}</span>}
      {needsOnlineAccess(meeting.attendance) && <OnlineWays online={meeting.online} />}
    </>
  );
}

/** The site's helpline on the sheet itself, in the banner's words: the banner is not printed. */
function Hotline({ context }: { context: PageContext }) {
  const { hotline } = context.site;
  const text = messages().layout;
  return (
    <p class="print-hotline">
      {text.talkNow} <a href={telHref(hotline.number)}>{hotline.number}</a>
      {` (${hotline.label})`}
      {text.crisis}
      <a href="tel:988">988</a>.
    </p>
  );
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
      head={
        <>
          <ClientScript name="zone" />
          <ClientScript name="print" />
        </>
      }
    >
      <div class="print-schedule">
        <h1>{heading}</h1>
        <div class="no-print print-actions">
          <button type="button" data-print="" hidden>
            {text.print}
          </button>
          <p class="print-hint">
            {text.hint}
            <a href={props.backHref}>{text.back}</a>.
          </p>
        </div>
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
        <Hotline context={props.context} />
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
                      <td>
                        <Where meeting={m} />
                      </td>
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
