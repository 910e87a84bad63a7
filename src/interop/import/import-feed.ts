import type { Store } from '../../store/store.js';
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
  /** Let a feed without a single good meeting remove all of the source's meetings. */
  allowEmpty?: boolean;
}

/** A strict import that found bad rows: nothing was written; the report says which rows. */
export class StrictImportError extends Error {
  constructor(readonly report: ImportReport) {
    super(`${report.skipped.length} row(s) could not be imported, and --strict allows none; nothing was written`);
    this.name = 'StrictImportError';
  }
}

/** A feed with no good meeting would empty a source that has meetings: most likely a broken feed. */
export class EmptyFeedError extends Error {
  constructor(source: string, count: number) {
    super(`the feed has no meetings that can be imported, and source "${source}" holds ${count}; nothing was changed`);
    this.name = 'EmptyFeedError';
  }
}

/** Validates a parsed feed against the store and makes the source hold exactly its good rows. */
export async function importParsedFeed(store: Store, feed: ParsedFeed, options: ImportOptions): Promise<ImportReport> {
  const rules = await store.meetings.rules();
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
    warnings: [...(options.warnings ?? []), ...checked.warnings],
    serviceBodies: { added: 0, changed: 0, removed: 0 },
    program: decided ? { ...decided, name: programName ?? decided.code } : null,
  };
  if (options.strict && checked.skipped.length > 0) throw new StrictImportError(report);
  if (checked.meetings.length === 0 && !options.allowEmpty) {
    const held = await store.meetings.countBySource(options.source);
    if (held > 0) throw new EmptyFeedError(options.source, held);
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
      ...(writeProgress ? { progress: writeProgress } : {}),
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
