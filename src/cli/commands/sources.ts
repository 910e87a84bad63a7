import { FetchError } from '../../interop/fetch/fetch-error.js';
import { feedUrl } from '../../interop/fetch/fetch-feed.js';
import { formatInterval } from '../../interop/import/interval.js';
import { BMLT_PROGRAM, guessKind, type FeedKind } from '../../interop/import/load-feed.js';
import { MEETING_GUIDE_PROGRAM } from '../../interop/meeting-guide/feed-program.js';
import { describeReport, describeSkipped } from '../../interop/import/report.js';
import { runSource } from '../../interop/import/run-source.js';
import { checkSourceName } from '../../interop/import/source-name.js';
import type { Source } from '../../store/source-repository.js';
import { openStore, type Store } from '../../store/store.js';
import type { Config } from '../config.js';
import { programCode } from '../options.js';
import { UsageError } from '../usage-error.js';
import { progressBar } from './import-progress.js';

async function withStore<T>(config: Config, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function existing(store: Store, name: string): Promise<Source> {
  const source = await store.sources.get(name);
  if (!source) throw new UsageError(`no source is named "${name}" (see: openrooms sources list)`);
  return source;
}

export interface AddOptions {
  every?: number;
  kind?: FeedKind;
  allowPrivate: boolean;
  program?: string;
  timezone?: string;
}

/**
 * Registers a feed. The kind is decided once, here: given, or guessed from the URL, and
 * stored, so that every scheduled run reads the feed the same way.
 */
export async function addSource(config: Config, name: string, url: string, options: AddOptions): Promise<void> {
  checkSourceName(name);
  try {
    feedUrl(url);
  } catch (error) {
    if (error instanceof FetchError) throw new UsageError(error.message);
    throw error;
  }
  const kind = options.kind ?? guessKind(url);
  const program = await withStore(config, async (store) => {
    const program = options.program === undefined ? null : programCode(options.program, await store.reference.programs());
    const added = await store.sources.add({
      name,
      kind,
      url,
      everySeconds: options.every ?? null,
      allowPrivate: options.allowPrivate,
      program,
      timeZone: options.timezone ?? null,
    });
    if (!added) throw new UsageError(`a source named "${name}" already exists (remove it first)`);
    return program;
  });
  const when =
    options.every === undefined
      ? 'imported only with: openrooms sources run ' + name
      : `imported every ${formatInterval(options.every)} by the server`;
  console.log(`Added source "${name}" (${kind}${options.kind ? '' : ', guessed from the URL'}): ${when}.`);
  console.log(`  ${programText({ kind, program })}; ${zoneText({ timeZone: options.timezone ?? null })}.`);
}

/** What a source's meetings are given: its program, or the rule of its kind. */
function programText(source: Pick<Source, 'kind' | 'program'>): string {
  if (source.program !== null) return `program ${source.program}`;
  return source.kind === 'bmlt'
    ? `program ${BMLT_PROGRAM} (BMLT's; set another with --program)`
    : `program from the feed (${MEETING_GUIDE_PROGRAM}, Meeting Guide's, unless its names say another; set one with --program)`;
}

function zoneText(source: Pick<Source, 'timeZone'>): string {
  return source.timeZone === null ? 'time zone of rows without one: from their place' : `time zone of rows without one: ${source.timeZone}`;
}

export async function listSources(config: Config, options: { json: boolean }): Promise<void> {
  const sources = await withStore(config, (store) => store.sources.list());
  if (options.json) {
    console.log(JSON.stringify(sources.map((s) => ({ ...s, every: s.everySeconds === null ? null : formatInterval(s.everySeconds) }))));
    return;
  }
  if (sources.length === 0) {
    console.log('No sources. Add one with: openrooms sources add <name> <url> --every 6h');
    return;
  }
  for (const s of sources) {
    console.log(`${s.name}  ${s.kind}  every ${s.everySeconds === null ? '-' : formatInterval(s.everySeconds)}  ${s.url}`);
    console.log(`  ${programText(s)}; ${zoneText(s)}`);
    console.log(
      `  last success: ${s.lastSuccessAt ?? 'never'}; last error: ${s.lastError === null ? 'none' : `${s.lastErrorAt ?? ''} ${s.lastError}`}`,
    );
  }
}

export async function removeSource(config: Config, name: string, options: { deleteMeetings: boolean }): Promise<void> {
  await withStore(config, async (store) => {
    await existing(store, name);
    if (options.deleteMeetings) {
      const result = await store.sourceData.removeAll(name, `sources-remove:${name}`);
      console.log(`Deleted ${result.removed} meetings and ${result.serviceBodies.removed} service bodies of source "${name}".`);
      for (const warning of result.warnings) console.log(`  ${warning.message}`);
    }
    await store.sources.remove(name);
    console.log(`Removed source "${name}".${options.deleteMeetings ? '' : ' Its meetings stay (delete them with --delete-meetings).'}`);
  });
}

/** Imports a source now; a failed import exits 1 with its one-line reason. */
export async function runSourceNow(config: Config, name: string, options: { json: boolean }): Promise<void> {
  await withStore(config, async (store) => {
    const source = await existing(store, name);
    const bar = progressBar();
    const result = await runSource(store, source, bar.progress);
    bar.stop();
    if (!result.ok) {
      // A feed with no usable meeting: its reasons first, then the failure (exit 1).
      if (result.report && options.json) console.log(JSON.stringify(result.report));
      else if (result.report) for (const line of describeSkipped(result.report)) console.log(line);
      throw new SourceRunError(name, result.error);
    }
    if (options.json) console.log(JSON.stringify(result.report));
    else for (const line of describeReport(result.report)) console.log(line);
  });
}

export class SourceRunError extends Error {
  constructor(name: string, reason: string) {
    super(`import of source "${name}" failed: ${reason}`);
    this.name = 'SourceRunError';
  }
}
