import type { ChallengeCategory } from '../../domain/challenge.js';
import { CHALLENGE_CATEGORIES } from '../../domain/challenge.js';
import { ClientScript } from '../components/client-script.js';
import { Layout } from '../components/layout.js';
import { SearchForm } from '../components/search-form.js';
import { StateList, StatesMap, type StateCountEntry } from '../components/states-map.js';
import type { PageContext } from '../site.js';

/** Each challenge, named and described in one plain sentence, in the order of CHALLENGE_CATEGORIES. */
const CHALLENGES: Record<ChallengeCategory, { name: string; about: string }> = {
  addiction: { name: 'Addiction', about: 'For anyone who wants to stop using drugs, or to stay stopped, and for the people close to them.' },
  anxiety_depression: { name: 'Anxiety and depression', about: 'For living with worry, panic or low mood, among people who know what it is like.' },
  grief_trauma: { name: 'Grief and trauma', about: 'For carrying a loss or something hard that happened, at your own pace.' },
  chronic_illness: { name: 'Chronic illness', about: 'For living with a long illness or long pain, and for those who care for someone who does.' },
  life_transitions: { name: 'Life transitions', about: 'For big changes: a divorce, a move, a lost job, a new baby, growing older.' },
};

const QUICK_LINKS = [
  { href: '/meetings?status=today', label: 'Meetings today' },
  { href: '/meetings?status=soon', label: 'Starting soon' },
  { href: '/meetings?attendance=online&status=now', label: 'Online now' },
] as const;

export interface HomeProps {
  context: PageContext;
  /** Every jurisdiction, in alphabetical order, with its number of meetings. */
  states: readonly StateCountEntry[];
}

/** The front page: one search box, a few quick ways in, the map of states, and support groups by challenge. */
export function HomePage({ context, states }: HomeProps) {
  const total = states.reduce((sum, s) => sum + s.count, 0);
  const withMeetings = states.filter((s) => s.count > 0).length;
  return (
    <Layout
      context={context}
      title="Find an NA meeting near you or online"
      description={`Search ${total.toLocaleString('en-US')} Narcotics Anonymous meetings a week by ZIP code, city or state, in person and online, across the 50 states and DC.`}
      head={<ClientScript name="near-me" />}
    >
      <h1>Find an NA meeting</h1>
      <p class="lead">Narcotics Anonymous meetings near you and online. Type a ZIP code, a city or a state; no account needed.</p>
      <SearchForm />
      <p class="near-me">
        <button type="button" class="secondary" data-near-me hidden>
          Meetings near me
        </button>
      </p>
      <ul class="quick-links">
        {QUICK_LINKS.map((link) => (
          <li key={link.href}>
            <a class="button secondary" href={link.href}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>

      <section id="states" aria-labelledby="states-heading">
        <h2 id="states-heading">Meetings by state</h2>
        <p>
          {total.toLocaleString('en-US')} meetings a week, {withMeetings === states.length ? 'in every state and DC' : `in ${withMeetings} of the 50 states and DC`}.
          Choose a state to see its cities, when its meetings start and who keeps its list.
        </p>
        <StatesMap states={states} />
        <h3>All states, with their number of meetings</h3>
        <StateList states={states} />
      </section>

      <section aria-labelledby="challenges-heading">
        <h2 id="challenges-heading">Support groups by challenge</h2>
        <ul class="challenge-list">
          {CHALLENGE_CATEGORIES.map((code) => (
            <li key={code}>
              <a href={`/meetings?category=${code}`}>{CHALLENGES[code].name}</a>
              <p>{CHALLENGES[code].about}</p>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
