import type { ComponentChildren } from 'preact';
import { meetsForNow, needsOnlineAccess } from '../../domain/attendance.js';
import type { PublicMeeting, Venue } from '../../domain/meeting.js';
import type { LocalTime } from '../../domain/occurrence.js';
import type { ServiceBody } from '../../domain/service-body.js';
import { checkedText } from '../components/checked-text.js';
import { ClientScript } from '../components/client-script.js';
import { CorrectionForms, type CorrectionFormState } from '../components/correction-forms.js';
import { Layout } from '../components/layout.js';
import type { FormatLookup } from '../components/meeting-item.js';
import { attendanceText, differsForViewer, endClock, nextText, openClosed, scheduleText, viewerText } from '../components/schedule-text.js';
import { ZoneNote } from '../components/zone-note.js';
import { addressText, directionsLinks, placeText } from '../directions.js';
import { messages } from '../i18n/messages.js';
import { jsonForScript, meetingJsonLd } from '../meeting-json-ld.js';
import { phoneText, telHref, type PageContext } from '../site.js';

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
  /** The search this page was opened from (see back-to-results.ts), or null. */
  backHref: string | null;
  /** A correction or report that was refused, shown again with its errors beside its fields. */
  correction?: CorrectionFormState | null;
  /** The visitor has just sent a correction: thank them. */
  suggested?: boolean;
  /** The visitor's address sent too many corrections lately: say so where the forms are. */
  tooManyCorrections?: boolean;
}

function Section({ title, id, children }: { title: string; id: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Whether the meeting is closed for now: its page then offers no next time, calendar or directions as if it met. */
function closedForNow(meeting: PublicMeeting): boolean {
  return !meetsForNow(meeting.attendance);
}

function When({ meeting, next, now, viewerZone }: Pick<MeetingPageProps, 'meeting' | 'next' | 'now'> & { viewerZone: string | null }) {
  const { schedule } = meeting;
  const viewer = next.viewer && differsForViewer(next.meeting, next.viewer) ? next.viewer : null;
  const text = messages().meeting;
  if (closedForNow(meeting)) {
    return (
      <Section title={text.whenUsually} id="when">
        <p class="schedule">{scheduleText(schedule, now)}</p>
      </Section>
    );
  }
  return (
    <Section title={text.when} id="when">
      <p class="schedule">
        <strong>{scheduleText(schedule, now)}</strong>
      </p>
      <p class={next.inProgress ? 'next now' : 'next'}>
        {nextText(
          {
            inProgress: next.inProgress,
            start: next.start,
            local: next.meeting,
            endClock: endClock(next.meeting.time, schedule.durationMinutes),
          },
          now,
        )}
      </p>
      {viewer && <p>{text.thatIs(viewerText(viewer))}</p>}
      <p class="muted">
        <ZoneNote viewerZone={viewerZone} zones={[schedule.timeZone]} now={now} />
      </p>
      <p>
        <a class="button secondary" href={`/meetings/${meeting.id}.ics`}>
          {text.addToCalendar}
        </a>
      </p>
    </Section>
  );
}

function Where({ meeting }: { meeting: PublicMeeting }) {
  const { venue } = meeting;
  if (meeting.attendance === 'online') return null;
  const address = addressText(venue);
  const closed = closedForNow(meeting);
  const links = closed ? [] : directionsLinks(venue);
  const text = messages().meeting;
  return (
    <Section title={closed ? text.whereUsually : text.where} id="where">
      <address>
        {venue.name && (
          <>
            {venue.name}
            <br />
          </>
        )}
        {address || placeText(venue) || text.noAddress}
      </address>
      {venue.approximate && <p class="muted">{text.approximate}</p>}
      {venue.notes && <p class="lines">{venue.notes}</p>}
      {(venue.busLines || venue.trainLines) && (
        <p>
          {venue.trainLines && text.trains(venue.trainLines)}
          {venue.busLines && text.buses(venue.busLines)}
        </p>
      )}
      {links.length > 0 && (
        <>
          <h3>{text.directions}</h3>
          <ul class="link-list">
            {links.map((link) => (
              <li key={link.label}>
                <a href={link.href} rel="noopener noreferrer">
                  {text.directionsIn(link.label)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}

/** The join link and the dial-in, with the group's notes on each. */
function WaysIn({ online }: { online: PublicMeeting['online'] }) {
  const text = messages().meeting;
  return (
    <>
      {online.conferenceUrl ? (
        <p>
          <a class="button" href={online.conferenceUrl} rel="noopener noreferrer">
            {text.joinOnline}
          </a>
        </p>
      ) : (
        <p>{text.noLink}</p>
      )}
      {online.conferenceUrlNotes && <p class="lines">{online.conferenceUrlNotes}</p>}
      {online.conferencePhone && (
        <p>
          {text.byPhone}
          <a href={telHref(online.conferencePhone)}>{phoneText(online.conferencePhone)}</a>
        </p>
      )}
      {online.conferencePhoneNotes && <p class="lines">{online.conferencePhoneNotes}</p>}
    </>
  );
}

function Online({ meeting }: { meeting: PublicMeeting }) {
  const { venue } = meeting;
  if (!needsOnlineAccess(meeting.attendance)) return null;
  const text = messages().meeting;
  // An online meeting has no "Where"; a home town placed on the map is said to be approximate here.
  const basedIn = meeting.attendance === 'online' && venue.approximate && venue.latitude !== null ? placeText(venue) : '';
  return (
    <Section title={text.joinOnline} id="online">
      {basedIn && <p class="muted">{text.basedIn(basedIn)}</p>}
      <WaysIn online={meeting.online} />
    </Section>
  );
}

/** A search around where a closed meeting met: by its position when known (always a place the search takes), else its state. */
function nearbySearchHref(venue: Venue): string {
  if (venue.latitude !== null && venue.longitude !== null) return `/meetings?lat=${venue.latitude}&lng=${venue.longitude}`;
  return venue.state ? `/meetings?state=${encodeURIComponent(venue.state)}` : '/meetings';
}

/** At the top of a closed meeting's page: that it is closed, and where to go instead. */
function ClosedNotice({ meeting, serviceBody }: { meeting: PublicMeeting; serviceBody: ServiceBody | null }) {
  const { online } = meeting;
  const text = messages().meeting;
  const hasWayIn = online.conferenceUrl !== null || online.conferencePhone !== null;
  return (
    <section class="closed-notice" aria-labelledby="closed-heading">
      <h2 id="closed-heading">{text.closedHeading}</h2>
      {hasWayIn ? (
        <>
          <p>{text.meetsOnlineForNow}</p>
          <WaysIn online={online} />
        </>
      ) : (
        <p>
          {text.checkBeforeGoing(serviceBody?.name ?? null)}
          <a href={nearbySearchHref(meeting.venue)}>{text.othersNearby}</a>.
        </p>
      )}
    </section>
  );
}

function About({ meeting, formats, programName }: Pick<MeetingPageProps, 'meeting' | 'formats' | 'programName'>) {
  const openness = openClosed(meeting.formats);
  const explained = meeting.formats.flatMap((code) => {
    const format = formats.get(code);
    return format && format.type !== 'open_closed' ? [format] : [];
  });
  const wheelchair = meeting.formats.includes('WC');
  const m = messages();
  const text = m.meeting;
  // What open and closed mean depends on the program: closed AA meetings are for people who want to stop drinking.
  const words = m.program(meeting.program);
  return (
    <Section title={text.about} id="about">
      <ul class="facts">
        <li>
          <strong>{attendanceText(meeting.attendance)}.</strong>
        </li>
        {openness === 'open' && (
          <li>
            <strong>{text.openTitle}</strong> {words.openMeans}
          </li>
        )}
        {openness === 'closed' && (
          <li>
            <strong>{text.closedTitle}</strong> {words.closedMeans}
          </li>
        )}
        {openness === null && (
          <li>
            {text.notSaidOpen}
            {words.openMeans}
          </li>
        )}
        <li>
          <strong>{text.access}</strong> {wheelchair ? text.wheelchair : text.wheelchairUnknown}
        </li>
        {programName && <li>{text.program(programName)}</li>}
        {meeting.groupName && <li>{text.group(meeting.groupName)}</li>}
      </ul>
      {explained.length > 0 && (
        <>
          <h3>{text.formats}</h3>
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
          <h3>{text.notes}</h3>
          <p class="lines">{meeting.notes}</p>
        </>
      )}
      {meeting.website && (
        <p>
          <a href={meeting.website} rel="noopener noreferrer">
            {text.website}
          </a>
        </p>
      )}
    </Section>
  );
}

function ServiceBodyPart({ body }: { body: ServiceBody | null }) {
  if (!body) return null;
  const text = messages().meeting;
  return (
    <Section title={text.whoLists} id="service-body">
      <p>{text.keeps(body.name)}</p>
      <ul class="link-list">
        {body.helpline && (
          <li>
            {text.helpline}
            <a href={telHref(body.helpline)}>{body.helpline}</a>
          </li>
        )}
        {body.website && (
          <li>
            <a href={body.website} rel="noopener noreferrer">
              {text.bodyWebsite(body.name)}
            </a>
          </li>
        )}
      </ul>
    </Section>
  );
}

function Share({ meeting, pageUrl }: { meeting: PublicMeeting; pageUrl: string }) {
  const text = messages().meeting;
  const message = `${meeting.name}: ${pageUrl}`;
  return (
    <Section title={text.share} id="share">
      <div class="field">
        <label for="share-url">{text.link}</label>
        <input id="share-url" type="url" readOnly value={pageUrl} />
      </div>
      <p class="link-list inline">
        <a href={`mailto:?subject=${encodeURIComponent(meeting.name)}&body=${encodeURIComponent(message)}`}>{text.email}</a>{' '}
        <a href={`sms:?body=${encodeURIComponent(message)}`}>{text.text}</a>
      </p>
      <button type="button" data-save-meeting={String(meeting.id)} data-slug={meeting.slug} data-name={meeting.name} hidden>
        {text.save}
      </button>
    </Section>
  );
}

/** One meeting: when, where, how to join, what it is like, and who to ask. */
export function MeetingPage(props: MeetingPageProps) {
  const { meeting, context } = props;
  const m = messages();
  const place = meeting.attendance === 'online' ? m.online : placeText(meeting.venue);
  const closed = closedForNow(meeting);
  const description = m.meeting.description(meeting.name, props.programName, scheduleText(meeting.schedule, props.now), place, closed);
  const jsonLd = jsonForScript(
    meetingJsonLd(meeting, { pageUrl: props.pageUrl, nextStart: closed ? null : props.next.meeting.iso, programName: props.programName }),
  );
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
      {props.backHref && (
        <p class="back-link">
          <a href={props.backHref}>
            <span aria-hidden="true">←</span>
            {m.meeting.backToResults}
          </a>
        </p>
      )}
      <h1>{meeting.name}</h1>
      {closed && <ClosedNotice meeting={meeting} serviceBody={props.serviceBody} />}
      {meeting.sample && (
        <p class="notice">
          <strong>{m.meeting.sampleTitle}</strong>
          {m.meeting.sampleText}
        </p>
      )}
      <p class="meeting-lead">
        {attendanceText(meeting.attendance)}
        {place && meeting.attendance !== 'online' ? ` · ${place}` : ''}
      </p>
      {/* Beside what it is about, where someone deciding whether to go reads. */}
      <p class="checked muted">
        {checkedText(meeting.checkedAt, props.now, meeting.schedule.timeZone)} <a href="#correct">{m.meeting.suggestCorrection}</a>
      </p>
      <When meeting={meeting} next={props.next} now={props.now} viewerZone={context.viewerZone} />
      <Where meeting={meeting} />
      <Online meeting={meeting} />
      <About meeting={meeting} formats={props.formats} programName={props.programName} />
      <ServiceBodyPart body={props.serviceBody} />
      <CorrectionForms
        meeting={meeting}
        state={props.correction ?? null}
        thanked={props.suggested ?? false}
        tooMany={props.tooManyCorrections ?? false}
      />
      <Share meeting={meeting} pageUrl={props.pageUrl} />
      <p>
        <a href="/meetings">{m.meeting.findOthers}</a>
      </p>
    </Layout>
  );
}
