import { namedMainProgram, type Program } from '../../domain/program.js';
import type { ServiceBody } from '../../domain/service-body.js';
import { ClientScript } from '../components/client-script.js';
import { Layout } from '../components/layout.js';
import { SearchForm } from '../components/search-form.js';
import { WeekHeatmap } from '../components/week-heatmap.js';
import { messages } from '../i18n/messages.js';
import type { StateStats } from '../../search/place-counts.js';
import { telHref, type PageContext } from '../site.js';

/** Only web addresses become links: JSX escapes text, but an href of another scheme would still run. */
const WEB_ADDRESS = /^https?:\/\//i;

export interface StatePageProps {
  context: PageContext;
  stats: StateStats;
  /** The state's introduction from content/states/<code>.md, already rendered by markdown-it from our own files. */
  intro: { html: string; title: string } | null;
  bodies: readonly { body: ServiceBody; count: number }[];
  /** The store's programs, to name the one most of the state's meetings belong to. */
  programs: readonly Pick<Program, 'code' | 'name'>[];
  /** Meetings per program everywhere: a state without meetings is named after the site's main program. */
  siteProgramCounts: ReadonlyMap<string, number>;
}

/** One state: how many meetings and where, when they start, and who keeps the list. */
export function StatePage({ context, stats, intro, bodies, programs, siteProgramCounts }: StatePageProps) {
  const code = stats.code.toLowerCase();
  const searchHref = `/meetings?state=${stats.code}`;
  const m = messages();
  // Every city, by name: someone looks for their own town, and the counts say which are big.
  const cities = [...stats.cities].sort((a, b) => a.name.localeCompare(b.name, m.locale));
  const text = m.state;
  const program = namedMainProgram(stats.total > 0 ? stats.programCounts : siteProgramCounts, programs);
  const summary = stats.total === 0 ? text.noneSummary(stats.name) : text.summary(stats.total, stats.cities.length, stats.onlineOrHybrid);
  return (
    <Layout
      context={context}
      title={text.title(stats.name, stats.total, program)}
      description={text.description(stats.name, summary, program)}
      head={<ClientScript name="zone" />}
    >
      <h1>{text.heading(stats.name, program)}</h1>
      <p class="lead">
        {stats.total === 0 ? (
          text.none(stats.name)
        ) : (
          <>
            <strong>{m.meetings(stats.total)}</strong>
            {text.aWeek}
            <strong>{m.number(stats.onlineOrHybrid)}</strong>
            {text.onlineOrHybrid}
          </>
        )}
      </p>
      <SearchForm />
      <ul class="quick-links">
        <li>
          <a class="button" href={searchHref}>
            {text.search(stats.name)}
          </a>
        </li>
        <li>
          <a class="button secondary" href={`/states/${code}/print`}>
            {text.printable}
          </a>
        </li>
        <li>
          <a class="button secondary" href={`${searchHref}&attendance=online`}>
            {text.onlineAndHybrid}
          </a>
        </li>
      </ul>

      {intro && (
        <section class="state-intro" aria-labelledby="intro-heading">
          {/* The file's title often repeats the page's own heading; then a plainer one reads better. */}
          <h2 id="intro-heading">{intro.title === text.heading(stats.name, program) ? text.about(stats.name) : intro.title}</h2>
          {/* Trusted: markdown-it's output for our own content/states file, not anyone's input. */}
          <div dangerouslySetInnerHTML={{ __html: intro.html }} />
        </section>
      )}

      {cities.length > 0 && (
        <section aria-labelledby="cities-heading">
          <h2 id="cities-heading">{text.cities}</h2>
          <p>{text.citiesText(cities.length)}</p>
          <ul class="city-list">
            {cities.map((city) => (
              <li key={city.slug}>
                <a href={`/states/${code}/${city.slug}`}>{city.name}</a>{' '}
                {/* The bare number keeps the columns narrow; a screen reader hears the words. */}
                <span class="muted" aria-hidden="true">
                  {m.number(city.count)}
                </span>
                <span class="visually-hidden">{m.meetings(city.count)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {stats.total > 0 && (
        <section aria-labelledby="week-heading">
          <h2 id="week-heading">{text.weekHeading}</h2>
          <p>{text.weekText}</p>
          <WeekHeatmap weekHours={stats.weekHours} placeName={stats.name} />
        </section>
      )}

      {bodies.length > 0 && (
        <section aria-labelledby="bodies-heading">
          <h2 id="bodies-heading">{text.bodies}</h2>
          <p>{text.bodiesText}</p>
          <ul class="cards">
            {bodies.map(({ body, count }) => (
              <li key={body.id} class="card">
                <h3>{body.website && WEB_ADDRESS.test(body.website) ? <a href={body.website}>{body.name}</a> : body.name}</h3>
                <p class="muted">
                  {body.type === 'region' ? text.bodyType.region : body.type === 'area' ? text.bodyType.area : text.bodyType.other}
                  {text.here(count)}
                </p>
                {body.helpline && (
                  <p>
                    {text.helpline}
                    <a href={telHref(body.helpline)}>{body.helpline}</a>
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
