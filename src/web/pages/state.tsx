import type { ServiceBody } from '../../domain/service-body.js';
import { Layout } from '../components/layout.js';
import { WeekHeatmap } from '../components/week-heatmap.js';
import type { StateStats } from '../../search/place-counts.js';
import { telHref, type PageContext } from '../site.js';

/** How many cities the state page lists; the search covers the rest. */
export const TOP_CITIES = 20;

/** Only web addresses become links: JSX escapes text, but an href of another scheme would still run. */
const WEB_ADDRESS = /^https?:\/\//i;

export interface StatePageProps {
  context: PageContext;
  stats: StateStats;
  /** The state's introduction from content/states/<code>.md, already rendered by markdown-it from our own files. */
  intro: { html: string; title: string } | null;
  bodies: readonly { body: ServiceBody; count: number }[];
}

function meetings(count: number): string {
  return count === 1 ? '1 meeting' : `${count.toLocaleString('en-US')} meetings`;
}

/** One state: how many meetings and where, when they start, and who keeps the list. */
export function StatePage({ context, stats, intro, bodies }: StatePageProps) {
  const code = stats.code.toLowerCase();
  const searchHref = `/meetings?state=${stats.code}`;
  const cities = stats.cities.slice(0, TOP_CITIES);
  const summary =
    stats.total === 0
      ? `No meetings are listed in ${stats.name} yet.`
      : `${meetings(stats.total)} a week in ${stats.cities.length === 1 ? '1 city' : `${stats.cities.length} cities`}; ${stats.onlineOrHybrid} of them online or hybrid.`;
  return (
    <Layout
      context={context}
      title={`NA meetings in ${stats.name}: ${meetings(stats.total)} a week`}
      description={`Narcotics Anonymous in ${stats.name}: ${summary} Cities, meeting times and service bodies.`}
    >
      <h1>NA meetings in {stats.name}</h1>
      <p class="lead">
        {stats.total === 0 ? (
          <>No meetings are listed in {stats.name} yet. Online meetings are open to everyone, wherever you are.</>
        ) : (
          <>
            <strong>{meetings(stats.total)}</strong> a week, <strong>{stats.onlineOrHybrid}</strong> of them online or hybrid.
          </>
        )}
      </p>
      <ul class="quick-links">
        <li>
          <a class="button" href={searchHref}>
            Search meetings in {stats.name}
          </a>
        </li>
        <li>
          <a class="button secondary" href={`/states/${code}/print`}>
            Printable schedule
          </a>
        </li>
        <li>
          <a class="button secondary" href={`${searchHref}&attendance=online`}>
            Online and hybrid
          </a>
        </li>
      </ul>

      {intro && (
        <section class="state-intro" aria-labelledby="intro-heading">
          {/* The file's title often repeats the page's own heading; then a plainer one reads better. */}
          <h2 id="intro-heading">{intro.title === `NA meetings in ${stats.name}` ? `About ${stats.name}` : intro.title}</h2>
          {/* Trusted: markdown-it's output for our own content/states file, not anyone's input. */}
          <div dangerouslySetInnerHTML={{ __html: intro.html }} />
        </section>
      )}

      {cities.length > 0 && (
        <section aria-labelledby="cities-heading">
          <h2 id="cities-heading">Cities with the most meetings</h2>
          <ol class="city-list">
            {cities.map((city) => (
              <li key={city.slug}>
                <a href={`/states/${code}/${city.slug}`}>{city.name}</a> <span class="muted">{meetings(city.count)}</span>
              </li>
            ))}
          </ol>
          {stats.cities.length > cities.length && (
            <p>
              And {stats.cities.length - cities.length} more {stats.cities.length - cities.length === 1 ? 'city' : 'cities'}:{' '}
              <a href={searchHref}>search every meeting in {stats.name}</a>.
            </p>
          )}
        </section>
      )}

      {stats.total > 0 && (
        <section aria-labelledby="week-heading">
          <h2 id="week-heading">When meetings start</h2>
          <p>Each square is one hour of the week, in local time; the stronger its colour, the more meetings start then.</p>
          <WeekHeatmap weekHours={stats.weekHours} placeName={stats.name} />
        </section>
      )}

      {bodies.length > 0 && (
        <section aria-labelledby="bodies-heading">
          <h2 id="bodies-heading">Service bodies</h2>
          <p>The regions and areas that keep these meetings listed. Their helplines can tell you about meetings and events nearby.</p>
          <ul class="cards">
            {bodies.map(({ body, count }) => (
              <li key={body.id} class="card">
                <h3>{body.website && WEB_ADDRESS.test(body.website) ? <a href={body.website}>{body.name}</a> : body.name}</h3>
                <p class="muted">
                  {body.type === 'region' ? 'Region' : body.type === 'area' ? 'Area' : 'Service body'}, {meetings(count)} here
                </p>
                {body.helpline && (
                  <p>
                    Helpline: <a href={telHref(body.helpline)}>{body.helpline}</a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}
