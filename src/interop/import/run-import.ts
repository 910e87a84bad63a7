import type { Store } from '../../store/store.js';
import type { FeedDefaults } from '../parsed-feed.js';
import { importParsedFeed, type ImportOptions, type ImportProgress } from './import-feed.js';
import { loadFeed, type FeedKind, type LoadedFeed } from './load-feed.js';
import { previewParsedFeed, type FeedPreview } from './preview-feed.js';
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

/** Fetches (or reads) and parses the feed of an import: the safe fetch, its limits and defaults. */
export function loadForImport(options: RunImportOptions): Promise<LoadedFeed> {
  const { kind, location, progress, ...rest } = options;
  return loadFeed(kind, location, {
    allowPrivate: rest.allowPrivate ?? false,
    ...(rest.maxBytes === undefined ? {} : { maxBytes: rest.maxBytes }),
    ...(rest.timeoutMs === undefined ? {} : { timeoutMs: rest.timeoutMs }),
    ...(progress ? { progress } : {}),
    ...(rest.defaults ? { defaults: rest.defaults } : {}),
  });
}

/** What the import of a loaded feed is told: its source, actor and how strict it is. */
export function importOptionsOf(options: RunImportOptions, loaded: LoadedFeed): ImportOptions {
  return {
    source: options.source,
    dryRun: options.dryRun ?? false,
    strict: options.strict ?? false,
    warnings: loaded.warnings,
    ...(options.actor === undefined ? {} : { actor: options.actor }),
    ...(options.progress ? { progress: options.progress } : {}),
  };
}

/** Fetch (or read), parse, validate, and make the source hold what the feed holds. */
export async function runImport(store: Store, options: RunImportOptions): Promise<ImportReport> {
  const loaded = await loadForImport(options);
  return importParsedFeed(store, loaded.feed, importOptionsOf(options, loaded));
}

/** Fetch (or read), parse and validate, and say in detail what the import would change; writes nothing. */
export async function previewImport(store: Store, options: RunImportOptions): Promise<FeedPreview> {
  const loaded = await loadForImport(options);
  const { dryRun: _dryRun, ...rest } = importOptionsOf(options, loaded);
  return previewParsedFeed(store, loaded.feed, rest);
}
