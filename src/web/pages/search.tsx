import { DateTime } from 'luxon';
import type { Query } from '../../domain/query.js';
import { listValues, withoutPageOnly, type RawParams } from '../../domain/raw-params.js';
import type { MeetingResult, SearchAnswer } from '../../search/present.js';
import type { Answered, Instead } from '../../search/service.js';
import { ClientScript } from '../components/client-script.js';
import { FilterForm, fieldFor, filtersInUse, placeOnly, type Choice, type FieldError } from '../components/filter-form.js';
import { Layout } from '../components/layout.js';
import { MeetingItem, type FormatLookup } from '../components/meeting-item.js';
import { countText, nearDayWord } from '../components/schedule-text.js';
import { ZoneNote } from '../components/zone-note.js';
import { messages } from '../i18n/messages.js';
import { queryString } from '../query-string.js';
import { renderDocument } from '../render.js';
import type { PageContext } from '../site.js';

export type SearchView = 'list' | 'days';

export interface SearchOutcome {
  query: Query;
  answer: SearchAnswer;
  /** The visitor's zone when known (tz, else the searched place's); null when neither was given. */
  viewerZone: string | null;
  /** When nothing matched: what to offer instead. */
  instead?: Instead | null;
}

export interface SearchPageProps {
  context: PageContext;
  /** The parameters as given, page-only ones (view) included: the form and every link are built from them. */
  params: RawParams;
  error: FieldError | null;
  outcome: SearchOutcome | null;
  view: SearchView;
  now: number;
  formats: FormatLookup;
  formatChoices: Choice[];
  programs: Choice[];
  /** The program most of the site's meetings belong to, if one does. */
  siteProgram?: string | null;
}

/** The search without paging or page-only parameters: what the map, exports and print take. */
function searchOnly(params: RawParams): RawParams {
  return withoutPageOnly(params, ['cursor', 'limit']);
}

function pageTitle(props: SearchPageProps): string {
  const text = messages().search;
  if (props.error) return text.checkSearch;
  const label = props.outcome?.query.place?.label;
  const online = listValues(props.params, 'attendance').join(',') === 'online';
  const what = online ? text.onlineMeetings : text.meetingsWord;
  return label ? text.near(what, label) : online ? what : text.findMeeting;
}

/** An error about a parameter the form has no control for (from a link): said above the form. */
function ErrorSummary({ error }: { error: FieldError }) {
  const text = messages().search;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{text.problem}</h2>
      <p>{error.message}</p>
      <p>
        {text.notInForm}
        <a href="/meetings">{text.startOver}</a>.
      </p>
    </div>
  );
}

function InsteadList({ props, answered, viewerZone }: { props: SearchPageProps; answered: Answered; viewerZone: string | null }) {
  return (
    <ul class="cards">
      {answered.answer.meetings.map((m) => (
        <MeetingItem
          key={m.id}
          meeting={m}
          now={props.now}
          viewerZone={viewerZone}
          unit={answered.query.unit}
          formats={props.formats}
          siteProgram={props.siteProgram ?? null}
          level={4}
        />
      ))}
    </ul>
  );
}

/**
 * Nothing matched: say so plainly, then offer what there is. Near a place, the nearest meetings
 * in any direction with their distance (however far); anywhere, the online meetings happening
 * now. No promise that a small change will find some: for a remote place it will not.
 */
function EmptyResults({ props, instead, viewerZone }: { props: SearchPageProps; instead: Instead | null; viewerZone: string | null }) {
  const { params } = props;
  const text = messages().search;
  const filters = filtersInUse(params);
  const nearest = instead?.nearest ?? null;
  const online = instead?.onlineNow ?? null;
  const moreNearest = `/meetings${queryString(instead?.nearestFiltered ? params : placeOnly(params), {
    set: { nearest: ['25'], sort: ['distance'] },
    omit: ['cursor', 'radius'],
  })}`;
  return (
    <div class="empty">
      {nearest && (
        <section aria-labelledby="nearest-title">
          <h3 id="nearest-title">{filters > 0 && instead?.nearestFiltered ? text.nearestMatching : text.nearestAny}</h3>
          <InsteadList props={props} answered={nearest} viewerZone={viewerZone} />
          <p>
            <a href={moreNearest}>{text.moreNearest}</a>
          </p>
        </section>
      )}
      {online && (
        <section aria-labelledby="online-now-title">
          <h3 id="online-now-title">{text.onlineNow}</h3>
          {online.answer.total > 0 ? <InsteadList props={props} answered={online} viewerZone={viewerZone} /> : <p>{text.noneOnlineNow}</p>}
          <p>
            <a href={'/meetings?attendance=online&status=soon'}>{text.onlineSoon}</a>
          </p>
        </section>
      )}
    </div>
  );
}

/** The day heading for a group: "Today", "Tomorrow" or "Thursday, March 12", on the visitor's clock. */
function dayHeading(date: string, now: number, zone: string): string {
  return nearDayWord(date, now, zone) ?? DateTime.fromISO(date, { zone: 'utc' }).toFormat('cccc, LLLL d');
}

function groupByDay(meetings: MeetingResult[], viewerZone: string | null): { date: string; meetings: MeetingResult[] }[] {
  const groups = new Map<string, MeetingResult[]>();
  const keyed = meetings.map((m) => {
    const local = m.localStart ? (viewerZone !== null ? m.localStart.viewer : m.localStart.meeting) : null;
    return { m, date: local?.date ?? '', instant: m.nextStart === null ? Infinity : Date.parse(m.nextStart) };
  });
  keyed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.instant - b.instant));
  for (const { m, date } of keyed) {
    const list = groups.get(date) ?? [];
    list.push(m);
    groups.set(date, list);
  }
  return [...groups].map(([date, list]) => ({ date, meetings: list }));
}

function Results({ props, outcome }: { props: SearchPageProps; outcome: SearchOutcome }) {
  const { query, answer, viewerZone } = outcome;
  const { params, now, formats, view } = props;
  const first = query.offset + 1;
  const last = query.offset + answer.meetings.length;
  const searchParams = searchOnly(params);
  const qs = queryString(searchParams);
  const back = qs.slice(1);
  const item = (m: MeetingResult) => (
    <MeetingItem
      key={m.id}
      meeting={m}
      now={now}
      viewerZone={viewerZone}
      unit={query.unit}
      formats={formats}
      siteProgram={props.siteProgram ?? null}
      back={back}
      level={view === 'days' ? 4 : 3}
    />
  );
  const zone = viewerZone ?? 'UTC';
  const text = messages().search;
  const onlineOnly = listValues(params, 'attendance').join(',') === 'online';
  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title" class="results-count">
        {answer.total === 0 ? text.noMatch : countText(answer.total)}
        {answer.total > 0 && (
          <span class="muted">
            {' · '}
            {answer.total > answer.meetings.length ? text.showing(first, last) : ''}
            {text.order[query.sort]}
          </span>
        )}
      </h2>
      {answer.total > 0 && (
        <p class="zone-line muted">
          <ZoneNote viewerZone={props.context.viewerZone} zones={answer.meetings.map((m) => m.schedule.timeZone)} now={now} />
        </p>
      )}
      {!query.place && !onlineOnly && (
        <p class="notice place-prompt">
          {text.everywhere} <a href="#f-near">{text.addPlace}</a>
        </p>
      )}
      {answer.total === 0 && <EmptyResults props={props} instead={outcome.instead ?? null} viewerZone={viewerZone} />}
      {view === 'days'
        ? groupByDay(answer.meetings, viewerZone).map((group) => (
            <section class="day-group" key={group.date}>
              <h3>{dayHeading(group.date, now, zone)}</h3>
              <ul class="cards">{group.meetings.map(item)}</ul>
            </section>
          ))
        : answer.total > 0 && <ul class="cards">{answer.meetings.map(item)}</ul>}

      {(answer.next !== null || query.offset > 0) && (
        <nav class="paging" aria-label={text.moreResults}>
          {query.offset > 0 && (
            <a class="button secondary" href={`/meetings${queryString(params, { omit: ['cursor'] })}`}>
              {text.backToFirst}
            </a>
          )}
          {answer.next !== null && (
            <a class="button" href={`/meetings${queryString(params, { set: { cursor: [answer.next] } })}`} rel="next">
              {text.more}
            </a>
          )}
        </nav>
      )}
      {answer.total > 0 && (
        <>
          <section
            class="map-panel"
            data-map
            data-points-url={`/api/v1/meetings${queryString(searchParams, { set: { limit: ['200'] } })}`}
            data-tiles={props.context.site.mapTiles.url}
            data-attribution={props.context.site.mapTiles.attribution}
            aria-label={text.map}
          >
            <button type="button" data-show-map hidden>
              {text.showMap}
            </button>
            <div data-map-canvas></div>
          </section>
          <p class="exports">
            {text.exportsStart}
            <a href={`/api/v1/meetings.ics${qs}`}>{text.calendar}</a>
            {text.exportsComma}
            <a href={`/api/v1/meetings.csv${qs}`}>{text.spreadsheet}</a>
            {text.exportsOr} <a href={`/meetings/print${qs}`}>{text.printable}</a>
            {text.exportsEnd}
          </p>
        </>
      )}
    </section>
  );
}

/** The search page: filters, then results (or the form again with the error by its field). */
export function SearchPage(props: SearchPageProps) {
  const title = pageTitle(props);
  const { outcome, error } = props;
  const text = messages().search;
  const description = outcome ? text.description(outcome.answer.total, outcome.query.place?.label) : text.blankDescription;
  return (
    <Layout
      context={props.context}
      title={title}
      description={description}
      // The same search in any zone is one page to a search engine; the zone is the visitor's own.
      canonicalPath={`/meetings${queryString(searchOnly(props.params), { omit: ['tz'] })}`}
      head={<ClientScript name="map" />}
    >
      <h1>{title}</h1>
      {/* An error with a field in the form is said there, once; one without gets the summary. */}
      {error && fieldFor(error.parameter) === null && <ErrorSummary error={error} />}
      <div class="search-layout">
        <section class="filter-panel" aria-label={text.filters}>
          <FilterForm
            params={props.params}
            error={error}
            formatChoices={props.formatChoices}
            formatName={(code) => props.formats.get(code)?.name}
            programs={props.programs}
            siteProgram={props.siteProgram ?? null}
          />
        </section>
        {outcome && <Results props={props} outcome={outcome} />}
      </div>
    </Layout>
  );
}

/** The whole search page as HTML: pure, so the benchmark can time it. */
export function renderSearchPage(props: SearchPageProps): string {
  return renderDocument(<SearchPage {...props} />, props.context.viewerZone);
}
