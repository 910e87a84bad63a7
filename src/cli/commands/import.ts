import type { ImportPlan } from '../../domain/import-plan.js';
import { EmptyFeedError, StrictImportError } from '../../interop/import/import-feed.js';
import { isUrl, type FeedKind } from '../../interop/import/load-feed.js';
import { describeReport, describeSkipped, type ImportReport } from '../../interop/import/report.js';
import { previewImport, runImport, type RunImportOptions } from '../../interop/import/run-import.js';
import { checkSourceName, deriveSourceName } from '../../interop/import/source-name.js';
import { openStore } from '../../store/store.js';
import type { Config } from '../config.js';
import { programCode } from '../options.js';
import { UsageError } from '../usage-error.js';
import { progressBar } from './import-progress.js';

export interface ImportCommandOptions {
  source?: string;
  dryRun: boolean;
  json: boolean;
  strict: boolean;
  allowPrivate: boolean;
  program?: string;
  timezone?: string;
}

/** Prints a report: JSON on stdout with --json, lines for a person otherwise. */
export function printReport(report: ImportReport, json: boolean, note?: string, plan?: ImportPlan): void {
  if (json) {
    console.log(JSON.stringify(report));
    return;
  }
  if (note) console.log(note);
  for (const line of describeReport(report, plan)) console.log(line);
}

/** `openrooms import <kind> <url-or-file>`: one import now, without registering a source. */
export async function importCommand(config: Config, kind: FeedKind, location: string, options: ImportCommandOptions): Promise<void> {
  const derived = options.source === undefined;
  let source: string;
  try {
    source = derived ? deriveSourceName(location, isUrl(location)) : checkSourceName(options.source!);
  } catch (error) {
    // A URL that does not parse: say so as the fetch would.
    if (error instanceof TypeError) throw new UsageError(`"${location}" is not a URL`);
    throw error;
  }
  const store = await openStore(config);
  const bar = progressBar();
  try {
    const program = options.program === undefined ? null : programCode(options.program, await store.reference.programs());
    const run: RunImportOptions = {
      kind,
      location,
      source,
      dryRun: options.dryRun,
      strict: options.strict,
      allowPrivate: options.allowPrivate,
      defaults: { program, timeZone: options.timezone ?? null },
      ...(bar.progress ? { progress: bar.progress } : {}),
    };
    // A dry run for a person lists every change; its JSON stays the report a real import gives.
    const { report, plan } =
      options.dryRun && !options.json ? await previewImport(store, run) : { report: await runImport(store, run), plan: undefined };
    bar.stop();
    printReport(
      report,
      options.json,
      derived
        ? `Source name "${source}" comes from ${isUrl(location) ? 'the URL' : 'the file name'} (choose another with --source).`
        : undefined,
      plan,
    );
  } catch (error) {
    bar.stop();
    // The reasons go with the failure: on stdout (as JSON with --json), the summary on stderr.
    if (error instanceof StrictImportError || error instanceof EmptyFeedError) {
      if (options.json) console.log(JSON.stringify(error.report));
      else for (const line of describeSkipped(error.report)) console.log(line);
    }
    throw error;
  } finally {
    await store.close();
  }
}
