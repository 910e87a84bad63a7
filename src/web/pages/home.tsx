import { CHALLENGE_CATEGORIES } from '../../domain/challenge.js';
import type { NextMeetingsText } from '../client/next-meeting-text.js';
import { ClientScript } from '../components/client-script.js';
import { Layout } from '../components/layout.js';
import { SearchForm } from '../components/search-form.js';
import { StateList, StatesMap, type StateCountEntry } from '../components/states-map.js';
import { messages, type Messages } from '../i18n/messages.js';
import type { PageContext } from '../site.js';

/**
 * "Today" and "Starting soon" search near the visitor once their place is known (the script adds it);
 * without one the search page asks for a place. "Online now" needs none.
 */
const QUICK_LINKS = [
  { href: '/meetings?status=today', label: 'today', nearby: true },
  { href: '/meetings?status=soon', label: 'soon', nearby: true },
  { href: '/meetings?attendance=online&status=now', label: 'onlineNow', nearby: false },
] as const;

/** The list's words for its script, from the catalogue, with "{…}" where the script puts values. */
function nextMeetingsText(m: Messages): NextMeetingsText {
  const text = m.home.next;
  return {
    heading: text.heading('{place}'),
    headingHere: text.headingHere,
    seeAll: text.seeAll('{place}'),
    seeAllHere: text.seeAllHere,
    none: text.none('{place}'),
    noneHere: text.noneHere,
    today: text.today,
    tomorrow: text.tomorrow,
    dayAndClock: text.dayAndClock('{day}', '{clock}'),
    inProgress: m.when.inProgress,
    inProgressUntil: m.when.inProgressUntil('{clock}'),
    distance: m.when.distance('{miles}', 'mi'),
    closeBy: m.when.closeBy('mi'),
    online: m.online,
    join: text.join,
    forgotten: text.forgotten,
  };
}

/**
 * The next meetings near the visitor, filled in and shown by the home island (client/next-meetings.ts)
 * when it knows their place; hidden, and empty, for everyone else.
 */
function NextMeetings({ m }: { m: Messages }) {
  return (
    <>
      <section class="next-meetings" aria-labelledby="next-heading" hidden data-next-meetings={JSON.stringify(nextMeetingsText(m))}>
        <h2 id="next-heading">{m.home.next.headingHere}</h2>
        <ul class="next-list" />
        <p data-no-next-meetings hidden />
        <p class="next-actions">
          <a data-see-all href="/meetings">
            {m.home.next.seeAllHere}
          </a>
          <button type="button" class="secondary" data-forget-place hidden>
            {m.home.next.forget}
          </button>
        </p>
      </section>
      <p class="next-meetings-status" role="status" aria-live="polite" data-next-meetings-status />
    </>
  );
}

export interface HomeProps {
  context: PageContext;
  /** Every jurisdiction, in alphabetical order, with its number of meetings. */
  states: readonly StateCountEntry[];
  /** The program more than half of the site's meetings belong to, or null. */
  program: { code: string; name: string } | null;
}

/** The front page: one search box, a few quick ways in, the map of states, and support groups by challenge. */
export function HomePage({ context, states, program }: HomeProps) {
  const total = states.reduce((sum, s) => sum + s.count, 0);
  const withMeetings = states.filter((s) => s.count > 0).length;
  const m = messages();
  const text = m.home;
  return (
    <Layout
      context={context}
      title={text.title(program)}
      description={text.description(total, program)}
      head={<ClientScript name="home" />}
    >
      <h1>{text.heading(program)}</h1>
      <p class="lead">{text.lead(program)}</p>
      {/* Above the search box, so that on a phone the first meeting shows without scrolling. */}
      <NextMeetings m={m} />
      <SearchForm />
      <p class="near-me">
        <button type="button" class="secondary" data-near-me hidden>
          {text.nearMe}
        </button>
      </p>
      <ul class="quick-links">
        {QUICK_LINKS.map((link) => (
          <li key={link.href}>
            <a class="button secondary" href={link.href} data-place-link={link.nearby ? '' : undefined}>
              {text[link.label]}
            </a>
          </li>
        ))}
      </ul>

      <section id="states" aria-labelledby="states-heading">
        <h2 id="states-heading">{text.byState}</h2>
        <p>
          {text.weekly(total)}
          {withMeetings === states.length ? text.everyState : text.someStates(withMeetings)}
          {text.chooseState}
        </p>
        <StatesMap states={states} />
        <h3>{text.allStates}</h3>
        <StateList states={states} />
      </section>

      <section aria-labelledby="challenges-heading">
        <h2 id="challenges-heading">{text.byChallenge}</h2>
        <ul class="challenge-list">
          {CHALLENGE_CATEGORIES.map((code) => (
            <li key={code}>
              <a href={`/meetings?category=${code}`}>{m.challenges[code].name}</a>
              <p>{m.challenges[code].about}</p>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
