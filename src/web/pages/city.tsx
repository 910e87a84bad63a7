import { needsOnlineAccess } from '../../domain/attendance.js';
import type { PublicMeeting } from '../../domain/meeting.js';
import { WEEKDAYS } from '../../domain/weekday.js';
import { Layout } from '../components/layout.js';
import { attendanceText, clockText, countText, dayName, openClosed } from '../components/schedule-text.js';
import type { CityCount } from '../../search/place-counts.js';
import type { PageContext } from '../site.js';

/**
 * The most meetings one day lists on the page, to keep it under 50 KB gzipped in the
 * largest cities; the rest of that day is one link away in the search.
 */
export const MAX_PER_DAY = 80;

export interface CityPageProps {
  context: PageContext;
  state: { code: string; name: string };
  city: { name: string; slug: string };
  /** The city's meetings in weekly order, Sunday first, in each meeting's own zone. */
  meetings: readonly PublicMeeting[];
  /** For a city with no meetings: the closest cities in the state that have some. */
  nearby: readonly CityCount[];
}

function MeetingRow({ meeting }: { meeting: PublicMeeting }) {
  const venue = meeting.venue;
  const place = meeting.attendance === 'online' ? null : [venue.name, venue.street].filter(Boolean).join(', ');
  const openness = openClosed(meeting.formats);
  return (
    <li class="meeting-row">
      <span class="meeting-time">{clockText(meeting.schedule.startTime)}</span>
      <span class="meeting-main">
        <a href={`/meetings/${meeting.slug}`}>{meeting.name}</a>
        {place && <span class="meeting-place">{place}</span>}
        <span class="meeting-tags">
          <span class="tag">{attendanceText(meeting.attendance)}</span>
          {openness && <span class="tag">{openness === 'open' ? 'Open' : 'Closed'}</span>}
        </span>
      </span>
    </li>
  );
}

/** One city's meetings, day by day; or, where none are listed, kind pointers elsewhere. */
export function CityPage({ context, state, city, meetings, nearby }: CityPageProps) {
  const where = `${city.name}, ${state.name}`;
  const code = state.code.toLowerCase();
  const cityQuery = `/meetings?state=${state.code}&city=${encodeURIComponent(city.name)}`;
  const byDay = WEEKDAYS.map((day) => meetings.filter((m) => m.schedule.weekday === day));
  const online = meetings.filter((m) => needsOnlineAccess(m.attendance)).length;
  const description =
    meetings.length === 0
      ? `No Narcotics Anonymous meetings are listed in ${where} yet. Meetings nearby and online.`
      : `${countText(meetings.length)} a week of Narcotics Anonymous in ${where}, by day, with times, places and whether each is open or closed.`;
  return (
    <Layout context={context} title={`NA meetings in ${where}: ${countText(meetings.length)} a week`} description={description}>
      <nav class="breadcrumb" aria-label="Breadcrumb">
        <a href={`/states/${code}`}>{state.name}</a>
      </nav>
      <h1>NA meetings in {where}</h1>
      {meetings.length === 0 ? (
        <>
          <p class="lead">No meetings are listed here yet. There may still be one close by, and online meetings are open to everyone.</p>
          <ul class="quick-links">
            <li>
              <a class="button" href={`/meetings?near=${encodeURIComponent(`${city.name}, ${state.code}`)}`}>
                Meetings near {city.name}
              </a>
            </li>
            <li>
              <a class="button secondary" href="/meetings?attendance=online">
                Online meetings
              </a>
            </li>
          </ul>
          {nearby.length > 0 && (
            <section aria-labelledby="nearby-heading">
              <h2 id="nearby-heading">Nearby cities with meetings</h2>
              <ul>
                {nearby.map((other) => (
                  <li key={other.slug}>
                    <a href={`/states/${code}/${other.slug}`}>{other.name}</a> <span class="muted">{countText(other.count)}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      ) : (
        <>
          <p class="lead">
            <strong>{countText(meetings.length)}</strong> a week, {online} of them online or hybrid. Times are local.
          </p>
          <ul class="quick-links">
            <li>
              <a class="button secondary" href={`/states/${code}/${city.slug}/print`}>
                Printable schedule
              </a>
            </li>
            <li>
              <a class="button secondary" href={cityQuery}>
                Search and filter these meetings
              </a>
            </li>
          </ul>
          {byDay.map((list, day) =>
            list.length === 0 ? null : (
              <section key={day} aria-labelledby={`day-${day}`}>
                <h2 id={`day-${day}`}>
                  {dayName(WEEKDAYS[day]!)} <span class="muted">{countText(list.length)}</span>
                </h2>
                <ul class="meeting-day">
                  {list.slice(0, MAX_PER_DAY).map((meeting) => (
                    <MeetingRow key={meeting.id} meeting={meeting} />
                  ))}
                </ul>
                {list.length > MAX_PER_DAY && (
                  <p>
                    <a href={`${cityQuery}&day=${day}`}>
                      All {list.length} {dayName(WEEKDAYS[day]!)} meetings in {city.name}
                    </a>
                  </p>
                )}
              </section>
            ),
          )}
        </>
      )}
    </Layout>
  );
}
