import { CHALLENGE_CATEGORIES } from '../../domain/challenge.js';
import { ClientScript } from '../components/client-script.js';
import { Layout } from '../components/layout.js';
import { SearchForm } from '../components/search-form.js';
import { StateList, StatesMap, type StateCountEntry } from '../components/states-map.js';
import { messages } from '../i18n/messages.js';
import type { PageContext } from '../site.js';

const QUICK_LINKS = [
  { href: '/meetings?status=today', label: 'today' },
  { href: '/meetings?status=soon', label: 'soon' },
  { href: '/meetings?attendance=online&status=now', label: 'onlineNow' },
] as const;

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
      <SearchForm />
      <p class="near-me">
        <button type="button" class="secondary" data-near-me hidden>
          {text.nearMe}
        </button>
      </p>
      <ul class="quick-links">
        {QUICK_LINKS.map((link) => (
          <li key={link.href}>
            <a class="button secondary" href={link.href}>
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
