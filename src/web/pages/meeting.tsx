import type { ComponentChildren } from 'preact';
import { needsOnlineAccess } from '../../domain/attendance.js';
import type { PublicMeeting } from '../../domain/meeting.js';
import type { LocalTime } from '../../domain/occurrence.js';
import type { ServiceBody } from '../../domain/service-body.js';
import { ClientScript } from '../components/client-script.js';
import { Layout } from '../components/layout.js';
import type { FormatLookup } from '../components/meeting-item.js';
import {
  attendanceText,
  CLOSED_MEANS,
  differsForViewer,
  endClock,
  nextText,
  OPEN_MEANS,
  openClosed,
  scheduleText,
  viewerText,
} from '../components/schedule-text.js';
import { addressText, directionsLinks, placeText } from '../directions.js';
import { jsonForScript, meetingJsonLd } from '../meeting-json-ld.js';
import { telHref, type PageContext } from '../site.js';

export interface MeetingOccurrence {
  start: number;
  inProgress: boolean;
  /** The start on the meeting's clock and, when the visitor's zone is known, on theirs. */
  meeting: LocalTime;
  viewer: LocalTime | null;
}

export interface MeetingPageProps {
  context: PageContext;
  meeting: PublicMeeting;
  now: number;
  next: MeetingOccurrence;
  formats: FormatLookup;
  serviceBody: ServiceBody | null;
  programName: string | null;
  /** This page's absolute address, to share. */
  pageUrl: string;
}

function Section({ title, id, children }: { title: string; id: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function When({ meeting, next, now }: Pick<MeetingPageProps, 'meeting' | 'next' | 'now'>) {
  const { schedule } = meeting;
  const viewer = next.viewer && differsForViewer(next.meeting, next.viewer) ? next.viewer : null;
  return (
    <Section title="When" id="when">
      <p class="schedule">
        <strong>{scheduleText(schedule)}</strong>
      </p>
      <p class={next.inProgress ? 'next now' : 'next'}>{nextText({ inProgress: next.inProgress, start: next.start, local: next.meeting, endClock: endClock(next.meeting.time, schedule.durationMinutes) }, now)}</p>
      {viewer && <p>That is {viewerText(viewer)}.</p>}
      <p>
        <a class="button secondary" href={`/meetings/${meeting.id}.ics`}>
          Add to calendar
        </a>
      </p>
    </Section>
  );
}

function Where({ meeting }: { meeting: PublicMeeting }) {
  const { venue } = meeting;
  if (meeting.attendance === 'online') return null;
  const address = addressText(venue);
  const links = directionsLinks(venue);
  return (
    <Section title="Where" id="where">
      {meeting.attendance === 'temporarily_closed' && <p class="notice">This meeting is not meeting here for now. Check with the group or the service body before you go.</p>}
      <address>
        {venue.name && (
          <>
            {venue.name}
            <br />
          </>
        )}
        {address || placeText(venue) || 'The address has not been given.'}
      </address>
      {venue.approximate && <p class="muted">The map position is approximate: it marks the area, not the building.</p>}
      {venue.notes && <p>{venue.notes}</p>}
      {(venue.busLines || venue.trainLines) && (
        <p>
          {venue.trainLines && <>Trains: {venue.trainLines}. </>}
          {venue.busLines && <>Buses: {venue.busLines}.</>}
        </p>
      )}
      {links.length > 0 && (
        <>
          <h3>Directions</h3>
          <ul class="link-list">
            {links.map((link) => (
              <li key={link.label}>
                <a href={link.href} rel="noopener noreferrer">
                  Directions in {link.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

function Online({ meeting }: { meeting: PublicMeeting }) {
  const { online } = meeting;
  if (!needsOnlineAccess(meeting.attendance)) return null;
  return (
    <Section title="Join online" id="online">
      {online.conferenceUrl ? (
        <p>
          <a class="button" href={online.conferenceUrl} rel="noopener noreferrer">
            Join online
          </a>
        </p>
      ) : (
        <p>The group has not published a link. The service body below may know how to join.</p>
      )}
      {online.conferenceUrlNotes && <p>{online.conferenceUrlNotes}</p>}
      {online.conferencePhone && (
        <p>
          By phone: <a href={telHref(online.conferencePhone)}>{online.conferencePhone}</a>
        </p>
      )}
      {online.conferencePhoneNotes && <p>{online.conferencePhoneNotes}</p>}
    </Section>
  );
}

function About({ meeting, formats, programName }: Pick<MeetingPageProps, 'meeting' | 'formats' | 'programName'>) {
  const openness = openClosed(meeting.formats);
  const explained = meeting.formats.flatMap((code) => {
    const format = formats.get(code);
    return format && format.type !== 'open_closed' ? [format] : [];
  });
  const wheelchair = meeting.formats.includes('WC');
  return (
    <Section title="About this meeting" id="about">
      <ul class="facts">
        <li>
          <strong>{attendanceText(meeting.attendance)}.</strong>
        </li>
        {openness === 'open' && (
          <li>
            <strong>Open.</strong> {OPEN_MEANS}
          </li>
        )}
        {openness === 'closed' && (
          <li>
            <strong>Closed.</strong> {CLOSED_MEANS}
          </li>
        )}
        {openness === null && <li>The group has not said whether the meeting is open or closed. {OPEN_MEANS}</li>}
        <li>
          <strong>Access:</strong> {wheelchair ? 'the group says the room is wheelchair accessible.' : 'the group has not said whether the room is wheelchair accessible; ask the service body if you need to know.'}
        </li>
        {programName && <li>Program: {programName}</li>}
        {meeting.groupName && <li>Group: {meeting.groupName}</li>}
      </ul>
      {explained.length > 0 && (
        <>
          <h3>Formats</h3>
          <dl class="formats">
            {explained.map((format) => (
              <div key={format.code}>
                <dt>{format.name}</dt>
                <dd>{format.description}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {meeting.notes && (
        <>
          <h3>Notes from the group</h3>
          <p>{meeting.notes}</p>
        </>
      )}
      {meeting.website && (
        <p>
          <a href={meeting.website} rel="noopener noreferrer">
            The group’s own web page
          </a>
        </p>
      )}
    </Section>
  );
}

function ServiceBodyPart({ body }: { body: ServiceBody | null }) {
  if (!body) return null;
  return (
    <Section title="Who lists this meeting" id="service-body">
      <p>{body.name} keeps this listing. Ask them if something is wrong or unclear.</p>
      <ul class="link-list">
        {body.helpline && (
          <li>
            Helpline: <a href={telHref(body.helpline)}>{body.helpline}</a>
          </li>
        )}
        {body.website && (
          <li>
            <a href={body.website} rel="noopener noreferrer">
              {body.name} website
            </a>
          </li>
        )}
      </ul>
    </Section>
  );
}

function Share({ meeting, pageUrl }: { meeting: PublicMeeting; pageUrl: string }) {
  const text = `${meeting.name}: ${pageUrl}`;
  return (
    <Section title="Share or keep" id="share">
      <div class="field">
        <label for="share-url">Link to this meeting</label>
        <input id="share-url" type="url" readOnly value={pageUrl} />
      </div>
      <p class="link-list inline">
        <a href={`mailto:?subject=${encodeURIComponent(meeting.name)}&body=${encodeURIComponent(text)}`}>Send by email</a>{' '}
        <a href={`sms:?body=${encodeURIComponent(text)}`}>Send by text message</a>
      </p>
      <button type="button" data-save-meeting={String(meeting.id)} data-slug={meeting.slug} data-name={meeting.name} hidden>
        Save this meeting
      </button>
    </Section>
  );
}

/** One meeting: when, where, how to join, what it is like, and who to ask. */
export function MeetingPage(props: MeetingPageProps) {
  const { meeting, context } = props;
  const place = meeting.attendance === 'online' ? 'Online' : placeText(meeting.venue);
  const description = `${meeting.name}: ${scheduleText(meeting.schedule)}${place ? `, ${place}` : ''}. Directions, formats and how to join.`;
  const jsonLd = jsonForScript(meetingJsonLd(meeting, { pageUrl: props.pageUrl, nextStart: props.next.meeting.iso }));
  return (
    <Layout
      context={context}
      title={meeting.name}
      description={description}
      canonicalPath={`/meetings/${meeting.slug}`}
      head={
        <>
          {/* Escaped by jsonForScript: no "<" reaches the element, so nothing can close it early. */}
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
          <ClientScript name="saved" />
        </>
      }
    >
      <h1>{meeting.name}</h1>
      {meeting.sample && (
        <p class="notice">
          <strong>This is a sample meeting, not a real one.</strong> It is made up to show how the site works.
        </p>
      )}
      <p class="meeting-lead">
        {attendanceText(meeting.attendance)}
        {place && meeting.attendance !== 'online' ? ` · ${place}` : ''}
      </p>
      <When meeting={meeting} next={props.next} now={props.now} />
      <Where meeting={meeting} />
      <Online meeting={meeting} />
      <About meeting={meeting} formats={props.formats} programName={props.programName} />
      <ServiceBodyPart body={props.serviceBody} />
      <Share meeting={meeting} pageUrl={props.pageUrl} />
      <p>
        <a href="/meetings">Find other meetings</a>
      </p>
    </Layout>
  );
}
