import type { Source } from '../../store/source-repository.js';
import type { Store } from '../../store/store.js';
import { EmptyFeedError, StrictImportError, type ImportProgress } from './import-feed.js';
import type { ImportReport } from './report.js';
import { runImport } from './run-import.js';

/** A failed run keeps the report when there is one (a feed with no usable meeting), for its reasons. */
export type SourceRunResult = { ok: true; report: ImportReport } | { ok: false; error: string; report?: ImportReport };

/**
 * Imports a registered source now and records how it went on the source (last run, last
 * success or error, last report). Never throws for a failed import: the caller (the
 * scheduler, `sources run`) decides how to tell.
 */
export async function runSource(store: Store, source: Source, progress?: ImportProgress): Promise<SourceRunResult> {
  const startedAt = new Date();
  let result: SourceRunResult;
  try {
    const report = await runImport(store, {
      kind: source.kind,
      location: source.url,
      source: source.name,
      actor: `import:${source.name}`,
      allowPrivate: source.allowPrivate,
      defaults: { program: source.program, timeZone: source.timeZone },
      ...(progress ? { progress } : {}),
    });
    result = { ok: true, report };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result =
      error instanceof EmptyFeedError || error instanceof StrictImportError
        ? { ok: false, error: message, report: error.report }
        : { ok: false, error: message };
  }
  await store.sources.recordRun(source.name, startedAt, result);
  return result;
}
