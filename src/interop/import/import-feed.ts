import { addSourceFormats, type SourceFormatPlan } from '../../store/reference-data.js';
import type { ReplaceOptions } from '../../store/source-replace.js';
import type { Store } from '../../store/store.js';
import { formatsOfKeys } from '../clean/source-formats.js';
import type { ParsedFeed } from '../parsed-feed.js';
import type { ImportReport, ImportWarning } from './report.js';
import { validateFeed } from './validate-feed.js';

export type ImportPhase = 'fetch' | 'parse' | 'write';

/** Progress within a phase; `total` is 0 when it is not known (a download without a length). */
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void;

export interface ImportOptions {
  source: string;
  /** Who the change log names; defaults to "import:<source>". */
  actor?: string;
  dryRun?: boolean;
  /** Any skipped row aborts the import before anything is written. */
  strict?: boolean;
  progress?: ImportProgress;
  /** Warnings from reading the feed, put first in the report. */
  warnings?: readonly ImportWarning[];
  /** Let a feed without a single good meeting succeed, removing all of the source's meetings. */
  allowEmpty?: boolean;
  /** Sees every change before it is committed or rolled back (see ReplaceOptions.review). */
  review?: ReplaceOptions['review'];
}

/** A strict import that found bad rows: nothing was written; the report says which rows. */
export class StrictImportError extends Error {
  constructor(readonly report: ImportReport) {
    super(`${report.skipped.length} row(s) could not be imported, and --strict allows none; nothing was written`);
    this.name = 'StrictImportError';
  }
}

/**
 * A feed with no meeting that can be imported: most likely a broken feed (or one we cannot
 * read), so it fails rather than reporting success, and it never empties a source. The
 * report says why each row was skipped.
 */
export class EmptyFeedError extends Error {
  constructor(
    readonly report: ImportReport,
    held: number,
  ) {
    const rows = report.skipped.length;
    const why = rows === 0 ? 'it holds no rows' : `${rows} row${rows === 1 ? '' : 's'} skipped`;
    const kept = held > 0 ? `; source "${report.source}" keeps its ${held} meeting${held === 1 ? '' : 's'}` : '';
    super(`the feed has no meeting that can be imported (${why}); nothing was changed${kept}`);
    this.name = 'EmptyFeedError';
  }
}

/**
 * The formats a feed has that the catalogue lacks become formats of the source: works out
 * their codes (the replacement writes them, in its transaction) and gives each meeting its
 * own by those codes.
 */
async function withSourceFormats(
  store: Store,
  feed: ParsedFeed,
  source: string,
): Promise<{ feed: ParsedFeed; plan: SourceFormatPlan; warnings: ImportWarning[] }> {
  const described = feed.formats ?? [];
  const formats = [...described, ...formatsOfKeys(feed.meetings).filter((f) => !described.some((d) => d.key === f.key))];
  const plan = await store.reference.planSourceFormats(source, formats);
  if (plan.codes.size === 0) return { feed, plan, warnings: [] };
  const meetings = feed.meetings.map((meeting) => {
    const own = (meeting.sourceFormats ?? []).flatMap((key) => plan.codes.get(key) ?? []);
    if (own.length === 0) return meeting;
    return { ...meeting, input: { ...meeting.input, formats: [...new Set([...meeting.input.formats, ...own])] } };
  });
  const added = plan.added.length;
  const warnings: ImportWarning[] =
    added === 0 ? [] : [{ row: null, externalId: null, message: `${added} format(s) the catalogue lacks kept as formats of this source` }];
  return { feed: { ...feed, meetings }, plan, warnings };
}

/** Validates a parsed feed against the store and makes the source hold exactly its good rows. */
export async function importParsedFeed(store: Store, parsed: ParsedFeed, options: ImportOptions): Promise<ImportReport> {
  const own = await withSourceFormats(store, parsed, options.source);
  const feed = own.feed;
  const stored = await store.meetings.rules();
  const rules = { ...stored, formatCodes: new Set([...stored.formatCodes, ...own.plan.codes.values()]) };
  const checked = validateFeed(feed, rules, options.source);
  const decided = feed.program;
  const programName = decided ? (await store.reference.programs()).find((p) => p.code === decided.code)?.name : undefined;
  const report: ImportReport = {
    source: options.source,
    dryRun: options.dryRun ?? false,
    added: 0,
    changed: 0,
    unchanged: 0,
    removed: 0,
    skipped: checked.skipped,
    warnings: [...(options.warnings ?? []), ...own.warnings, ...checked.warnings],
    serviceBodies: { added: 0, changed: 0, removed: 0 },
    program: decided ? { ...decided, name: programName ?? decided.code } : null,
  };
  if (options.strict && checked.skipped.length > 0) throw new StrictImportError(report);
  if (checked.meetings.length === 0 && !options.allowEmpty) {
    throw new EmptyFeedError(report, await store.meetings.countBySource(options.source));
  }

  const progress = options.progress;
  const writeProgress = progress
    ? (done: number, total: number): void => {
        progress('write', done, total);
      }
    : undefined;
  const result = await store.sourceData.replace(
    options.source,
    { meetings: checked.meetings, serviceBodies: checked.serviceBodies },
    {
      actor: options.actor ?? `import:${options.source}`,
      dryRun: options.dryRun ?? false,
      ...(own.plan.added.length > 0 ? { prepare: (trx, record) => addSourceFormats(trx, record, own.plan) } : {}),
      ...(writeProgress ? { progress: writeProgress } : {}),
      ...(options.review ? { review: options.review } : {}),
    },
  );
  return {
    ...report,
    added: result.added,
    changed: result.changed,
    unchanged: result.unchanged,
    removed: result.removed,
    warnings: [...report.warnings, ...result.warnings],
    serviceBodies: result.serviceBodies,
  };
}
