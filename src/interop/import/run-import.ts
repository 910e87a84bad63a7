import type { Store } from '../../store/store.js';
import type { FeedDefaults } from '../parsed-feed.js';
import { importParsedFeed, type ImportProgress } from './import-feed.js';
import { loadFeed, type FeedKind } from './load-feed.js';
import type { ImportReport } from './report.js';

export interface RunImportOptions {
  kind: FeedKind;
  /** A URL (http or https) or a file path. */
  location: string;
  source: string;
  actor?: string;
  dryRun?: boolean;
  strict?: boolean;
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
  progress?: ImportProgress;
  /** What the source or the command line says of every row. */
  defaults?: FeedDefaults;
}

/** Fetch (or read), parse, validate, and make the source hold what the feed holds. */
export async function runImport(store: Store, options: RunImportOptions): Promise<ImportReport> {
  const { kind, location, source, progress, ...rest } = options;
  const loaded = await loadFeed(kind, location, {
    allowPrivate: rest.allowPrivate ?? false,
    ...(rest.maxBytes === undefined ? {} : { maxBytes: rest.maxBytes }),
    ...(rest.timeoutMs === undefined ? {} : { timeoutMs: rest.timeoutMs }),
    ...(progress ? { progress } : {}),
    ...(rest.defaults ? { defaults: rest.defaults } : {}),
  });
  return importParsedFeed(store, loaded.feed, {
    source,
    dryRun: rest.dryRun ?? false,
    strict: rest.strict ?? false,
    warnings: loaded.warnings,
    ...(rest.actor === undefined ? {} : { actor: rest.actor }),
    ...(progress ? { progress } : {}),
  });
}
