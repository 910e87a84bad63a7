import { needsOnlineAccess } from '../../domain/attendance.js';
import type { PublicMeeting } from '../../domain/meeting.js';
import { namedMainProgram, programCounts, type Program } from '../../domain/program.js';
import { WEEKDAYS } from '../../domain/weekday.js';
import { ClientScript } from '../components/client-script.js';
import { Layout } from '../components/layout.js';
import { attendanceText, clockText, countText, dayName, openClosed } from '../components/schedule-text.js';
import { ZoneNote } from '../components/zone-note.js';
import { messages } from '../i18n/messages.js';
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
  /** The store's programs, to name the one most of the city's meetings belong to. */
  programs: readonly Pick<Program, 'code' | 'name'>[];
  /** When the page is made: zones are named as their clocks stand then. */
  now: number;
}

/** A meeting of another program than the page's main one says which. */
function MeetingRow({ meeting, mainProgram }: { meeting: PublicMeeting; mainProgram: string | null }) {
  const venue = meeting.venue;
  const place = meeting.attendance === 'online' ? null : [venue.name, venue.street].filter(Boolean).join(', ');
  const openness = openClosed(meeting.formats);
  const m = messages();
  return (
    <li class="meeting-row">
      <span class="meeting-time">{clockText(meeting.schedule.startTime)}</span>
      <span class="meeting-main">
        <a href={`/meetings/${meeting.slug}`}>{meeting.name}</a>
        {place && <span class="meeting-place">{place}</span>}
        <span class="meeting-tags">
          {meeting.program !== mainProgram && <span class="tag">{m.program(meeting.program).short}</span>}
          <span class="tag">{attendanceText(meeting.attendance)}</span>
          {openness && <span class="tag">{openness === 'open' ? m.open : m.closed}</span>}
        </span>
      </span>
    </li>
  );
}

/** One city's meetings, day by day; or, where none are listed, kind pointers elsewhere. */
export function CityPage({ context, state, city, meetings, nearby, programs, now }: CityPageProps) {
  const where = `${city.name}, ${state.name}`;
  const code = state.code.toLowerCase();
  const cityQuery = `/meetings?state=${state.code}&city=${encodeURIComponent(city.name)}`;
  const byDay = WEEKDAYS.map((day) => meetings.filter((m) => m.schedule.weekday === day));
  const online = meetings.filter((m) => needsOnlineAccess(m.attendance)).length;
  const text = messages().city;
  const program = namedMainProgram(programCounts(meetings), programs);
  const description = meetings.length === 0 ? text.noneDescription(where) : text.description(where, meetings.length, program);
  return (
    <Layout
      context={context}
      title={text.title(where, meetings.length, program)}
      description={description}
      head={<ClientScript name="zone" />}
    >
      <nav class="breadcrumb" aria-label={text.breadcrumb}>
        <a href={`/states/${code}`}>{state.name}</a>
      </nav>
      <h1>{text.heading(where, program)}</h1>
      {meetings.length === 0 ? (
        <>
          <p class="lead">{text.none}</p>
          <ul class="quick-links">
            <li>
              <a class="button" href={`/meetings?near=${encodeURIComponent(`${city.name}, ${state.code}`)}`}>
                {text.near(city.name)}
              </a>
            </li>
            <li>
              <a class="button secondary" href="/meetings?attendance=online">
                {text.online}
              </a>
            </li>
          </ul>
          {nearby.length > 0 && (
            <section aria-labelledby="nearby-heading">
              <h2 id="nearby-heading">{text.nearby}</h2>
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
            <strong>{countText(meetings.length)}</strong>
            {text.lead(online)}
            <ZoneNote viewerZone={context.viewerZone} zones={meetings.map((m) => m.schedule.timeZone)} now={now} />
          </p>
          <ul class="quick-links">
            <li>
              <a class="button secondary" href={`/states/${code}/${city.slug}/print`}>
                {text.printable}
              </a>
            </li>
            <li>
              <a class="button secondary" href={cityQuery}>
                {text.searchThese}
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
                    <MeetingRow key={meeting.id} meeting={meeting} mainProgram={program?.code ?? null} />
                  ))}
                </ul>
                {list.length > MAX_PER_DAY && (
                  <p>
                    <a href={`${cityQuery}&day=${day}`}>{text.allOfDay(list.length, dayName(WEEKDAYS[day]!), city.name)}</a>
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
