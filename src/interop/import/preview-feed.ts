import { planKey, planOf, type ImportPlan, type RecordedChange } from '../../domain/import-plan.js';
import type { Store } from '../../store/store.js';
import type { ParsedFeed } from '../parsed-feed.js';
import { importParsedFeed, type ImportOptions } from './import-feed.js';
import type { ImportReport } from './report.js';

export interface FeedPreview {
  /** The dry run's report: the counts, skipped rows and warnings. */
  report: ImportReport;
  plan: ImportPlan;
}

/** The source's data changed since the preview: applying now would do something else. Nothing was written. */
export class PreviewOutdatedError extends Error {
  constructor(source: string) {
    super(`the data of source "${source}" changed since the preview; nothing was changed`);
    this.name = 'PreviewOutdatedError';
  }
}

async function bodyNames(store: Store): Promise<Map<number, string>> {
  return new Map((await store.serviceBodies.list()).map((body) => [body.id, body.name]));
}

/**
 * What importing a parsed feed would do, in detail, writing nothing: the real replacement
 * runs and is rolled back, and the plan is read from the changes it recorded.
 */
export async function previewParsedFeed(
  store: Store,
  parsed: ParsedFeed,
  options: Omit<ImportOptions, 'dryRun' | 'review'>,
): Promise<FeedPreview> {
  const names = await bodyNames(store);
  let recorded: readonly RecordedChange[] = [];
  const report = await importParsedFeed(store, parsed, {
    ...options,
    dryRun: true,
    review: (changes) => {
      recorded = changes;
    },
  });
  return { report, plan: planOf(recorded, report.skipped, names) };
}

/**
 * Imports a parsed feed only if it does exactly what its preview showed (`expected`, the
 * preview's planKey); otherwise throws PreviewOutdatedError and the transaction is rolled back.
 */
export async function applyPreviewedFeed(
  store: Store,
  parsed: ParsedFeed,
  expected: string,
  options: Omit<ImportOptions, 'dryRun' | 'review'>,
): Promise<ImportReport> {
  const names = await bodyNames(store);
  return importParsedFeed(store, parsed, {
    ...options,
    review: (changes) => {
      if (planKey(planOf(changes, [], names)) !== expected) throw new PreviewOutdatedError(options.source);
    },
  });
}
