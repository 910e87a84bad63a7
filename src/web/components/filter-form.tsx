import type { ComponentChildren } from 'preact';
import { CHALLENGE_CATEGORIES } from '../../domain/challenge.js';
import { dayFromWord } from '../../domain/day-words.js';
import { QUERY_PARAMETERS } from '../../domain/query-params.js';
import { listValues, type RawParams } from '../../domain/raw-params.js';
import { WEEKDAYS, weekdayName, type Weekday } from '../../domain/weekday.js';
import { messages, type Messages } from '../i18n/messages.js';
import { queryString } from '../query-string.js';
import { placeBoxAttributes } from './search-form.js';

/**
 * The search's filters as a plain GET form: every control is named after a parameter of the
 * JSON API, so the address bar holds the whole search and the form round-trips it. A value
 * the presets do not offer (from a shared link) is kept as an option of its own.
 */

export interface FieldError {
  parameter: string;
  message: string;
  /** Places to try instead, each a link. */
  suggestions: { label: string; href: string }[];
}

export interface Choice {
  value: string;
  label: string;
}

export interface FilterFormProps {
  params: RawParams;
  error: FieldError | null;
  /** The common formats offered as checkboxes (code and name). */
  formatChoices: Choice[];
  /** Any format's name by code, for codes from a link that are not among the common ones. */
  formatName: (code: string) => string | undefined;
  programs: Choice[];
  /** The program most of the site's meetings belong to: whose words "Closed" is in when the search names none. */
  siteProgram?: string | null;
}

/** Which control shows the error for each parameter; parameters without one show it in the summary only. */
const FIELD_OF: Record<string, string> = {
  near: 'near',
  lat: 'near',
  lng: 'near',
  radius: 'radius',
  unit: 'radius',
  nearest: 'radius',
  q: 'q',
  day: 'day',
  after: 'after',
  before: 'before',
  status: 'status',
  within: 'status',
  attendance: 'attendance',
  formats: 'formats',
  formats_any: 'formats',
  formats_not: 'formats',
  language: 'language',
  program: 'program',
  category: 'category',
  sort: 'sort',
};

/** The id of the control that shows an error about `parameter`, or null. */
export function fieldFor(parameter: string): string | null {
  return Object.hasOwn(FIELD_OF, parameter) ? FIELD_OF[parameter]! : null;
}

/** Parameters the form has no control for: carried along unchanged so a refined search keeps them. */
const CARRIED = [
  'lat',
  'lng',
  'unit',
  'nearest',
  'within',
  'formats_any',
  'formats_not',
  'state',
  'city',
  'service_body',
  'ids',
  'limit',
] as const;

function rawOf(params: RawParams, name: string): string {
  return listValues(params, name).join(',');
}

/** A one-value parameter whose value may hold commas ("Portland, OR"): as given. */
function textOf(params: RawParams, name: string): string {
  const raw = params[name];
  return ((typeof raw === 'string' ? raw : raw?.[0]) ?? '').trim();
}

/** Adds what a link gave, when no preset matches, so submitting the form does not lose it. */
function withGiven(options: Choice[], given: string): Choice[] {
  const text = messages().filters;
  if (given === '' || options.some((o) => o.value === given)) return options;
  return [...options, { value: given, label: text.fromLink(given) }];
}

function dayOption(day: Weekday): string {
  return weekdayName(day).toLowerCase();
}

/** "2", "Tue" and "martes" name the same day as the option "tuesday", as the search reads them. */
function dayValue(given: string): string {
  const day = dayFromWord(given);
  return day === null ? given : dayOption(day);
}

/**
 * The choices of each control, in the page's language. "Closed" is said in the words of the
 * one program the search asks for (with none, the site's main one); with several, or on a
 * site without a main program, in words true of every program.
 */
function filterChoices(m: Messages, program: string | null) {
  const text = m.filters;
  return {
    day: [
      { value: '', label: text.anyDay },
      { value: 'today', label: text.today },
      { value: 'tomorrow', label: text.tomorrow },
      ...WEEKDAYS.map((day) => ({ value: dayOption(day), label: m.day(day) })),
    ],
    after: [
      { value: '', label: text.anyTime },
      { value: '05:00', label: text.morning },
      { value: '12:00', label: text.afternoon },
      { value: '17:00', label: text.evening },
    ],
    before: [
      { value: '', label: text.anyTime },
      { value: '12:00', label: text.noon },
      { value: '17:00', label: text.fivePm },
      { value: '21:00', label: text.ninePm },
    ],
    status: [
      { value: '', label: text.anyTimeThisWeek },
      { value: 'now', label: text.now },
      { value: 'soon', label: text.soon },
      { value: 'today', label: text.laterToday },
    ],
    attendance: [
      { value: '', label: text.anyWay },
      { value: 'in_person', label: text.inPerson },
      { value: 'online', label: m.online },
      { value: 'hybrid', label: text.hybrid },
    ],
    openClosed: [
      { value: '', label: text.either },
      { value: 'O', label: text.openMeeting },
      { value: 'C', label: m.program(program).closedMeeting },
    ],
    radius: [
      { value: '', label: text.usualDistance },
      ...['1', '5', '10', '25', '50', '100'].map((r) => ({ value: r, label: text.miles(r) })),
    ],
    language: [{ value: '', label: text.anyLanguage }, ...Object.entries(text.languages).map(([value, label]) => ({ value, label }))],
    category: [
      { value: '', label: text.anyCategory },
      ...CHALLENGE_CATEGORIES.map((category) => ({ value: category, label: m.challenges[category].name })),
    ],
    sort: [
      { value: '', label: text.usualOrder },
      { value: 'today', label: text.todayFirst },
      { value: 'distance', label: text.nearestFirst },
      { value: 'next', label: text.soonestFirst },
      { value: 'name', label: text.byName },
    ],
    view: [
      { value: '', label: text.oneList },
      { value: 'days', label: text.byDay },
    ],
  };
}

interface Described {
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}

function described(id: string, error: FieldError | null): Described {
  return error && fieldFor(error.parameter) === id ? { 'aria-invalid': 'true', 'aria-describedby': `${id}-error` } : {};
}

function ErrorText({ id, error }: { id: string; error: FieldError | null }) {
  if (!error || fieldFor(error.parameter) !== id) return null;
  const text = messages().filters;
  return (
    <p id={`${id}-error`} class="error">
      <span class="visually-hidden">{text.error}</span>
      {error.message}
      {error.suggestions.length > 0 && (
        <span class="suggestions">
          {' '}
          {text.didYouMean}{' '}
          {error.suggestions.map((s, i) => (
            <span key={s.href}>
              {i > 0 && text.or}
              <a href={s.href}>{s.label}</a>
            </span>
          ))}
          ?
        </span>
      )}
    </p>
  );
}

function Select({
  id,
  label,
  options,
  value,
  error,
  hint,
}: {
  id: string;
  label: string;
  options: Choice[];
  value: string;
  error: FieldError | null;
  hint?: string;
}) {
  return (
    <div class="field">
      <label for={`f-${id}`}>{label}</label>
      {hint && <span class="hint muted">{hint}</span>}
      <ErrorText id={id} error={error} />
      <select id={`f-${id}`} name={id} {...described(id, error)}>
        {withGiven(options, value).map((o) => (
          <option key={o.value} value={o.value} selected={o.value === value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Radios({
  id,
  name,
  legend,
  options,
  value,
  error,
}: {
  id: string;
  name: string;
  legend: string;
  options: Choice[];
  value: string;
  error: FieldError | null;
}) {
  return (
    <fieldset class="choices" id={`f-${id}`} {...described(id, error)}>
      <legend>{legend}</legend>
      <ErrorText id={id} error={error} />
      {withGiven(options, value).map((o) => (
        <label class="choice" key={o.value}>
          <input type="radio" name={name} value={o.value} checked={o.value === value} /> {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function Hidden({ params }: { params: RawParams }) {
  const inputs: ComponentChildren[] = [];
  for (const name of CARRIED) {
    for (const value of listValues(params, name)) inputs.push(<input type="hidden" name={name} value={value} key={`${name}=${value}`} />);
  }
  return <>{inputs}</>;
}

/** What a search is about rather than how it is narrowed (its place, zone and scope from a link): kept when filters are cleared. */
const SCOPE = ['near', 'lat', 'lng', 'unit', 'tz', 'state', 'city', 'service_body', 'ids'];
/** Every other parameter of the search but its order and paging narrows it: what "Clear filters" takes away. */
const NOT_FILTERS: ReadonlySet<string> = new Set([...SCOPE, 'sort', 'limit', 'cursor']);
const FILTERS = QUERY_PARAMETERS.filter((name) => !NOT_FILTERS.has(name));

/** How many of the search's filters are set. */
export function filtersInUse(params: RawParams): number {
  return FILTERS.filter((name) => listValues(params, name).length > 0).length;
}

/** The search's place, zone and scope alone: its filters, order and paging taken away. */
export function placeOnly(params: RawParams): RawParams {
  const kept: Record<string, string[]> = {};
  for (const name of SCOPE) if (listValues(params, name).length > 0) kept[name] = listValues(params, name);
  return kept;
}

/**
 * The place box with its button, then every filter folded under one "Filters" line (natively,
 * without script), so that on a phone the first meeting is on the first screen. The line says
 * how many are in use; the fold opens by itself only to show an error in it.
 */
export function FilterForm({ params, error, formatChoices, formatName, programs, siteProgram = null }: FilterFormProps) {
  const formats = listValues(params, 'formats');
  const openClosed = formats.find((code) => code === 'O' || code === 'C') ?? '';
  const others = formats.filter((code) => code !== 'O' && code !== 'C');
  const checkboxes = [
    ...formatChoices,
    ...others
      .filter((code) => !formatChoices.some((c) => c.value === code))
      .map((code) => ({ value: code, label: formatName(code) ?? code })),
  ];
  const dayGiven = listValues(params, 'day');
  const day = dayGiven.length === 1 ? dayValue(dayGiven[0]!) : dayGiven.join(',');
  const m = messages();
  const text = m.filters;
  const asked = listValues(params, 'program').flatMap((value) => value.split(','));
  const program =
    asked.length === 0
      ? siteProgram
      : asked.length === 1
        ? (programs.find((p) => p.value.toLowerCase() === asked[0]!.trim().toLowerCase())?.value ?? null)
        : null;
  const choices = filterChoices(m, program);
  const inUse = filtersInUse(params);
  const open = error !== null && fieldFor(error.parameter) !== null && fieldFor(error.parameter) !== 'near';
  return (
    <form class="filters" action="/meetings" method="get" aria-label={text.label}>
      <div class="place-row">
        <div class="field">
          <label for="f-near">{m.searchBox.place}</label>
          <ErrorText id="near" error={error} />
          <input
            id="f-near"
            name="near"
            type="search"
            value={textOf(params, 'near')}
            placeholder={m.searchBox.placeExample}
            {...described('near', error)}
            {...placeBoxAttributes()}
          />
        </div>
        <button type="submit">{text.search}</button>
      </div>
      <div class="filter-line">
        <details class="filter-fold" open={open} data-filter-fold>
          <summary>
            {text.filtersSummary}
            {inUse > 0 && <span class="in-use">{text.inUse(inUse)}</span>}
          </summary>
          <div class="filter-groups">
            <Select id="day" label={text.day} options={choices.day} value={day} error={error} />
            <Radios id="status" name="status" legend={text.when} options={choices.status} value={rawOf(params, 'status')} error={error} />
            <fieldset class="pair">
              <legend>{text.timeOfDay}</legend>
              <Select id="after" label={text.after} options={choices.after} value={rawOf(params, 'after')} error={error} />
              <Select id="before" label={text.before} options={choices.before} value={rawOf(params, 'before')} error={error} />
            </fieldset>
            <Radios
              id="attendance"
              name="attendance"
              legend={text.howToAttend}
              options={choices.attendance}
              value={rawOf(params, 'attendance')}
              error={error}
            />
            <Select id="language" label={text.language} options={choices.language} value={rawOf(params, 'language')} error={error} />
            <Select id="radius" label={text.distance} options={choices.radius} value={rawOf(params, 'radius')} error={error} />
            <Radios id="open" name="formats" legend={text.openOrClosed} options={choices.openClosed} value={openClosed} error={null} />
            <fieldset class="choices" id="f-formats" {...described('formats', error)}>
              <legend>{text.formats}</legend>
              <ErrorText id="formats" error={error} />
              {checkboxes.map((c) => (
                <label class="choice" key={c.value}>
                  <input type="checkbox" name="formats" value={c.value} checked={others.includes(c.value)} /> {c.label}
                </label>
              ))}
            </fieldset>
            <Select
              id="program"
              label={text.program}
              options={[{ value: '', label: text.anyProgram }, ...programs]}
              value={rawOf(params, 'program')}
              error={error}
            />
            <Select id="category" label={text.category} options={choices.category} value={rawOf(params, 'category')} error={error} />
            <div class="field">
              <label for="f-q">{text.words}</label>
              <ErrorText id="q" error={error} />
              <input id="f-q" name="q" type="search" value={textOf(params, 'q')} {...described('q', error)} />
            </div>
            <Select id="sort" label={text.order} options={choices.sort} value={rawOf(params, 'sort')} error={error} />
            <Radios id="view" name="view" legend={text.show} options={choices.view} value={rawOf(params, 'view')} error={null} />
            <button type="submit">{text.submit}</button>
          </div>
        </details>
        {inUse > 0 && (
          <a class="clear-filters" href={`/meetings${queryString(placeOnly(params))}`}>
            {text.clear}
          </a>
        )}
      </div>
      <Hidden params={params} />
      {/* Filled in by a script with the browser's zone, so times show on the visitor's clock too. */}
      <input type="hidden" name="tz" value={rawOf(params, 'tz')} data-tz />
    </form>
  );
}
