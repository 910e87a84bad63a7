import type { Program } from '../../domain/program.js';
import { canonicalTimeZone } from '../../domain/time-zone.js';
import type { NewSource } from '../../store/source-repository.js';
import { FetchError } from '../fetch/fetch-error.js';
import { feedUrl } from '../fetch/fetch-feed.js';
import { readInterval, type IntervalProblem } from './interval.js';
import { FEED_KINDS, guessKind } from './load-feed.js';
import { sourceNameProblem } from './source-name.js';

/** A source as a form sends it: every field text, empty when not given. */
export interface SourceForm {
  name: string;
  url: string;
  /** '' : guessed from the URL, as `sources add` does. */
  kind: string;
  /** '' : imported only by hand. */
  every: string;
  allowPrivate: boolean;
  /** '' : the feed's rule decides. */
  program: string;
  /** '' : from each row's place. */
  timeZone: string;
}

/** What is wrong with each field, as a code the page words. */
export interface SourceProblems {
  name?: 'missing' | 'format' | 'reserved' | 'taken';
  url?: 'missing' | 'notUrl' | 'scheme';
  kind?: 'unknown';
  every?: IntervalProblem;
  program?: 'unknown';
  timeZone?: 'unknown';
}

export type SourceCheck =
  { ok: true; source: NewSource & { program: string | null; timeZone: string | null } } | { ok: false; problems: SourceProblems };

function urlProblem(text: string): SourceProblems['url'] {
  if (text === '') return 'missing';
  try {
    feedUrl(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    return URL.canParse(text) ? 'scheme' : 'notUrl';
  }
}

/**
 * The checks of `openrooms sources add`, for a form: the name (only for a new source: a
 * source's name is its meetings' provenance and never changes), the URL, the kind (or its
 * guess from the URL), the interval, the program (any case) and the time zone.
 */
export function checkSourceForm(form: SourceForm, programs: readonly Pick<Program, 'code'>[]): SourceCheck {
  const problems: SourceProblems = {};
  const name = form.name.trim();
  const nameProblem = name === '' ? 'missing' : sourceNameProblem(name);
  if (nameProblem) problems.name = nameProblem;
  const url = form.url.trim();
  const badUrl = urlProblem(url);
  if (badUrl) problems.url = badUrl;
  const kind = form.kind === '' ? (badUrl ? null : guessKind(url)) : (FEED_KINDS.find((k) => k === form.kind) ?? null);
  if (form.kind !== '' && kind === null) problems.kind = 'unknown';
  let everySeconds: number | null = null;
  if (form.every.trim() !== '') {
    const read = readInterval(form.every.trim());
    if ('problem' in read) problems.every = read.problem;
    else everySeconds = read.seconds;
  }
  const programText = form.program.trim().toLowerCase();
  const program = programText === '' ? null : (programs.find((p) => p.code.toLowerCase() === programText)?.code ?? null);
  if (programText !== '' && program === null) problems.program = 'unknown';
  const zoneText = form.timeZone.trim();
  const timeZone = zoneText === '' ? null : canonicalTimeZone(zoneText);
  if (zoneText !== '' && timeZone === null) problems.timeZone = 'unknown';
  if (Object.keys(problems).length > 0 || kind === null) return { ok: false, problems };
  return { ok: true, source: { name, kind, url, everySeconds, allowPrivate: form.allowPrivate, program, timeZone } };
}
